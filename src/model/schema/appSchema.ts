/**
 * JSON Schema of `applications.gitops.kubesphere.io/v1alpha1`, written from the Go types of
 * ks-devops `pkg/api/gitops/v1alpha1` (reference §2.1). The YAML editor validates and completes
 * against it, and the wizard checks what it sends with it.
 *
 * The server decodes into those Go structs and silently drops every field they lack, so an
 * unknown field is reported as a warning ("will be dropped"), never as an error. Descriptions
 * are left out on purpose: every visible text goes through the console's translations, and the
 * field names are the API's own words.
 */

export type JsonType = 'object' | 'array' | 'string' | 'boolean' | 'integer' | 'number';

export interface JsonSchema {
  type?: JsonType;
  properties?: Record<string, JsonSchema>;
  /** `false`: other keys are dropped by the server (a warning). A schema: the type of every value. */
  additionalProperties?: boolean | JsonSchema;
  required?: readonly string[];
  items?: JsonSchema;
  enum?: readonly string[];
  /** Offered by completion; not enforced. */
  examples?: readonly string[];
  pattern?: string;
  maxLength?: number;
  minimum?: number;
}

const str: JsonSchema = { type: 'string' };
const bool: JsonSchema = { type: 'boolean' };
const int: JsonSchema = { type: 'integer' };
const strings: JsonSchema = { type: 'array', items: str };
const stringMap: JsonSchema = { type: 'object', additionalProperties: str };
/** Anything goes: a field the console keeps as it is. */
const opaque: JsonSchema = {};

function object(properties: Record<string, JsonSchema>, required?: readonly string[]): JsonSchema {
  return { type: 'object', properties, additionalProperties: false, ...(required ? { required } : {}) };
}

function list(item: JsonSchema): JsonSchema {
  return { type: 'array', items: item };
}

const nameValue = object({ name: str, value: str }, ['name', 'value']);

/** The `syncOptions` strings Argo CD understands, offered by completion. */
export const SYNC_OPTION_EXAMPLES = [
  'CreateNamespace=true',
  'PruneLast=true',
  'ApplyOutOfSyncOnly=true',
  'ServerSideApply=true',
  'Replace=true',
  'Validate=false',
  'PrunePropagationPolicy=foreground',
  'PrunePropagationPolicy=background',
  'PrunePropagationPolicy=orphan',
  'RespectIgnoreDifferences=true',
  'FailOnSharedResource=true',
] as const;

const retryStrategy = object({
  limit: int,
  backoff: object({ duration: { ...str, examples: ['5s'] }, factor: { ...int, minimum: 1 }, maxDuration: { ...str, examples: ['3m0s'] } }),
});

const source = object(
  {
    repoURL: str,
    path: { ...str, examples: ['.'] },
    targetRevision: { ...str, examples: ['HEAD'] },
    chart: str,
    helm: object({
      valueFiles: strings,
      parameters: list(object({ name: str, value: str, forceString: bool })),
      releaseName: str,
      values: str,
      fileParameters: list(object({ name: str, path: str })),
      version: { ...str, examples: ['v3'] },
      passCredentials: bool,
      ignoreMissingValueFiles: bool,
      skipCrds: bool,
    }),
    kustomize: object({
      namePrefix: str,
      nameSuffix: str,
      images: strings,
      commonLabels: stringMap,
      version: str,
      commonAnnotations: stringMap,
      forceCommonLabels: bool,
      forceCommonAnnotations: bool,
    }),
    ksonnet: object({ environment: str, parameters: list(object({ component: str, name: str, value: str }, ['name', 'value'])) }),
    directory: object({
      recurse: bool,
      jsonnet: object({
        extVars: list(object({ name: str, value: str, code: bool }, ['name', 'value'])),
        tlas: list(object({ name: str, value: str, code: bool }, ['name', 'value'])),
        libs: strings,
      }),
      exclude: str,
      include: str,
    }),
    plugin: object({ name: str, env: list(nameValue) }),
  },
  ['repoURL'],
);

const destination = object({ server: { ...str, examples: ['https://kubernetes.default.svc'] }, namespace: str, name: { ...str, examples: ['in-cluster'] } });

const syncPolicy = object({
  automated: object({ prune: bool, selfHeal: bool, allowEmpty: bool }),
  syncOptions: { type: 'array', items: { ...str, examples: SYNC_OPTION_EXAMPLES } },
  retry: retryStrategy,
});

const argoSpec = object(
  {
    source,
    destination,
    project: str,
    syncPolicy,
    ignoreDifferences: list(
      object(
        {
          group: str,
          kind: str,
          name: str,
          namespace: str,
          jsonPointers: strings,
          jqPathExpressions: strings,
          managedFieldsManagers: strings,
        },
        ['kind'],
      ),
    ),
    info: list(nameValue),
    revisionHistoryLimit: int,
  },
  ['source', 'destination'],
);

const syncResource = object({ group: str, kind: str, name: str, namespace: str }, ['kind', 'name']);

const operation = object({
  sync: object({
    revision: str,
    prune: bool,
    dryRun: bool,
    syncStrategy: object({ apply: object({ force: bool }), hook: object({ force: bool }) }),
    resources: list(syncResource),
    source,
    manifests: strings,
    syncOptions: strings,
  }),
  initiatedBy: object({ username: str, automated: bool }),
  info: list(nameValue),
  retry: retryStrategy,
});

const objectMeta = object({
  name: { ...str, maxLength: 253 },
  generateName: str,
  namespace: str,
  selfLink: str,
  uid: str,
  resourceVersion: str,
  generation: int,
  creationTimestamp: str,
  deletionTimestamp: str,
  deletionGracePeriodSeconds: int,
  labels: stringMap,
  annotations: stringMap,
  ownerReferences: list(opaque),
  finalizers: strings,
  managedFields: list(opaque),
});

export const APPLICATION_SCHEMA: JsonSchema = object(
  {
    apiVersion: { ...str, examples: ['gitops.kubesphere.io/v1alpha1'] },
    kind: { ...str, examples: ['Application'] },
    metadata: objectMeta,
    spec: object({ kind: { ...str, examples: ['argocd'] }, argoApp: object({ spec: argoSpec, operation }, ['spec']), fluxApp: opaque }, ['argoApp']),
    // Read-only: the server ignores it (status subresource).
    status: opaque,
  },
  ['metadata', 'spec'],
);

/**
 * The schema that applies at `path` (keys and array indexes), or `undefined` where nothing is
 * known. Map values (`labels`) and array items are followed too.
 */
export function schemaAt(path: ReadonlyArray<string | number>, root: JsonSchema = APPLICATION_SCHEMA): JsonSchema | undefined {
  let current: JsonSchema | undefined = root;
  for (const part of path) {
    if (!current) return undefined;
    if (typeof part === 'number' || current.type === 'array') {
      current = current.items;
      continue;
    }
    const next: JsonSchema | undefined = current.properties?.[part];
    if (next) current = next;
    else current = typeof current.additionalProperties === 'object' ? current.additionalProperties : current.type ? undefined : {};
  }
  return current;
}
