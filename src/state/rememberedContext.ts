/**
 * The cluster and DevOps project last opened in each workspace, so the menu item returns there.
 * One small zustand store per workspace, persisted in localStorage.
 *
 * Stored format: the key `gitops-console:context:<workspace>` holding the plain JSON
 * `{"cluster":…,"namespace":…}`, as this was written before it became a store. Choices users
 * already made are read back, and the e2e suite looks for that key, so the `persist` storage below
 * reads and writes that plain value instead of zustand's `{state, version}` envelope.
 */
import { createStore } from 'zustand/vanilla';
import { persist, type PersistStorage } from 'zustand/middleware';
import { safeLocalStorage } from './storage';

const KEY_PREFIX = 'gitops-console:context:';

export interface RememberedContext {
  cluster: string;
  namespace: string;
}

interface ContextState {
  context: RememberedContext | null;
}

function readContext(value: unknown): RememberedContext | null {
  const v = value as Partial<RememberedContext> | null;
  return v && typeof v === 'object' && typeof v.cluster === 'string' && typeof v.namespace === 'string' && v.cluster && v.namespace
    ? { cluster: v.cluster, namespace: v.namespace }
    : null;
}

/** `persist` storage in the plain format above; an unreadable value reads as no choice. */
const plainJson: PersistStorage<ContextState> = {
  getItem: (name) => {
    const text = safeLocalStorage.getItem(name) as string | null;
    if (text === null) return null;
    try {
      return { state: { context: readContext(JSON.parse(text)) }, version: 0 };
    } catch {
      return null;
    }
  },
  setItem: (name, value) => {
    if (value.state.context) safeLocalStorage.setItem(name, JSON.stringify(value.state.context));
    else safeLocalStorage.removeItem(name);
  },
  removeItem: (name) => safeLocalStorage.removeItem(name),
};

function createContextStore(workspace: string) {
  return createStore<ContextState>()(
    persist((): ContextState => ({ context: null }), {
      name: KEY_PREFIX + workspace,
      storage: plainJson,
      // What storage holds wins, its absence too (another tab may have forgotten the choice).
      merge: (persisted, current) => ({ ...current, context: (persisted as ContextState | undefined)?.context ?? null }),
    }),
  );
}

const stores = new Map<string, ReturnType<typeof createContextStore>>();

function contextStore(workspace: string) {
  let store = stores.get(workspace);
  if (!store) {
    store = createContextStore(workspace);
    stores.set(workspace, store);
  }
  return store;
}

export function recallContext(workspace: string): RememberedContext | null {
  const store = contextStore(workspace);
  // Another tab may have chosen since: read storage again (synchronous with localStorage).
  void store.persist.rehydrate();
  return store.getState().context;
}

export function rememberContext(workspace: string, context: RememberedContext): void {
  contextStore(workspace).setState({ context: { cluster: context.cluster, namespace: context.namespace } });
}

export function forgetContext(workspace: string): void {
  contextStore(workspace).setState({ context: null });
}

/** Tests only: forget every store, so the next use reads storage afresh. */
export function forgetContextStores(): void {
  stores.clear();
}
