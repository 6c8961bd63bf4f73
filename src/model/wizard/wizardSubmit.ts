/**
 * From the wizard's draft to the exact body that is sent: a new Application to start from, the
 * POST body for create, the PUT body for edit (with what the server and controller own carried
 * over unchanged), and the equivalent `curl` command for the review step.
 */
import { threeWayMerge, type MergePath } from './draftMerge';
import { ensureLocationLabel } from '../actions/appEdits';
import {
  ANNOTATION_CREATOR,
  ANNOTATION_IMAGES,
  API_VERSION,
  type Application,
  DEFAULT_ARGOCD_LOCATION,
  IN_CLUSTER_SERVER,
  LABEL_ARGOCD_APPLICATION,
  LABEL_ARGOCD_LOCATION,
  LABEL_HEALTH_STATUS,
  LABEL_SYNC_STATUS,
} from '../application/types';

type Json = Record<string, unknown>;

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * The manifest a new application starts from: manual sync, the in-cluster destination, revision
 * `HEAD` and path `.` (Argo CD's own defaults, written out so the user sees them), the project
 * set to the DevOps project (the controller forces it to that anyway) and the location label.
 */
export function newApplication(namespace: string): Application {
  return {
    apiVersion: API_VERSION,
    kind: 'Application',
    metadata: { name: '', namespace, labels: { [LABEL_ARGOCD_LOCATION]: DEFAULT_ARGOCD_LOCATION } },
    spec: {
      kind: 'argocd',
      argoApp: {
        spec: {
          project: namespace,
          source: { repoURL: '', targetRevision: 'HEAD', path: '.' },
          destination: { server: IN_CLUSTER_SERVER, namespace: '' },
        },
      },
    },
  };
}

/** Whether the location label is set (non-empty); the controller ignores the app without it. */
export function hasLocationLabel(app: Application): boolean {
  return !!app.metadata?.labels?.[LABEL_ARGOCD_LOCATION]?.trim();
}

/** What the server and the controllers own: never taken from a draft, always from the server's copy. */
export const SERVER_OWNED_METADATA = [
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'managedFields',
  'finalizers',
] as const;
export const CONTROLLER_LABELS = [LABEL_ARGOCD_APPLICATION, LABEL_SYNC_STATUS, LABEL_HEALTH_STATUS] as const;
export const CONTROLLER_ANNOTATIONS = [ANNOTATION_IMAGES] as const;

/** An object as the edit draft starts from it: without status and managed fields, which nobody edits. */
export function stripForEdit(app: Application): Application {
  const copy = clone(app) as Application;
  delete copy.status;
  if (copy.metadata) delete copy.metadata.managedFields;
  return copy;
}

export interface Prepared {
  body: Application;
  /** The location label was missing and has been put back. */
  restoredLabel: boolean;
}

function ensureArgoBasics(body: Application, namespace: string): void {
  body.apiVersion ??= API_VERSION;
  body.kind ??= 'Application';
  const spec = body.spec as Json | undefined;
  if (spec && spec.kind === undefined) spec.kind = 'argocd';
  const argoSpec = body.spec?.argoApp?.spec as Json | undefined;
  // The controller sets the project to the DevOps project; an empty one would only look wrong.
  if (argoSpec && !argoSpec.project) argoSpec.project = namespace;
}

/**
 * The POST body: the draft in the DevOps project's namespace, with the location label, and
 * without what only the server may set (a copied `resourceVersion` makes the create fail).
 * `creator` is recorded as the console does (`kubesphere.io/creator`).
 */
export function prepareCreate(draft: Application, namespace: string, creator?: string): Prepared {
  const restoredLabel = !hasLocationLabel(draft);
  const body = ensureLocationLabel(clone(draft));
  delete body.status;
  body.metadata = { ...body.metadata, namespace };
  for (const field of SERVER_OWNED_METADATA) delete body.metadata[field];
  for (const label of CONTROLLER_LABELS) if (body.metadata.labels) delete body.metadata.labels[label];
  if (creator && !body.metadata.annotations?.[ANNOTATION_CREATOR]) {
    body.metadata.annotations = { ...body.metadata.annotations, [ANNOTATION_CREATOR]: creator };
  }
  ensureArgoBasics(body, namespace);
  return { body, restoredLabel };
}

function carryMap(target: Record<string, string> | undefined, source: Record<string, string> | undefined, keys: readonly string[]) {
  const out = { ...(target ?? {}) };
  for (const key of keys) {
    if (source?.[key] !== undefined) out[key] = source[key];
    else delete out[key];
  }
  return out;
}

/**
 * The PUT body: the draft, with name, namespace, `resourceVersion`, finalizers, the labels and
 * annotation the controllers own, and `spec.argoApp.operation` taken unchanged from `latest`
 * (the server's current copy). The location label is kept from `latest`, or put back.
 */
export function prepareUpdate(draft: Application, latest: Application): Prepared {
  const body = clone(draft);
  delete body.status;
  const meta = { ...body.metadata };
  const server = latest.metadata;
  meta.name = server.name;
  meta.namespace = server.namespace;
  for (const field of SERVER_OWNED_METADATA) {
    if (field === 'managedFields') delete meta[field];
    else if (server[field] !== undefined) (meta as Json)[field] = clone(server[field]);
    else delete meta[field];
  }
  meta.labels = carryMap(meta.labels, server.labels, CONTROLLER_LABELS);
  meta.annotations = carryMap(meta.annotations, server.annotations, CONTROLLER_ANNOTATIONS);
  if (Object.keys(meta.annotations).length === 0) delete meta.annotations;
  const restoredLabel = !meta.labels[LABEL_ARGOCD_LOCATION]?.trim();
  if (restoredLabel) meta.labels[LABEL_ARGOCD_LOCATION] = server.labels?.[LABEL_ARGOCD_LOCATION]?.trim() || DEFAULT_ARGOCD_LOCATION;
  body.metadata = meta;
  const argoApp = body.spec?.argoApp;
  if (argoApp) {
    const operation = latest.spec?.argoApp?.operation;
    if (operation) argoApp.operation = clone(operation);
    else delete argoApp.operation;
  }
  ensureArgoBasics(body, server.namespace ?? '');
  return { body, restoredLabel };
}

/** Places of an Application that only the server and controllers change. */
export function isServerOwnedPath(path: MergePath): boolean {
  const [top, second, third] = path.map(String);
  if (top === 'status') return true;
  if (top === 'metadata') {
    if ((SERVER_OWNED_METADATA as readonly string[]).includes(second)) return true;
    if (second === 'labels' && path.length === 3) return (CONTROLLER_LABELS as readonly string[]).includes(third);
    if (second === 'annotations' && path.length === 3) return (CONTROLLER_ANNOTATIONS as readonly string[]).includes(third);
  }
  return top === 'spec' && second === 'argoApp' && third === 'operation';
}

export interface Rebased {
  /** The user's draft re-applied onto the latest object. */
  manifest: Application;
  /** Places the user and someone else both changed; the user's value was kept. */
  conflicts: string[];
}

/**
 * The user's edits (from `base` to `draft`) re-applied onto `latest`, the server's current
 * object, for a new attempt after someone else changed the application.
 */
export function rebaseEdit(base: Application, draft: Application, latest: Application): Rebased {
  const { merged, conflicts } = threeWayMerge(stripForEdit(base), stripForEdit(draft), stripForEdit(latest), {
    serverOwned: isServerOwnedPath,
  });
  return { manifest: merged, conflicts: conflicts.map((path) => path.join('.')) };
}

/** Single-quotes `text` for a POSIX shell. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * The `curl` command that sends `body` like the console does. The body goes through a quoted
 * here-document, which the shell never expands; a pretty-printed JSON line is never just `EOF`.
 * The console's server adds the token from the login cookie; curl needs it as a header.
 */
export function curlCommand(method: 'POST' | 'PUT', url: string, body: unknown): string {
  return [
    `curl -X ${method} ${shellQuote(url)} \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -H "Authorization: Bearer $TOKEN" \\`,
    `  --data-binary @- <<'EOF'`,
    JSON.stringify(body, null, 2),
    'EOF',
  ].join('\n');
}
