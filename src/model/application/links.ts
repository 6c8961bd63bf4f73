/**
 * Building what the console sends: changed copies of an Application, the sync request body, and
 * links built from repository URLs. Inputs are never changed; every function returns new objects.
 */
import {
  ANNOTATION_ARGOCD_REFRESH,
  type Application,
  type ApplicationSyncRequest,
  DEFAULT_ARGOCD_LOCATION,
  LABEL_ARGOCD_LOCATION,
  type RetryStrategy,
  type SyncOperationResource,
} from './types';

function withMetadataMap(
  app: Application,
  field: 'labels' | 'annotations',
  update: (map: Record<string, string>) => void,
): Application {
  const map = { ...(app.metadata?.[field] ?? {}) };
  update(map);
  return { ...app, metadata: { ...app.metadata, [field]: map } };
}

/**
 * A copy of `app` that carries `gitops.kubesphere.io/argocd-location` (without it the controller
 * never creates the Argo CD application and the status stays Unknown). An existing non-empty
 * value is kept. `location` defaults to `argocd`, the DevOps chart's default.
 */
export function ensureLocationLabel(app: Application, location: string = DEFAULT_ARGOCD_LOCATION): Application {
  return withMetadataMap(app, 'labels', (labels) => {
    if (!labels[LABEL_ARGOCD_LOCATION]?.trim()) labels[LABEL_ARGOCD_LOCATION] = location;
  });
}

export type RefreshMode = 'normal' | 'hard';

/**
 * A copy of `app` with `argocd.argoproj.io/refresh` set. The controller copies annotations that
 * contain `argoproj.io` to the Argo CD application, which then refreshes (`hard` also regenerates
 * the manifests, bypassing the cache) and removes the annotation there. The controller only acts
 * on a change: when the app still carries the same value from an earlier refresh, send
 * `withoutRefreshAnnotation` first. `mode` defaults to `normal`.
 */
export function withRefreshAnnotation(app: Application, mode: RefreshMode = 'normal'): Application {
  return withMetadataMap(app, 'annotations', (annotations) => {
    annotations[ANNOTATION_ARGOCD_REFRESH] = mode;
  });
}

/** A copy of `app` without the refresh annotation, so a later PUT does not request one again. */
export function withoutRefreshAnnotation(app: Application): Application {
  return withMetadataMap(app, 'annotations', (annotations) => {
    delete annotations[ANNOTATION_ARGOCD_REFRESH];
  });
}

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

function mergeSyncOptions(
  inherited: readonly string[] | undefined,
  chosen: SyncDialogOptions['syncOptions'],
): string[] {
  const merged = new Map<string, string>();
  for (const option of inherited ?? []) if (option.trim()) merged.set(optionKey(option.trim()), option.trim());
  const list = Array.isArray(chosen)
    ? (chosen as readonly string[])
    : Object.entries(chosen ?? {}).map(([k, v]) => `${k}=${String(v)}`);
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

export const DNS_LABEL_PROBLEMS = ['empty', 'too-long', 'invalid-characters', 'invalid-start', 'invalid-end'] as const;
export type DnsLabelProblem = (typeof DNS_LABEL_PROBLEMS)[number];

export type DnsLabelCheck = { valid: true } | { valid: false; reason: DnsLabelProblem };

export const DNS_LABEL_MAX_LENGTH = 63;

/**
 * Whether `name` is a DNS-1123 label (lower-case letters, digits and `-`, starting and ending
 * with a letter or digit, at most 63 characters), with the first reason it is not.
 */
export function isValidDnsLabel(name: string): DnsLabelCheck {
  if (typeof name !== 'string' || name === '') return { valid: false, reason: 'empty' };
  if (name.length > DNS_LABEL_MAX_LENGTH) return { valid: false, reason: 'too-long' };
  if (!/^[a-z0-9-]+$/.test(name)) return { valid: false, reason: 'invalid-characters' };
  if (name.startsWith('-')) return { valid: false, reason: 'invalid-start' };
  if (name.endsWith('-')) return { valid: false, reason: 'invalid-end' };
  return { valid: true };
}

/** The i18n key for a DNS label problem (`GITOPS_NAME_INVALID_TOO_LONG` …). */
export function dnsLabelProblemKey(reason: DnsLabelProblem): string {
  return `GITOPS_NAME_INVALID_${reason.replace(/-/g, '_').toUpperCase()}`;
}

function hasControlOrSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f) return true;
  }
  return /\s/.test(text);
}

/**
 * `s` as a normalised URL if, and only if, its protocol is `http:` or `https:`; else `null`.
 * Use it for every link whose address comes from a user, Git or Argo CD (`javascript:` …).
 */
export function safeHttpUrl(s: unknown): string | null {
  if (typeof s !== 'string') return null;
  const text = s.trim();
  // Control characters and whitespace inside a URL are a way to smuggle a scheme past checks.
  if (text === '' || hasControlOrSpace(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/**
 * The web page of a Git repository: `.git` and trailing slashes removed, `git@host:org/repo`
 * and `ssh://` forms turned into `https://host/org/repo`, credentials dropped. `null` when the
 * result would not be an http(s) URL with a path.
 */
export function repoWebUrl(repoURL: unknown): string | null {
  if (typeof repoURL !== 'string') return null;
  let text = repoURL.trim();
  // scp-like `[user@]host:path`; a user or a dotted host tells it apart from `javascript:…`.
  const scp = /^(?:([\w.-]+)@)?([\w.-]+):(?!\/\/)\/?(.+)$/.exec(text);
  if (scp && (scp[1] || scp[2].includes('.'))) text = `https://${scp[2]}/${scp[3]}`;
  else if (/^ssh:\/\//i.test(text)) text = text.replace(/^ssh:\/\//i, 'https://');
  const safe = safeHttpUrl(text);
  if (!safe) return null;
  const url = new URL(safe);
  url.username = '';
  url.password = '';
  // An ssh port means nothing to the web server.
  if (/^ssh:\/\//i.test(repoURL.trim())) url.port = '';
  url.search = '';
  url.hash = '';
  const path = url.pathname.replace(/\/+$/, '').replace(/\.git$/i, '');
  if (path === '' || path === '/') return null;
  url.pathname = path;
  return url.href;
}

/**
 * The web page of commit `sha` in repository `repoURL`: GitLab (host containing `gitlab`) uses
 * `/-/commit/`, Bitbucket Cloud `/commits/`, GitHub, Gitea and others `/commit/`. `null` when
 * the repository URL is not usable (see `repoWebUrl`) or `sha` is not a 7–64 digit hex id.
 */
export function commitUrl(repoURL: unknown, sha: unknown): string | null {
  if (typeof sha !== 'string' || !/^[0-9a-f]{7,64}$/i.test(sha)) return null;
  const base = repoWebUrl(repoURL);
  if (!base) return null;
  const host = new URL(base).hostname.toLowerCase();
  const infix = host.includes('gitlab') ? '/-/commit/' : host === 'bitbucket.org' ? '/commits/' : '/commit/';
  return `${base}${infix}${sha.toLowerCase()}`;
}

/**
 * A copy of `app` whose sync policy is automated (`syncPolicy.automated: {}`), everything else
 * kept; an existing automated block is kept as it is, but switched on if it was switched off.
 */
export function withAutoSync(app: Application): Application {
  const argoApp = app.spec.argoApp;
  if (!argoApp) return app;
  const policy = argoApp.spec.syncPolicy ?? {};
  const automated = policy.automated ? { ...policy.automated } : {};
  if (automated.enabled === false) delete automated.enabled;
  return {
    ...app,
    spec: { ...app.spec, argoApp: { ...argoApp, spec: { ...argoApp.spec, syncPolicy: { ...policy, automated } } } },
  };
}

/**
 * A URL as it may be shown: without a `user:token@` part. Repository URLs sometimes carry
 * credentials, and a page must not put them on screen, in a tooltip or in a link.
 */
export function withoutCredentials(url: string): string {
  return url.replace(/^([a-z][\w+.-]*:\/\/)[^/@\s]*@/i, '$1');
}
