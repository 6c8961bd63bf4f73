import * as React from 'react';
import { t } from '../../../host';
import { logFileName, searchLog, stepMatch, withoutTimestamp, type LogSearch } from '../../../model/logs';
import { usePodLog } from '../../../queries/podLogs';
import { downloadText } from './download';
import { LogSearchBar } from './LogSearchBar';
import { LogStatus } from './LogStatus';
import { LogToolbar } from './LogToolbar';
import { LogView } from './LogView';
import { Panel } from './styles';

export interface PodLogsContainer {
  name: string;
  restartCount?: number;
  lastTerminated?: { reason?: string; exitCode?: number };
}

export interface PodLogsProps {
  cluster: string;
  namespace: string;
  pod: { name: string; containers: PodLogsContainer[] };
  initialContainer?: string;
  initialPrevious?: boolean;
  /** Height of the log view in pixels. */
  height?: number;
}

/** A container has a previous instance to read once it has restarted or has a recorded termination. */
export function hasPrevious(container: PodLogsContainer | undefined): boolean {
  return !!container && ((container.restartCount ?? 0) > 0 || !!container.lastTerminated);
}

function previousInfo(container: PodLogsContainer): string {
  const parts = [t('GITOPS_LOGS_PREVIOUS_INFO', { count: container.restartCount ?? 0 })];
  const last = container.lastTerminated;
  if (last && (last.reason || last.exitCode !== undefined)) {
    parts.push(t('GITOPS_LOGS_LAST_EXIT', { reason: last.reason ?? '-', code: last.exitCode ?? '-' }));
  }
  return parts.join(' ');
}

/**
 * A pod's logs: one container's last lines, optionally followed as they are written, searched,
 * wrapped and downloaded. Everything shown comes from the cluster and is rendered as text.
 */
export function PodLogs({ cluster, namespace, pod, initialContainer, initialPrevious, height }: PodLogsProps) {
  const names = pod.containers.map((c) => c.name);
  const [container, setContainer] = React.useState(() =>
    initialContainer && names.includes(initialContainer) ? initialContainer : (names[0] ?? ''),
  );
  const current = pod.containers.find((c) => c.name === container);
  const canPrevious = hasPrevious(current);
  const [previousWanted, setPrevious] = React.useState(!!initialPrevious);
  const previous = previousWanted && canPrevious;
  const [followWanted, setFollow] = React.useState(!initialPrevious);
  // A previous instance has stopped: nothing new will come.
  const follow = followWanted && !previous;
  const [tailLines, setTailLines] = React.useState(500);
  const [wrap, setWrap] = React.useState(false);
  const [timestamps, setTimestamps] = React.useState(true);
  const [query, setQuery] = React.useState('');
  const [currentLine, setCurrentLine] = React.useState<number | null>(null);

  const log = usePodLog({ cluster, namespace, pod: pod.name, container, tailLines, previous, follow });
  const { lines } = log;

  // Searching again costs only the lines that arrived since the last search (see searchLog).
  const lastSearch = React.useRef<LogSearch | undefined>(undefined);
  const search = React.useMemo(() => {
    lastSearch.current = searchLog(lines, query, { skipTimestamps: !timestamps }, lastSearch.current);
    return lastSearch.current;
  }, [lines, query, timestamps]);
  const currentIndex = currentLine === null ? -1 : search.matches.indexOf(currentLine);

  const changeQuery = (next: string) => {
    setQuery(next);
    setCurrentLine(null);
  };
  const changeContainer = (name: string) => {
    setContainer(name);
    setCurrentLine(null);
  };
  const step = (direction: 1 | -1) => {
    const index = stepMatch(search.matches.length, currentIndex, direction);
    setCurrentLine(index < 0 ? null : search.matches[index]);
  };
  const download = () => {
    downloadText(logFileName(pod.name, container, previous), lines.text(timestamps ? undefined : withoutTimestamp));
  };

  return (
    <Panel aria-label={t('GITOPS_LOGS_REGION', { pod: pod.name })} className="gitops-pod-logs">
      <LogToolbar
        containers={names}
        container={container}
        onContainer={changeContainer}
        tailLines={tailLines}
        onTailLines={setTailLines}
        follow={follow}
        onFollow={setFollow}
        previous={previous}
        onPrevious={setPrevious}
        previousBlocked={canPrevious ? undefined : t('GITOPS_LOGS_PREVIOUS_DISABLED')}
        previousInfo={canPrevious && current ? previousInfo(current) : undefined}
        wrap={wrap}
        onWrap={setWrap}
        timestamps={timestamps}
        onTimestamps={setTimestamps}
        canDownload={lines.length > 0}
        onDownload={download}
      />
      <LogSearchBar query={query} onQuery={changeQuery} total={search.matches.length} current={currentIndex} onStep={step} />
      <LogStatus
        namespace={namespace}
        status={log.status}
        error={log.error}
        paused={log.paused}
        follow={follow}
        previous={previous}
        lineCount={lines.length}
        dropped={lines.first}
        onReload={log.reload}
      />
      {lines.length > 0 ? (
        <LogView
          lines={lines}
          showTimestamps={timestamps}
          wrap={wrap}
          query={query}
          currentLine={currentIndex >= 0 ? currentLine : null}
          follow={follow}
          height={height}
        />
      ) : null}
    </Panel>
  );
}
