/**
 * The body of `POST …/sync` from the sync dialog's choices. The options are never changed; the
 * body is a new object.
 */
import type { ApplicationSyncRequest, RetryStrategy, SyncOperationResource } from '../application/types';

export interface SyncDialogOptions {
  /** Branch, tag or commit; blank means the app's target revision. */
  revision?: string;
  prune?: boolean;
  dryRun?: boolean;
  /** Apply with `kubectl apply` only, skipping hooks (`strategy.apply`). */
  applyOnly?: boolean;
  /** Delete and re-create resources that cannot be patched. */
  force?: boolean;
  /** Sync only these resources. */
  resources?: readonly SyncOperationResource[];
  /** `K=v` strings or a map (`{CreateNamespace: true}`); see `inheritSyncOptions`. */
  syncOptions?: readonly string[] | Record<string, string | boolean>;
  /**
   * The app's own `spec.syncPolicy.syncOptions`. The request's list replaces them instead of
   * being merged, so they are merged here (the dialog's value wins for the same key).
   */
  inheritSyncOptions?: readonly string[];
  retry?: RetryStrategy;
  manifests?: readonly string[];
  infos?: ReadonlyArray<{ name: string; value: string }>;
}

function optionKey(option: string): string {
  const i = option.indexOf('=');
  return i < 0 ? option : option.slice(0, i);
}

function mergeSyncOptions(inherited: readonly string[] | undefined, chosen: SyncDialogOptions['syncOptions']): string[] {
  const merged = new Map<string, string>();
  for (const option of inherited ?? []) if (option.trim()) merged.set(optionKey(option.trim()), option.trim());
  const list = Array.isArray(chosen) ? (chosen as readonly string[]) : Object.entries(chosen ?? {}).map(([k, v]) => `${k}=${String(v)}`);
  for (const option of list) if (option.trim()) merged.set(optionKey(option.trim()), option.trim());
  return [...merged.values()];
}

function cleanRetry(retry: RetryStrategy): RetryStrategy | undefined {
  const out: RetryStrategy = {};
  if (retry.limit !== undefined) out.limit = retry.limit;
  const b = retry.backoff;
  if (b) {
    const backoff: NonNullable<RetryStrategy['backoff']> = {};
    if (b.duration) backoff.duration = b.duration;
    if (b.factor !== undefined) backoff.factor = b.factor;
    if (b.maxDuration) backoff.maxDuration = b.maxDuration;
    if (Object.keys(backoff).length > 0) out.backoff = backoff;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * The body of `POST …/sync` from the sync dialog's choices. Absent, blank, empty and `false`
 * values are left out (the server's defaults are the same), so the body stays minimal.
 * `applyOnly` gives `strategy: {apply: {force}}`; otherwise `force` gives `{hook: {force: true}}`.
 */
export function buildSyncRequest(options: SyncDialogOptions = {}): ApplicationSyncRequest {
  const body: ApplicationSyncRequest = {};
  const revision = options.revision?.trim();
  if (revision) body.revision = revision;
  if (options.prune) body.prune = true;
  if (options.dryRun) body.dryRun = true;
  if (options.applyOnly) body.strategy = { apply: { force: options.force === true } };
  else if (options.force) body.strategy = { hook: { force: true } };
  if (options.resources?.length) {
    body.resources = options.resources.map((r) => {
      const ref: SyncOperationResource = { kind: r.kind, name: r.name };
      if (r.group) ref.group = r.group;
      if (r.namespace) ref.namespace = r.namespace;
      return ref;
    });
  }
  if (options.syncOptions !== undefined || options.inheritSyncOptions !== undefined) {
    const merged = mergeSyncOptions(options.inheritSyncOptions, options.syncOptions);
    if (merged.length) body.syncOptions = merged;
  }
  const retry = options.retry && cleanRetry(options.retry);
  if (retry) body.retryStrategy = retry;
  if (options.manifests?.length) body.manifests = [...options.manifests];
  if (options.infos?.length) body.infos = options.infos.map((i) => ({ name: i.name, value: i.value }));
  return body;
}
