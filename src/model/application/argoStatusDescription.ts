/**
 * The Argo CD Application `.status` that the controller copies into `status.argoApp` as a JSON
 * string (reference §6), described once as in `description.ts`: the types (`argoTypes.ts`) and the
 * tolerant decoder (`../status/argoStatus.ts`) are derived from it. Field order is the order in
 * which decoding problems are listed.
 */
import { arr, bool, int, obj, oneOf, str, time } from '../schema/shape';
import { applicationDestination, applicationSource, operation, operationInitiator } from './description';
import {
  KNOWN_CONDITION_TYPES,
  KNOWN_HEALTH_STATUSES,
  KNOWN_HOOK_TYPES,
  KNOWN_OPERATION_PHASES,
  KNOWN_RESULT_CODES,
  KNOWN_SOURCE_TYPES,
  KNOWN_SYNC_PHASES,
  KNOWN_SYNC_STATUSES,
} from './types';

const strings = arr(str());

// ---------------------------------------------------------------------------------------------
// The Argo CD Application `.status`, the content of `status.argoApp` (reference §6). Every field
// is optional: decoding drops values of the wrong type instead of failing.
// ---------------------------------------------------------------------------------------------

const healthCode = oneOf(KNOWN_HEALTH_STATUSES);
const syncCode = oneOf(KNOWN_SYNC_STATUSES);
const phase = oneOf(KNOWN_OPERATION_PHASES);
const sourceType = oneOf(KNOWN_SOURCE_TYPES);
const sources = arr(applicationSource);

export const healthStatus = obj({ status: healthCode, message: str() });

export const appHealthStatus = obj({
  status: healthCode,
  message: str(),
  // Written by newer Argo CD versions when the application's health changes.
  lastTransitionTime: time(),
});

export const resourceStatus = obj({
  group: str(),
  version: str(),
  kind: str(),
  namespace: str(),
  name: str(),
  status: syncCode,
  // Absent on Argo CD ≥ 3.0 unless `controller.resource.health.persist` is true.
  health: healthStatus,
  hook: bool(),
  requiresPruning: bool(),
  syncWave: int(),
  requiresDeletionConfirmation: bool(),
});

export const comparedTo = obj({ source: applicationSource, sources, destination: applicationDestination });

export const syncStatus = obj({ status: syncCode, comparedTo, revision: str(), revisions: strings });

export const revisionHistory = obj({
  id: int(),
  revision: str(),
  revisions: strings,
  deployedAt: time(),
  deployStartedAt: time(),
  source: applicationSource,
  sources,
  initiatedBy: operationInitiator,
});

export const applicationCondition = obj(
  { type: oneOf(KNOWN_CONDITION_TYPES), message: str(), lastTransitionTime: time() },
  { required: ['type'] },
);

export const resourceResult = obj({
  group: str(),
  version: str(),
  kind: str(),
  namespace: str(),
  name: str(),
  status: oneOf(KNOWN_RESULT_CODES),
  message: str(),
  hookType: oneOf(KNOWN_HOOK_TYPES),
  hookPhase: phase,
  syncPhase: oneOf(KNOWN_SYNC_PHASES),
});

export const syncOperationResult = obj({
  resources: arr(resourceResult),
  revision: str(),
  revisions: strings,
  source: applicationSource,
  sources,
});

export const operationState = obj({
  operation,
  phase,
  message: str(),
  syncResult: syncOperationResult,
  startedAt: time(),
  finishedAt: time(),
  retryCount: int(),
});

export const applicationSummary = obj({ externalURLs: strings, images: strings });

export const argoStatus = obj({
  resources: arr(resourceStatus),
  sync: syncStatus,
  health: appHealthStatus,
  history: arr(revisionHistory),
  conditions: arr(applicationCondition),
  reconciledAt: time(),
  observedAt: time(),
  operationState,
  sourceType,
  sourceTypes: arr(sourceType),
  summary: applicationSummary,
  // `"appTree"` on Argo CD ≥ 3.0: per-resource health then lives only in the resource tree.
  resourceHealthSource: str(),
  controllerNamespace: str(),
});
