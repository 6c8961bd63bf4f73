/**
 * The wizard's drafts, kept in localStorage per signed-in user, cluster and DevOps project (and
 * per application when editing), so that a reload or a closed tab loses nothing. One zustand
 * store per draft key; the React side subscribes with `useStore`. What a draft is, its key and
 * the check of a stored value are pure and live in `model/wizard/draft.ts`.
 *
 * A draft belongs to its user: several people may use one browser, and one user's text must not
 * open in another's form. Without a known user a draft is kept in memory only, never stored.
 *
 * The persist envelope (`{"state":{"draft":…},"version":1}`, zustand's JSON format) and
 * `version: 1` stay as they were when drafts were first saved. A change to either needs a
 * `migrate`.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createJSONStorage, persist } from 'zustand/middleware';
import { draftKey, isDraft, type DraftRef, type WizardDraft } from '../model/wizard/draft';
import { safeLocalStorage } from './storage';

export type { DraftRef, EditorMode, WizardDraft } from '../model/wizard/draft';

export interface DraftState {
  draft: WizardDraft | null;
  update(change: (draft: WizardDraft) => WizardDraft): void;
  replace(draft: WizardDraft | null): void;
}

const emptyDraft = (set: StoreApi<DraftState>['setState']): DraftState => ({
  draft: null,
  update: (change) => set((state) => (state.draft ? { draft: change(state.draft) } : state)),
  replace: (draft) => set({ draft }),
});

function createDraftStore(key: string, stored: boolean): StoreApi<DraftState> {
  if (!stored) return createStore<DraftState>()((set) => emptyDraft(set));
  return createStore<DraftState>()(
    persist((set) => emptyDraft(set), {
      name: key,
      version: 1,
      storage: createJSONStorage(() => safeLocalStorage),
      partialize: (state) => ({ draft: state.draft }),
      // A stored value this version cannot read is dropped rather than crashing the page.
      merge: (persisted, current) => {
        const draft = (persisted as { draft?: unknown } | undefined)?.draft;
        return { ...current, draft: isDraft(draft) ? draft : null };
      },
    }),
  );
}

const stores = new Map<string, StoreApi<DraftState>>();

/** The store of one draft; created (and read back from localStorage) on first use. */
export function draftStore(ref: DraftRef): StoreApi<DraftState> {
  const key = draftKey(ref);
  let store = stores.get(key);
  if (!store) {
    store = createDraftStore(key, ref.user !== '');
    stores.set(key, store);
  }
  return store;
}

/** Removes a draft from memory and storage (after a successful submit, or when discarded). */
export function clearDraft(ref: DraftRef): void {
  draftStore(ref).getState().replace(null);
  safeLocalStorage.removeItem(draftKey(ref));
}

/** Tests only: forget every store, so the next use reads storage afresh. */
export function forgetDraftStores(): void {
  stores.clear();
}
