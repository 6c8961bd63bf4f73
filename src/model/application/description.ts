/**
 * THE description of `applications.gitops.kubesphere.io/v1alpha1` (ks-devops
 * `pkg/api/gitops/v1alpha1`, reference §2.1); the Argo CD status the controller copies into its
 * `status.argoApp` (reference §6) is described the same way in `argoStatusDescription.ts`.
 * Everything else is derived from them:
 *
 *   - the TypeScript types (`types.ts`, `argoTypes.ts`: `Infer<typeof …>`),
 *   - the JSON Schema the YAML view validates and completes against (`../schema/appSchema.ts`),
 *   - the tolerant decoders of what the server sends (`argoStatus.decoder`, `application.decode`).
 *
 * A new field is added here, once. Field order follows the Go structs; in `argoStatus` it is also
 * the order in which decoding problems are listed.
 *
 * The server decodes into the Go structs and silently drops every field they lack, so objects
 * are closed (`additionalProperties: false`: the editor warns "will be dropped"), and carry exactly
 * the fields of the ks-devops CRD (`../schema/crdFields.test.ts` pins them). Descriptions are
 * left out on purpose: every visible text goes through the console's translations, and the field
 * names are the API's own words.
 */
import { arr, bool, droppedByServer, int, obj, oneOf, opaque, readOnly, record, str } from '../schema/shape';
import { DNS_LABEL_MAX_LENGTH } from '../wizard/dnsLabel';
import { API_VERSION, IN_CLUSTER_NAME, IN_CLUSTER_SERVER } from './types';

/**
 * A DNS-1123 label (lower-case letters, digits and `-`, starting and ending with a letter or
 * digit), or empty: a name the wizard has not been given yet is its own problem
 * (`GITOPS_NAME_INVALID_EMPTY`), not a pattern mismatch. With `DNS_LABEL_MAX_LENGTH` this is what
 * `isValidDnsLabel` accepts.
 */
export const DNS_LABEL_PATTERN = '^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$';

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

const strings = arr(str());

// ---------------------------------------------------------------------------------------------
// Metadata
// ---------------------------------------------------------------------------------------------

export const objectMeta = obj({
  // The API takes up to 253 characters, but the controller labels the Argo CD application with
  // the name and a label value stops at 63: a longer name never gets an Argo CD application.
  name: str({ maxLength: DNS_LABEL_MAX_LENGTH, pattern: DNS_LABEL_PATTERN }),
  generateName: str(),
  namespace: str(),
  selfLink: str(),
  uid: str(),
  resourceVersion: str(),
  generation: int(),
  creationTimestamp: str(),
  deletionTimestamp: str(),
  deletionGracePeriodSeconds: int(),
  labels: record(str()),
  annotations: record(str()),
  ownerReferences: arr(opaque()),
  finalizers: strings,
  managedFields: arr(opaque()),
});

// ---------------------------------------------------------------------------------------------
// The Argo CD application spec as ks-devops copies it (reference §2.1)
// ---------------------------------------------------------------------------------------------

export const nameValue = obj({ name: str(), value: str() }, { required: ['name', 'value'] });

export const applicationDestination = obj({
  server: str({ examples: [IN_CLUSTER_SERVER] }),
  namespace: str(),
  name: str({ examples: [IN_CLUSTER_NAME] }),
});

export const helmParameter = obj({ name: str(), value: str(), forceString: bool() });

export const applicationSourceHelm = obj({
  valueFiles: strings,
  parameters: arr(helmParameter),
  releaseName: str(),
  values: str(),
  fileParameters: arr(obj({ name: str(), path: str() })),
  version: str({ examples: ['v3'] }),
  passCredentials: bool(),
  ignoreMissingValueFiles: bool(),
  skipCrds: bool(),
});

export const applicationSourceKustomize = obj({
  namePrefix: str(),
  nameSuffix: str(),
  images: strings,
  commonLabels: record(str()),
  version: str(),
  commonAnnotations: record(str()),
  forceCommonLabels: bool(),
  forceCommonAnnotations: bool(),
});

export const applicationSourceKsonnet = obj({
  environment: str(),
  parameters: arr(obj({ component: str(), name: str(), value: str() }, { required: ['name', 'value'] })),
});

const jsonnetVar = obj({ name: str(), value: str(), code: bool() }, { required: ['name', 'value'] });

export const applicationSourceDirectory = obj({
  recurse: bool(),
  jsonnet: obj({ extVars: arr(jsonnetVar), tlas: arr(jsonnetVar), libs: strings }),
  exclude: str(),
  include: str(),
});

export const applicationSourcePlugin = obj({ name: str(), env: arr(nameValue) });

// Go always writes repoURL, so a source without one is not a source worth showing.
export const applicationSource = obj(
  {
    repoURL: str(),
    path: str({ examples: ['.'] }),
    targetRevision: str({ examples: ['HEAD'] }),
    chart: str(),
    helm: applicationSourceHelm,
    kustomize: applicationSourceKustomize,
    ksonnet: applicationSourceKsonnet,
    directory: applicationSourceDirectory,
    plugin: applicationSourcePlugin,
  },
  { required: ['repoURL'] },
);

export const retryStrategy = obj({
  limit: int(),
  backoff: obj({ duration: str({ examples: ['5s'] }), factor: int({ minimum: 1 }), maxDuration: str({ examples: ['3m0s'] }) }),
});

export const syncPolicy = obj({
  automated: obj({
    prune: bool(),
    selfHeal: bool(),
    allowEmpty: bool(),
    // Argo CD ≥ 3.1 switches automation off with `enabled: false`; ks-devops drops it.
    enabled: droppedByServer(bool()),
  }),
  syncOptions: arr(str({ examples: SYNC_OPTION_EXAMPLES })),
  retry: retryStrategy,
});

export const resourceIgnoreDifferences = obj(
  {
    group: str(),
    kind: str(),
    name: str(),
    namespace: str(),
    jsonPointers: strings,
    jqPathExpressions: strings,
    managedFieldsManagers: strings,
  },
  { required: ['kind'] },
);

export const argoApplicationSpec = obj(
  {
    source: applicationSource,
    destination: applicationDestination,
    // Go always writes it, but a manifest may leave it out: the controller sets the DevOps project.
    project: str(),
    syncPolicy,
    ignoreDifferences: arr(resourceIgnoreDifferences),
    info: arr(nameValue),
    revisionHistoryLimit: int(),
  },
  { required: ['source', 'destination'] },
);

export const syncStrategy = obj({ apply: obj({ force: bool() }), hook: obj({ force: bool() }) });

export const syncOperationResource = obj({ group: str(), kind: str(), name: str(), namespace: str() }, { required: ['kind', 'name'] });

export const syncOperation = obj({
  revision: str(),
  prune: bool(),
  dryRun: bool(),
  syncStrategy,
  resources: arr(syncOperationResource),
  source: applicationSource,
  manifests: strings,
  syncOptions: strings,
});

export const operationInitiator = obj({ username: str(), automated: bool() });

export const operation = obj({ sync: syncOperation, initiatedBy: operationInitiator, info: arr(nameValue), retry: retryStrategy });

export const argoApplication = obj({ spec: argoApplicationSpec, operation }, { required: ['spec'] });

// ---------------------------------------------------------------------------------------------
// The KubeSphere Application
// ---------------------------------------------------------------------------------------------

export const applicationSpec = obj(
  {
    kind: oneOf(['argocd', 'fluxcd'], { examples: ['argocd'] }),
    argoApp: argoApplication,
    // Flux applications are outside this console's scope: kept as they are so edits round-trip them.
    fluxApp: opaque<Record<string, unknown>>(),
  },
  // The server also returns Flux applications; what this console writes is an Argo CD one.
  { requiredOnWrite: ['argoApp'] },
);

export const applicationStatus = obj({
  kind: str(),
  /** Compact JSON of the whole Argo CD `.status`; parse with `parseArgoStatus`. */
  argoApp: str(),
  fluxApp: opaque<Record<string, unknown>>(),
});

export const application = obj(
  {
    apiVersion: str({ examples: [API_VERSION] }),
    kind: str({ examples: ['Application'] }),
    metadata: objectMeta,
    spec: applicationSpec,
    // The status subresource: the server ignores what a client sends there.
    status: readOnly(applicationStatus),
  },
  { required: ['metadata', 'spec'] },
);

/** `GET …/applications` (never `null` items). */
export const applicationList = obj({ items: arr(application), totalItems: int() }, { required: ['items', 'totalItems'] });

/** `GET …/application-summary`: counts of the status label values, keyed by whatever codes appear. */
export const applicationsSummary = obj(
  { total: int(), healthStatus: record(int()), syncStatus: record(int()) },
  { required: ['total', 'healthStatus', 'syncStatus'] },
);

/** Body of `POST …/applications/{name}/sync`. The server reads `strategy`, never `syncStrategy`. */
export const applicationSyncRequest = obj({
  revision: str(),
  dryRun: bool(),
  prune: bool(),
  strategy: syncStrategy,
  resources: arr(syncOperationResource),
  manifests: strings,
  infos: arr(nameValue),
  retryStrategy,
  syncOptions: strings,
});
