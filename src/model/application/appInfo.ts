/**
 * Read-only views of an Application for the list and the detail header: names, source,
 * destination, sync policy and times. Nothing here parses `status.argoApp` itself; pass the
 * parsed status where a fallback or a time from Argo CD is wanted.
 */
import type { ParsedArgoStatus } from '../status/argoStatus';
import {
  ANNOTATION_ALIAS_NAME,
  ANNOTATION_CREATOR,
  ANNOTATION_DESCRIPTION,
  ANNOTATION_IMAGES,
  type Application,
  type ApplicationSource,
  type ApplicationSourceType,
  IN_CLUSTER_NAME,
  IN_CLUSTER_SERVER,
  LABEL_ARGOCD_APPLICATION,
  type RetryStrategy,
} from './types';

function annotation(app: Application, key: string): string | undefined {
  const value = app.metadata?.annotations?.[key];
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The display name (`kubesphere.io/alias-name`), or `undefined` when none is set. */
export const aliasName = (app: Application): string | undefined => annotation(app, ANNOTATION_ALIAS_NAME);
/** The description (`kubesphere.io/description`), or `undefined`. */
export const description = (app: Application): string | undefined => annotation(app, ANNOTATION_DESCRIPTION);
/** Who created the app (`kubesphere.io/creator`), or `undefined`. */
export const creator = (app: Application): string | undefined => annotation(app, ANNOTATION_CREATOR);

/** The alias when there is one, else `metadata.name` (empty string if even that is missing). */
export function displayName(app: Application): string {
  return aliasName(app) ?? app.metadata?.name ?? '';
}

/**
 * The name of the Argo CD application behind this app: the `argocd-application` label, which
 * differs from the KubeSphere name when the controller had to avoid a name clash; else the name.
 */
export function argoAppName(app: Application): string {
  const fromLabel = app.metadata?.labels?.[LABEL_ARGOCD_APPLICATION];
  return typeof fromLabel === 'string' && fromLabel !== '' ? fromLabel : (app.metadata?.name ?? '');
}

/**
 * The deployed images: the `gitops.kubesphere.io/images` annotation (comma separated, written
 * by the status controller), else `summary.images` of the parsed status. Duplicates are removed,
 * order is kept. Defaults to an empty list.
 */
export function images(app: Application, parsed?: ParsedArgoStatus): string[] {
  const raw = annotation(app, ANNOTATION_IMAGES);
  const list = raw !== undefined ? raw.split(',') : (parsed?.status?.summary?.images ?? []);
  const seen = new Set<string>();
  for (const item of list) {
    const image = item.trim();
    if (image !== '') seen.add(image);
  }
  return [...seen];
}

export interface SourceSummary {
  repoURL: string;
  /** `targetRevision`; Argo CD reads an empty one as `HEAD`, so that is the default here too. */
  revision: string;
  path?: string;
  chart?: string;
  /** From Argo CD's `sourceType` when reported, else guessed from the spec; `null` = auto-detect. */
  sourceType: ApplicationSourceType | null;
  /** The commit Argo CD last compared against (`sync.revision`), when known. */
  syncedRevision?: string;
}

/** Which tool renders the manifests, judged from the spec alone (Argo CD detects the rest itself). */
export function specSourceType(source: ApplicationSource | undefined): ApplicationSourceType | null {
  if (!source) return null;
  if (source.chart || source.helm) return 'Helm';
  if (source.kustomize) return 'Kustomize';
  if (source.plugin) return 'Plugin';
  if (source.ksonnet) return 'Ksonnet';
  if (source.directory) return 'Directory';
  return null;
}

/** Repository, revision (default `HEAD`), path and source type of the app. */
export function sourceSummary(app: Application, parsed?: ParsedArgoStatus): SourceSummary {
  const source = app.spec?.argoApp?.spec?.source;
  const status = parsed?.status;
  const summary: SourceSummary = {
    repoURL: source?.repoURL ?? '',
    revision: source?.targetRevision?.trim() || 'HEAD',
    sourceType: status?.sourceType ?? specSourceType(source),
  };
  if (source?.path) summary.path = source.path;
  if (source?.chart) summary.chart = source.chart;
  if (status?.sync?.revision) summary.syncedRevision = status.sync.revision;
  return summary;
}

export interface DestinationSummary {
  /** What to show: the cluster name when set, else the server URL, else empty. */
  cluster: string;
  name?: string;
  server?: string;
  namespace?: string;
  /** Deploys to the cluster that runs Argo CD (`in-cluster` / `https://kubernetes.default.svc`). */
  inCluster: boolean;
}

/** Cluster (name, else server) and namespace the app deploys to. */
export function destinationSummary(app: Application): DestinationSummary {
  const dest = app.spec?.argoApp?.spec?.destination ?? {};
  const summary: DestinationSummary = {
    cluster: dest.name || dest.server || '',
    inCluster: dest.name === IN_CLUSTER_NAME || (!dest.name && dest.server === IN_CLUSTER_SERVER),
  };
  if (dest.name) summary.name = dest.name;
  if (dest.server) summary.server = dest.server;
  if (dest.namespace) summary.namespace = dest.namespace;
  return summary;
}

export interface SyncPolicySummary {
  mode: 'manual' | 'automated';
  prune: boolean;
  selfHeal: boolean;
  allowEmpty: boolean;
  syncOptions: string[];
  retry?: RetryStrategy;
}

/**
 * Manual or automated, with prune/selfHeal (both default false). `syncPolicy.manual`, which the
 * 3.x console sent, does not exist on the server and means manual, as does no policy at all.
 */
export function syncPolicySummary(app: Application): SyncPolicySummary {
  const policy = app.spec?.argoApp?.spec?.syncPolicy;
  const automated = policy?.automated;
  // Argo CD 2.14+ can switch an automated policy off without removing it.
  const on = !!automated && automated.enabled !== false;
  const summary: SyncPolicySummary = {
    mode: on ? 'automated' : 'manual',
    prune: on && automated?.prune === true,
    selfHeal: on && automated?.selfHeal === true,
    allowEmpty: on && automated?.allowEmpty === true,
    syncOptions: Array.isArray(policy?.syncOptions) ? policy.syncOptions.filter((o) => typeof o === 'string') : [],
  };
  if (policy?.retry) summary.retry = policy.retry;
  return summary;
}

/** When Argo CD last compared the app with Git (`reconciledAt`, else the older `observedAt`). */
export function lastReconciledAt(parsed: ParsedArgoStatus | undefined): string | undefined {
  const status = parsed?.status;
  return status?.reconciledAt ?? status?.observedAt;
}

/** When the last sync operation finished, else when it started (still running), else `undefined`. */
export function lastSyncedAt(parsed: ParsedArgoStatus | undefined): string | undefined {
  const op = parsed?.status?.operationState;
  return op?.finishedAt ?? op?.startedAt;
}
