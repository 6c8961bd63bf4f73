/**
 * Kubernetes Events as rows. Reads both shapes: core/v1 `Event` (`involvedObject`, `message`,
 * `source`, `count`, `first/lastTimestamp`) and events.k8s.io/v1 (`regarding`, `note`,
 * `reportingController`, `deprecated*`). Since Kubernetes 1.19 many components write through
 * the new API, whose core/v1 view has `lastTimestamp: null` and the time in `eventTime` or
 * `series.lastObservedTime`; the times are picked as `kubectl describe` picks them
 * (kubectl pkg/describe/describe.go `DescribeEvents`).
 */
import { at, field, isObject, num, str, text, timeMs } from './json';

export interface EventObject {
  kind: string;
  name: string;
  namespace?: string;
  uid?: string;
  /** The part of the object, e.g. `spec.containers{app}`. */
  fieldPath?: string;
}

export interface EventRow {
  /** `metadata.uid`, else `namespace/name` of the Event: a stable React key. */
  key: string;
  /** `Normal` or `Warning` (anything else kept as written). */
  type: string;
  reason: string;
  message: string;
  count: number;
  firstSeen?: string;
  lastSeen?: string;
  /** The component (and host) that reported it: "kubelet, node-1", "default-scheduler". */
  source: string;
  object: EventObject;
}

function objectOf(ref: unknown): EventObject {
  const out: EventObject = { kind: str(field(ref, 'kind')) ?? '', name: str(field(ref, 'name')) ?? '' };
  const namespace = text(field(ref, 'namespace'));
  const uid = text(field(ref, 'uid'));
  const fieldPath = text(field(ref, 'fieldPath'));
  if (namespace) out.namespace = namespace;
  if (uid) out.uid = uid;
  if (fieldPath) out.fieldPath = fieldPath;
  return out;
}

function sourceOf(event: unknown): string {
  const legacy = field(event, 'source') ?? field(event, 'deprecatedSource');
  const component =
    text(field(legacy, 'component')) ?? text(field(event, 'reportingComponent')) ?? text(field(event, 'reportingController'));
  const host = text(field(legacy, 'host')) ?? text(field(event, 'reportingInstance'));
  if (!component) return host ?? '';
  // The reporting instance of the new API is often the component's own name plus the host.
  return host && host !== component && !host.startsWith(`${component}-`) ? `${component}, ${host}` : component;
}

/** One event as a row; `null` for something that is not an object. */
export function eventRow(event: unknown): EventRow | null {
  if (!isObject(event)) return null;
  const meta = field(event, 'metadata');
  const series = field(event, 'series');
  const created = text(field(meta, 'creationTimestamp'));
  const eventTime = text(field(event, 'eventTime'));
  const lastSeen =
    text(field(series, 'lastObservedTime')) ??
    text(field(event, 'lastTimestamp')) ??
    text(field(event, 'deprecatedLastTimestamp')) ??
    eventTime ??
    created;
  // kubectl prefers `eventTime` for the first sighting and falls back to `firstTimestamp`.
  const firstSeen = eventTime ?? text(field(event, 'firstTimestamp')) ?? text(field(event, 'deprecatedFirstTimestamp')) ?? created;
  const count = num(field(series, 'count')) ?? num(field(event, 'count')) ?? num(field(event, 'deprecatedCount')) ?? 1;
  const uid = text(field(meta, 'uid'));
  const row: EventRow = {
    key: uid ?? `${str(field(meta, 'namespace')) ?? ''}/${str(field(meta, 'name')) ?? ''}`,
    type: text(field(event, 'type')) ?? 'Normal',
    reason: str(field(event, 'reason')) ?? '',
    message: str(field(event, 'message')) ?? str(field(event, 'note')) ?? '',
    count: Math.max(1, Math.floor(count)),
    source: sourceOf(event),
    object: objectOf(field(event, 'involvedObject') ?? field(event, 'regarding')),
  };
  if (firstSeen) row.firstSeen = firstSeen;
  if (lastSeen) row.lastSeen = lastSeen;
  return row;
}

/** Warnings first, then the newest last sighting first; rows without a time go last. */
export function compareEvents(a: EventRow, b: EventRow): number {
  const warning = Number(b.type === 'Warning') - Number(a.type === 'Warning');
  if (warning !== 0) return warning;
  const ta = timeMs(a.lastSeen) ?? -Infinity;
  const tb = timeMs(b.lastSeen) ?? -Infinity;
  if (ta !== tb) return tb > ta ? 1 : -1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** The rows of a list of events (its `items`), sorted by `compareEvents`. */
export function eventRows(events: unknown): EventRow[] {
  const items = Array.isArray(events) ? events : Array.isArray(at(events, 'items')) ? (at(events, 'items') as unknown[]) : [];
  const rows: EventRow[] = [];
  for (const e of items) {
    const row = eventRow(e);
    if (row) rows.push(row);
  }
  return rows.sort(compareEvents);
}

/** The key an event's object is grouped under: its uid, else `kind/namespace/name`. */
export function eventObjectKey(object: { kind?: string; name?: string; namespace?: string; uid?: string }): string {
  return object.uid ? `uid:${object.uid}` : `${object.kind ?? ''}/${object.namespace ?? ''}/${object.name ?? ''}`;
}

/**
 * The rows grouped by involved object, each group in the order of `rows`. An object is reached
 * by uid and by `kind/namespace/name` both (see `eventsFor`), so a row without uid still finds it.
 */
export function groupEventsByObject(rows: readonly EventRow[]): Map<string, EventRow[]> {
  const groups = new Map<string, EventRow[]>();
  for (const row of rows) {
    const key = eventObjectKey(row.object);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/**
 * The events of one object: those naming its uid, and those naming its kind, namespace and name
 * without a uid or with the same one (a recreated pod of the same name has another uid, and its
 * predecessor's events do not belong to it).
 */
export function eventsFor(rows: readonly EventRow[], object: { kind: string; name: string; namespace?: string; uid?: string }): EventRow[] {
  return rows.filter((row) => {
    const o = row.object;
    if (object.uid && o.uid) return o.uid === object.uid;
    return o.kind === object.kind && o.name === object.name && (o.namespace ?? '') === (object.namespace ?? '');
  });
}
