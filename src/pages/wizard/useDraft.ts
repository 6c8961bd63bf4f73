import * as React from 'react';
import { useStore } from 'zustand';
import { jsonEqual } from '../../model/wizard/draftMerge';
import { clearDraft, draftStore, type DraftRef, type WizardDraft } from '../../state/drafts';

export interface DraftHandle {
  draft: WizardDraft;
  /** The draft was read back from an earlier visit and holds changes. */
  restored: boolean;
  update(change: (draft: WizardDraft) => WizardDraft): void;
  /** Throws the draft away and starts again from `fresh()`. */
  discard(): void;
  /** Forgets the draft after a successful submit; the page is about to leave. */
  finish(): void;
}

/**
 * The persisted draft for `ref`, created from `fresh()` when there is none. The store is read
 * synchronously, so the first render already shows the restored draft.
 */
export function useDraft(ref: DraftRef, fresh: () => WizardDraft): DraftHandle {
  const { user, cluster, namespace, name } = ref;
  const store = React.useMemo(() => draftStore({ user, cluster, namespace, name }), [user, cluster, namespace, name]);
  const finished = React.useRef(false);
  const [restored, setRestored] = React.useState(() => {
    const stored = store.getState().draft;
    if (stored === null) return false;
    if (!stored.base) return !jsonEqual(stored.manifest, fresh().manifest);
    // An edit draft holds the user's changes only where it differs from the object it started
    // from. One without any is dropped, so the form shows the server's current object rather
    // than an old copy (the server's resourceVersion moves on all the time).
    const edited = stored.yamlText !== undefined || !jsonEqual(stored.manifest, stored.base);
    if (!edited) store.getState().replace(fresh());
    return edited;
  });
  if (store.getState().draft === null && !finished.current) store.getState().replace(fresh());
  const current = useStore(store, (s) => s.draft);
  // After `finish` the store is empty; the page still renders its last state until it leaves.
  const last = React.useRef(current);
  if (current) last.current = current;
  const freshRef = React.useRef(fresh);
  freshRef.current = fresh;
  const update = React.useCallback((change: (draft: WizardDraft) => WizardDraft) => store.getState().update(change), [store]);
  const discard = React.useCallback(() => {
    clearDraft({ user, cluster, namespace, name });
    store.getState().replace(freshRef.current());
    setRestored(false);
  }, [store, user, cluster, namespace, name]);
  const finish = React.useCallback(() => {
    finished.current = true;
    clearDraft({ user, cluster, namespace, name });
  }, [user, cluster, namespace, name]);
  return { draft: (current ?? last.current) as WizardDraft, restored, update, discard, finish };
}
