/**
 * The few facts that say how a live object is doing, by kind, as `kubectl get` columns and
 * `kubectl describe` conditions show them: replicas for workloads, completions for Jobs, the
 * schedule of a CronJob, type and ports of a Service. Pods have their own summary
 * (`podSummary.ts`). Values are plain text or numbers; labels are i18n keys.
 */
import { at, field, list, num, str, text } from './json';

export interface SummaryFact {
  /** `GITOPS_LIVE_FACT_*`. */
  labelKey: string;
  value: string | number;
}

export interface ConditionRow {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastTransition?: string;
  /** The condition reports a problem: `False` for the usual positive types, `True` for Failed/ReplicaFailure. */
  bad: boolean;
}

// Conditions whose `True` is the bad news.
const NEGATIVE = new Set(['Failed', 'ReplicaFailure', 'FailureTarget', 'Stalled', 'Suspended']);

export function conditionRows(object: unknown): ConditionRow[] {
  return list(at(object, 'status', 'conditions')).flatMap((c) => {
    const type = text(field(c, 'type'));
    if (!type) return [];
    const status = str(field(c, 'status')) ?? 'Unknown';
    const row: ConditionRow = { type, status, bad: NEGATIVE.has(type) ? status === 'True' : status === 'False' };
    const reason = text(field(c, 'reason'));
    const message = text(field(c, 'message'));
    const lastTransition = text(field(c, 'lastTransitionTime')) ?? text(field(c, 'lastUpdateTime'));
    if (reason) row.reason = reason;
    if (message) row.message = message;
    if (lastTransition) row.lastTransition = lastTransition;
    return [row];
  });
}

const fact = (labelKey: string, value: string | number | undefined): SummaryFact[] =>
  value === undefined || value === '' ? [] : [{ labelKey: `GITOPS_LIVE_FACT_${labelKey}`, value }];

/** "2/3": ready of desired; `spec.replicas` defaults to 1 when absent. */
function replicas(object: unknown): SummaryFact[] {
  const desired = num(at(object, 'spec', 'replicas')) ?? 1;
  const status = field(object, 'status');
  return [
    ...fact('READY', `${num(field(status, 'readyReplicas')) ?? 0}/${desired}`),
    ...fact('UPDATED', num(field(status, 'updatedReplicas')) ?? 0),
    ...fact('AVAILABLE', num(field(status, 'availableReplicas')) ?? 0),
  ];
}

function ports(object: unknown): string | undefined {
  const items = list(at(object, 'spec', 'ports')).map((p) => {
    const port = num(field(p, 'port'));
    const target = field(p, 'targetPort');
    const protocol = str(field(p, 'protocol')) ?? 'TCP';
    const node = num(field(p, 'nodePort'));
    const to = typeof target === 'number' || typeof target === 'string' ? `→${target}` : '';
    return `${port ?? '?'}${node ? `:${node}` : ''}${to}/${protocol}`;
  });
  return items.length ? items.join(', ') : undefined;
}

/** The kind's facts (first), then when it was created. */
export function objectFacts(kind: string, object: unknown): SummaryFact[] {
  const status = field(object, 'status');
  const spec = field(object, 'spec');
  let facts: SummaryFact[] = [];
  switch (kind) {
    case 'Deployment':
    case 'ReplicaSet':
    case 'StatefulSet':
      facts = replicas(object);
      break;
    case 'DaemonSet':
      facts = [
        ...fact('READY', `${num(field(status, 'numberReady')) ?? 0}/${num(field(status, 'desiredNumberScheduled')) ?? 0}`),
        ...fact('UPDATED', num(field(status, 'updatedNumberScheduled')) ?? 0),
        ...fact('AVAILABLE', num(field(status, 'numberAvailable')) ?? 0),
      ];
      break;
    case 'Job':
      facts = [
        ...fact('COMPLETIONS', `${num(field(status, 'succeeded')) ?? 0}/${num(field(spec, 'completions')) ?? 1}`),
        ...fact('ACTIVE', num(field(status, 'active')) ?? 0),
        ...fact('FAILED', num(field(status, 'failed')) ?? 0),
      ];
      break;
    case 'CronJob':
      facts = [
        ...fact('SCHEDULE', text(field(spec, 'schedule'))),
        ...fact('SUSPENDED', field(spec, 'suspend') === true ? 'true' : 'false'),
        ...fact('ACTIVE', list(field(status, 'active')).length),
        ...fact('LAST_SCHEDULE', text(field(status, 'lastScheduleTime'))),
      ];
      break;
    case 'Service':
      facts = [
        ...fact('SERVICE_TYPE', text(field(spec, 'type')) ?? 'ClusterIP'),
        ...fact('CLUSTER_IP', text(field(spec, 'clusterIP'))),
        ...fact('PORTS', ports(object)),
      ];
      break;
    default:
      facts = [];
  }
  return [...facts, ...fact('CREATED', text(at(object, 'metadata', 'creationTimestamp')))];
}

/** Facts whose value is a time (shown as a date in the reader's language). */
export const TIME_FACTS = new Set(['GITOPS_LIVE_FACT_CREATED', 'GITOPS_LIVE_FACT_LAST_SCHEDULE']);
