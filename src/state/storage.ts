/**
 * The browser's localStorage for zustand's `persist`, made safe: when storage is missing or
 * refuses (private mode, quota, a sandboxed frame) reads find nothing and writes are dropped, so
 * the pages keep working from memory instead of throwing.
 */
import type { StateStorage } from 'zustand/middleware';

function local(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

export const safeLocalStorage: StateStorage = {
  getItem: (name) => {
    try {
      return local()?.getItem(name) ?? null;
    } catch {
      return null;
    }
  },
  setItem: (name, value) => {
    try {
      local()?.setItem(name, value);
    } catch {
      // Full or forbidden: keep working from memory.
    }
  },
  removeItem: (name) => {
    try {
      local()?.removeItem(name);
    } catch {
      // As above.
    }
  },
};
