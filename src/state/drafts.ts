/**
 * The wizard's draft: the Application manifest being written, kept in localStorage per cluster
 * and DevOps project (and per application when editing), so that a reload or a closed tab loses
 * nothing. One zustand store per draft key; the React side subscribes with `useStore`.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import type { Application } from './types';
import type { StepId } from './wizardValidate';

export type EditorMode = 'form' | 'yaml';

export interface WizardDraft {
  mode: EditorMode;
  step: StepId;
  /** The single source of truth: what will be sent, before the last touches of `prepare*`. */
  manifest: Application;
  /**
   * The YAML view's text. While the YAML view is open it is what the user edits (comments and
   * invalid text included); `manifest` follows it whenever it parses.
   */
  yamlText?: string;
  /** Edit only: the server's object the draft started from, for carrying over and merging. */
  base?: Application;
}

export interface DraftState {
  draft: WizardDraft | null;
  update(change: (draft: WizardDraft) => WizardDraft): void;
  replace(draft: WizardDraft | null): void;
}

export interface DraftRef {
  cluster: string;
  namespace: string;
  /** The application being edited; absent for a new one. */
  name?: string;
}

const PREFIX = 'gitops-console:wizard-draft:v1:';

export function draftKey({ cluster, namespace, name }: DraftRef): string {
  return `${PREFIX}${encodeURIComponent(cluster)}/${encodeURIComponent(namespace)}/${name === undefined ? 'create' : `edit/${encodeURIComponent(name)}`}`;
}

/** localStorage, or nothing when it is missing or refuses (private mode, quota): the wizard still works, unsaved. */
function safeStorage(): StateStorage {
  const storage = (): Storage | undefined => {
    try {
      return typeof window === 'undefined' ? undefined : window.localStorage;
    } catch {
      return undefined;
    }
  };
  return {
    getItem: (name) => {
      try {
        return storage()?.getItem(name) ?? null;
      } catch {
        return null;
      }
    },
    setItem: (name, value) => {
      try {
        storage()?.setItem(name, value);
      } catch {
        // Full or forbidden: keep working from memory.
      }
    },
    removeItem: (name) => {
      try {
        storage()?.removeItem(name);
      } catch {
        // As above.
      }
    },
  };
}

function isDraft(value: unknown): value is WizardDraft {
  const d = value as WizardDraft | null;
  return !!d && typeof d === 'object' && (d.mode === 'form' || d.mode === 'yaml') && typeof d.step === 'string' && !!d.manifest && typeof d.manifest === 'object';
}

function createDraftStore(key: string): StoreApi<DraftState> {
  return createStore<DraftState>()(
    persist(
      (set) => ({
        draft: null,
        update: (change) => set((state) => (state.draft ? { draft: change(state.draft) } : state)),
        replace: (draft) => set({ draft }),
      }),
      {
        name: key,
        version: 1,
        storage: createJSONStorage(safeStorage),
        partialize: (state) => ({ draft: state.draft }),
        // A stored value this version cannot read is dropped rather than crashing the page.
        merge: (persisted, current) => {
          const draft = (persisted as { draft?: unknown } | undefined)?.draft;
          return { ...current, draft: isDraft(draft) ? draft : null };
        },
      },
    ),
  );
}

const stores = new Map<string, StoreApi<DraftState>>();

/** The store of one draft; created (and read back from localStorage) on first use. */
export function draftStore(ref: DraftRef): StoreApi<DraftState> {
  const key = draftKey(ref);
  let store = stores.get(key);
  if (!store) {
    store = createDraftStore(key);
    stores.set(key, store);
  }
  return store;
}

/** Removes a draft from memory and storage (after a successful submit, or when discarded). */
export function clearDraft(ref: DraftRef): void {
  draftStore(ref).getState().replace(null);
  safeStorage().removeItem(draftKey(ref));
}

/** Tests only: forget every store, so the next use reads storage afresh. */
export function forgetDraftStores(): void {
  stores.clear();
}
