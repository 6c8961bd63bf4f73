import { useLocation } from 'react-router-dom';

/** What the page that opened this one passed in the router state. */
export interface Arrival {
  /** From our own create (`{ justCreated: true }`): a 404 for a while means "being created". */
  justCreated: boolean;
  /** From a save that was sent again once the server's cache had caught up (`{ caughtUp: true }`). */
  caughtUp: boolean;
}

/** The router state the wizard navigates here with; anything else reads as arriving from nowhere in particular. */
export function useArrival(): Arrival {
  const state: unknown = useLocation().state;
  const flags = typeof state === 'object' && state !== null ? (state as Partial<Record<keyof Arrival, unknown>>) : {};
  return { justCreated: flags.justCreated === true, caughtUp: flags.caughtUp === true };
}
