/**
 * Kubernetes Events recorded by the simulated controllers. Repeated events are
 * folded into one with a growing `count` and a new `lastTimestamp`, as the
 * event recorder's correlator does: events with the same source, involved
 * object (kind, namespace, name, uid, apiVersion), type, reason and message
 * share a key, and a repeat patches count and lastTimestamp of the first one
 * (client-go v0.31.3 tools/record/events_cache.go getEventKey L53-67,
 * eventObserve L327-360). A controller that keeps failing thus shows one event
 * whose count grows with every retry.
 */

export interface EmulatorEvent {
  cluster: string;
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  involvedObject: InvolvedObject;
  source: { component: string };
  count: number;
  firstTimestamp: string;
  lastTimestamp: string;
}

export interface InvolvedObject {
  kind: string;
  apiVersion: string;
  namespace: string;
  name: string;
  /** Part of the key: a recreated object with the same name gets new events. */
  uid?: string;
}

export interface EventFilter {
  cluster?: string;
  namespace?: string;
  name?: string;
  type?: string;
}

const MAX_EVENTS = 2000;

export class EventLog {
  private events: EmulatorEvent[] = [];

  constructor(private readonly timestamp: () => string) {}

  record(
    cluster: string,
    object: InvolvedObject,
    type: EmulatorEvent['type'],
    reason: string,
    message: string,
    component = 'devops-controller',
  ): void {
    const now = this.timestamp();
    const same = this.find(cluster, object, type, reason, message, component);
    if (same) {
      same.count++;
      same.lastTimestamp = now;
      return;
    }
    const event: EmulatorEvent = {
      cluster,
      type,
      reason,
      message,
      involvedObject: { ...object },
      source: { component },
      count: 1,
      firstTimestamp: now,
      lastTimestamp: now,
    };
    this.events.push(event);
    if (this.events.length > MAX_EVENTS) this.events.shift();
  }

  /** Seeds: gives the matching recorded events a past, as if they had repeated `count` times from `first` to `last`. */
  backdate(match: { cluster: string; namespace: string; name: string; reason: string }, count: number, first: string, last: string): void {
    for (const e of this.events) {
      const o = e.involvedObject;
      if (e.cluster !== match.cluster || o.namespace !== match.namespace || o.name !== match.name || e.reason !== match.reason) continue;
      Object.assign(e, { count, firstTimestamp: first, lastTimestamp: last });
    }
  }

  private find(
    cluster: string,
    object: InvolvedObject,
    type: string,
    reason: string,
    message: string,
    component: string,
  ): EmulatorEvent | undefined {
    return this.events.find(
      (e) =>
        e.cluster === cluster &&
        e.source.component === component &&
        e.involvedObject.kind === object.kind &&
        e.involvedObject.namespace === object.namespace &&
        e.involvedObject.name === object.name &&
        e.involvedObject.uid === object.uid &&
        e.involvedObject.apiVersion === object.apiVersion &&
        e.type === type &&
        e.reason === reason &&
        e.message === message,
    );
  }

  list(filter: EventFilter = {}): EmulatorEvent[] {
    return this.events
      .filter(
        (e) =>
          (!filter.cluster || e.cluster === filter.cluster) &&
          (!filter.namespace || e.involvedObject.namespace === filter.namespace) &&
          (!filter.name || e.involvedObject.name === filter.name) &&
          (!filter.type || e.type === filter.type),
      )
      .map((e) => ({ ...e, involvedObject: { ...e.involvedObject }, source: { ...e.source } }));
  }

  clear(): void {
    this.events = [];
  }
}
