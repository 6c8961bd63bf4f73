import * as React from 'react';
import type { Application } from '../../model/application/types';
import { isTerminating } from '../../model/list/deletions';

const nameOf = (app: Application) => app.metadata?.name ?? '';

/**
 * The rows picked for a bulk action, by name. A selection means "these rows I am looking at":
 * it starts afresh whenever `resetWhen` changes (another page, filter or project). A row being
 * deleted is never part of it: no action on it can succeed.
 */
export function useSelection(items: readonly Application[], resetWhen: unknown) {
  const [selected, setSelected] = React.useState<ReadonlySet<string>>(() => new Set());
  React.useEffect(() => setSelected(new Set()), [resetWhen]);
  const toggle = React.useCallback((name: string, on: boolean) => {
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(name);
      else next.delete(name);
      return next;
    });
  }, []);
  const selectAll = React.useCallback(
    (all: boolean) => setSelected(all ? new Set(items.filter((app) => !isTerminating(app)).map(nameOf)) : new Set()),
    [items],
  );
  const clear = React.useCallback(() => setSelected(new Set()), []);
  /** The selected rows that are on this page, in its order. */
  const names = items
    .filter((app) => !isTerminating(app))
    .map(nameOf)
    .filter((name) => selected.has(name));
  return { selected, names, toggle, selectAll, clear };
}

export type Selection = ReturnType<typeof useSelection>;
