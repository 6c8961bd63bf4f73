import * as React from 'react';
import { t } from '../../host';

/** The header's checkbox: all rows of this page, indeterminate when only some are selected. */
export function SelectAll({ count, selected, onChange }: { count: number; selected: number; onChange: (all: boolean) => void }) {
  const ref = React.useRef<HTMLInputElement>(null);
  const some = selected > 0 && selected < count;
  React.useEffect(() => {
    if (ref.current) ref.current.indeterminate = some;
  }, [some]);
  return (
    <input
      ref={ref}
      type="checkbox"
      checked={count > 0 && selected === count}
      disabled={count === 0}
      aria-label={t('GITOPS_LIST_SELECT_ALL')}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
}

/** One row's checkbox, named after its application; with `disabledReason`, not selectable, and why. */
export function SelectRow({
  name,
  selected,
  onSelect,
  disabledReason,
}: {
  name: string;
  selected: boolean;
  onSelect: (name: string, selected: boolean) => void;
  disabledReason?: string;
}) {
  return (
    <input
      type="checkbox"
      checked={selected && !disabledReason}
      disabled={!!disabledReason}
      title={disabledReason}
      aria-label={t('GITOPS_LIST_SELECT_APP', { name })}
      onChange={(e) => onSelect(name, e.target.checked)}
    />
  );
}
