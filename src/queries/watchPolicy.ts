import type { WatchClose } from '../api/watch';
import { LABEL_HEALTH_STATUS, LABEL_SYNC_STATUS, type Application } from '../model/application/types';

/** The first reconnect waits 1 s, each next one twice as long, never more than 30 s. */
export const WATCH_RECONNECT_BASE_MS = 1_000;
export const WATCH_RECONNECT_MAX_MS = 30_000;

/**
 * The wait before reconnect number `attempt` (from 0): 1 s doubling to 30 s, with ±20 % jitter so
 * that the pages of many users do not reconnect at the same moment after a gateway restarts.
 * `random` is in [0, 1).
 */
export function reconnectDelay(attempt: number, random: number = Math.random()): number {
  const base = Math.min(WATCH_RECONNECT_MAX_MS, WATCH_RECONNECT_BASE_MS * 2 ** Math.max(0, Math.min(attempt, 16)));
  const jittered = base * (0.8 + 0.4 * Math.min(Math.max(random, 0), 1));
  return Math.round(Math.min(WATCH_RECONNECT_MAX_MS, jittered));
}

/**
 * How long to ask the server to keep one watch open: between 5 and 10 minutes, as client-go's
 * reflector asks (`tools/cache/reflector.go`, `minWatchTimeout` 5 min times 1 + rand). The server
 * then closes it cleanly and we watch on from the same resourceVersion. Each new upgrade passes the
 * gateway's authentication again, so an open watch cannot hide an expired session for long, and
 * the server's own timeout (kube-apiserver's `--min-request-timeout`, 30 to 60 min) is never hit.
 * `random` is in [0, 1).
 */
export const WATCH_MIN_TIMEOUT_S = 300;
export function watchTimeoutSeconds(random: number = Math.random()): number {
  return Math.floor(WATCH_MIN_TIMEOUT_S * (1 + Math.min(Math.max(random, 0), 0.999)));
}

/**
 * What to do when a connection ends:
 * - `refused`: the upgrade was refused (401, 403, 503 from a gateway that does not pass upgrades);
 *   a browser does not say which, so the caller asks the API once (ApplicationsWatcher). A browser reports a refused upgrade as
 *   `error` then close 1006 without `open`; msw's `ws.link` fires `open` first, so an `error`
 *   before any frame counts too. A dropped connection closes without `error`.
 * - `relist`: the server ended it with an ERROR event (410 Expired: the resourceVersion is too
 *   old; 504 too large): list again and watch from the new resourceVersion.
 *   A clean close before any frame (not even a bookmark) is taken as such an end too.
 * - `resume`: a clean end (the watch's timeout, 1000): watch again at once from where it was.
 * - `reconnect`: dropped (1006, anything else): watch again after the back-off.
 * - `none`: we closed it.
 */
export type WatchCloseOutcome = 'refused' | 'relist' | 'resume' | 'reconnect' | 'none';

export function watchCloseOutcome(close: WatchClose): WatchCloseOutcome {
  if (close.byClient) return 'none';
  if (close.errorStatus !== undefined) return 'relist';
  // The server ended the watch before any frame, bookmarks included: it did not accept our
  // starting point (msw drops the ERROR event of a watch closed at once); relisting is safe.
  if (close.code === 1000 && close.messages === 0) return 'relist';
  if (!close.opened || (close.errored && close.messages === 0)) return 'refused';
  if (close.code === 1000) return 'resume';
  return 'reconnect';
}

/** resourceVersions are etcd revisions: compared as numbers when both are; otherwise unknown. */
export function compareResourceVersions(a: string | undefined, b: string | undefined): number | undefined {
  if (!a || !b || !/^\d+$/.test(a) || !/^\d+$/.test(b)) return undefined;
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `fresh` unless `known` is a later version of the same object (same uid, greater
 * resourceVersion): a read through devops-apiserver's lagging cache must not undo what the watch
 * already showed.
 */
export function newerApplication(known: Application | undefined, fresh: Application): Application {
  if (!known || !known.metadata?.uid || known.metadata.uid !== fresh.metadata?.uid) return fresh;
  const order = compareResourceVersions(known.metadata.resourceVersion, fresh.metadata?.resourceVersion);
  return order !== undefined && order > 0 ? known : fresh;
}

/**
 * What decides which lists an application is in and what the summary counts: the status labels
 * (the status filters and the summary), every other label (the `label` filter), the alias
 * (the name search) and whether it is being deleted.
 */
export function listMembershipSignature(app: Application): string {
  const labels = app.metadata?.labels ?? {};
  const annotations = app.metadata?.annotations ?? {};
  const sorted = Object.keys(labels)
    .sort()
    .map((k) => `${k}=${labels[k]}`);
  return JSON.stringify([
    labels[LABEL_HEALTH_STATUS] ?? '',
    labels[LABEL_SYNC_STATUS] ?? '',
    sorted,
    annotations['kubesphere.io/alias-name'] ?? '',
    !!app.metadata?.deletionTimestamp,
  ]);
}
