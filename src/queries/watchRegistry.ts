import * as React from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';

/**
 * Which projects a connected watch keeps current, per query client. The application queries read
 * it to stop polling while a watch delivers changes (and poll again the moment it drops).
 */
export interface WatchedProject {
  cluster: string;
  namespace: string;
}

type Listener = () => void;

interface LiveEntry {
  live: number;
  listeners: Set<Listener>;
}

const registry = new WeakMap<QueryClient, Map<string, LiveEntry>>();

const projectId = ({ cluster, namespace }: WatchedProject) => `${cluster}\u0000${namespace}`;

function entryOf(client: QueryClient, project: WatchedProject): LiveEntry {
  let byProject = registry.get(client);
  if (!byProject) registry.set(client, (byProject = new Map()));
  let entry = byProject.get(projectId(project));
  if (!entry) byProject.set(projectId(project), (entry = { live: 0, listeners: new Set() }));
  return entry;
}

/** Whether a watch keeps this project's queries current right now. */
export function isWatchLive(client: QueryClient, project: WatchedProject): boolean {
  return entryOf(client, project).live > 0;
}

/** One more (`+1`) or one fewer (`-1`) connected watch of `project`. */
export function countLiveWatch(client: QueryClient, project: WatchedProject, delta: 1 | -1): void {
  const entry = entryOf(client, project);
  entry.live = Math.max(0, entry.live + delta);
  for (const listener of [...entry.listeners]) listener();
}

/** Re-renders when the project's watch connects or disconnects; the queries' polling follows it. */
export function useWatchLive(project: WatchedProject): boolean {
  const client = useQueryClient();
  const { cluster, namespace } = project;
  const [live, setState] = React.useState(() => isWatchLive(client, { cluster, namespace }));
  React.useEffect(() => {
    const entry = entryOf(client, { cluster, namespace });
    const update = () => setState(entry.live > 0);
    entry.listeners.add(update);
    update();
    return () => void entry.listeners.delete(update);
  }, [client, cluster, namespace]);
  return live;
}
