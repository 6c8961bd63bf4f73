/**
 * Kubernetes Events recorded by the simulated controllers. Repeated events are
 * folded into one with a growing `count`, as the event recorder does, so a
 * controller that keeps failing does not flood the log.
 */

export interface EmulatorEvent {
  cluster: string;
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  involvedObject: { kind: string; apiVersion: string; namespace: string; name: string };
  source: { component: string };
  count: number;
  firstTimestamp: string;
  lastTimestamp: string;
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
    object: { kind: string; apiVersion: string; namespace: string; name: string },
    type: EmulatorEvent['type'],
    reason: string,
    message: string,
    component = 'devops-controller',
  ): void {
    const now = this.timestamp();
    const same = this.events.find(
      (e) =>
        e.cluster === cluster &&
        e.involvedObject.namespace === object.namespace &&
        e.involvedObject.name === object.name &&
        e.involvedObject.kind === object.kind &&
        e.reason === reason &&
        e.message === message,
    );
    if (same) {
      same.count++;
      same.lastTimestamp = now;
      return;
    }
    this.events.push({
      cluster,
      type,
      reason,
      message,
      involvedObject: { ...object },
      source: { component },
      count: 1,
      firstTimestamp: now,
      lastTimestamp: now,
    });
    if (this.events.length > MAX_EVENTS) this.events.shift();
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
