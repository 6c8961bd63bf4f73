import * as React from 'react';
import { type Application, diagnose, hasLocationLabel, manifestToRecreate, type ParsedArgoStatus } from '../../model';
import type { ApplicationPermissions } from '../../model/application/permissions';
import { type ProjectRef, useApplicationList } from '../../queries/applications';
import { useLiveDiagnoses } from '../../queries/liveDiagnoses';
import type { LiveDiagnostic } from '../../model/live/liveDiagnosis';
import { targetKey } from '../../model/live/treeLiveRows';
import type { ResourceEntry } from '../../model/tree/resourceEntries';
import type { Diagnostic } from '../../model/diagnostics/diagnosticTypes';
import { useSearchParams } from 'react-router-dom';
import { t } from '../../host';
import { ErrorNotice } from '../../components/actions/ErrorNotice';
import { DiagnosticsPanel } from '../../components/detail/DiagnosticsPanel';
import type { DiagnosticActions, EditAction } from './useDiagnosticActions';

export interface DiagnosticsSectionProps {
  project: ProjectRef;
  app: Application;
  parsed: ParsedArgoStatus;
  /** When the data was fetched: diagnosis is pure, so "now" comes from the data, not the clock. */
  now: number;
  actions: DiagnosticActions;
  /** What the user may do, as the header reads it: a fix they may not take is not offered. */
  permissions?: ApplicationPermissions;
  /** The create page, for an application that has to be created again. */
  createTo: string;
  /** The app's resources, to find the unhealthy workloads whose pods are read. */
  resources: readonly ResourceEntry[];
}

/** A few apps are enough to see which Argo CD namespace the project's other apps use. */
const PEER_SAMPLE = 20;

const DONE_KEY: Record<EditAction, string> = {
  'add-location-label': 'GITOPS_DIAG_DONE_ADD_LABEL',
  'finish-deletion': 'GITOPS_DIAG_DONE_FINISH_DELETION',
  'remove-finalizers': 'GITOPS_DIAG_DONE_REMOVE_FINALIZERS',
  'enable-auto-sync': 'GITOPS_DIAG_DONE_AUTO_SYNC',
};

function Outcome({ actions }: { actions: DiagnosticActions }) {
  const last = actions.last;
  if (!last || last.status === 'loading') return null;
  if (last.status === 'error') return <ErrorNotice error={last.error} />;
  if (last.status === 'changed') return <p role="status">{t('GITOPS_DIAG_CHANGED_MEANWHILE')}</p>;
  return <p role="status">{t(DONE_KEY[last.action])}</p>;
}

/** Where a live diagnosis leads: the pod's logs (its previous run after a crash) or its events. */
function podLink(search: URLSearchParams, d: LiveDiagnostic, resources: readonly ResourceEntry[]): { search: string; labelKey: string } {
  const next = new URLSearchParams(search);
  next.set('tab', 'resources');
  // The pod's workload opens in the tree, so the pod shows among its siblings.
  const w = d.workload;
  const workload = resources.find((r) => r.kind === w.kind && r.name === w.name && r.namespace === w.namespace);
  if (workload) next.set('open', workload.key);
  else next.delete('open');
  next.set('resource', targetKey({ group: '', version: 'v1', kind: 'Pod', namespace: d.pod.namespace, name: d.pod.name }));
  next.delete('container');
  next.delete('previous');
  const logs = d.id === 'pod-crashloop' || d.id === 'pod-oomkilled';
  next.set('panel', logs ? 'logs' : 'events');
  if (logs && d.pod.container) next.set('container', d.pod.container);
  if (logs) next.set('previous', '1');
  return { search: `?${next.toString()}`, labelKey: logs ? 'GITOPS_DIAG_POD_OPEN_LOGS' : 'GITOPS_DIAG_POD_OPEN_EVENTS' };
}

function Panel({
  project,
  app,
  parsed,
  now,
  actions,
  permissions,
  createTo,
  resources,
  otherApps,
}: DiagnosticsSectionProps & { otherApps?: readonly Application[] }) {
  const diagnostics = React.useMemo(() => diagnose(app, parsed, { now, otherApps }), [app, parsed, now, otherApps]);
  const liveDiagnoses = useLiveDiagnoses(project.cluster, app, resources);
  const [search] = useSearchParams();
  const live = liveDiagnoses.map((d) => {
    const link = podLink(search, d, resources);
    return { diagnostic: d as unknown as Diagnostic, to: link.search, linkLabel: t(link.labelKey, { pod: d.pod.name }) };
  });
  const settled = actions.last !== null && actions.last.status !== 'loading';
  const recreating = diagnostics.some((d) => d.action?.type === 'recreate');
  const recreate = React.useMemo(
    () => (recreating ? { createTo, manifest: JSON.stringify(manifestToRecreate(app), null, 2) } : undefined),
    [recreating, createTo, app],
  );
  return (
    <DiagnosticsPanel
      diagnostics={diagnostics}
      onAction={actions.onAction}
      busy={actions.busy}
      recreate={recreate}
      permissions={permissions}
      live={live}
      footer={settled ? <Outcome actions={actions} /> : undefined}
    />
  );
}

// Mounted only when the label is missing, so the list is fetched only then.
function WithPeers(props: DiagnosticsSectionProps) {
  // Only their names and specs are read: their statuses need no decoding.
  const peers = useApplicationList(props.project, { limit: PEER_SAMPLE }, { decodeStatuses: false });
  return <Panel {...props} otherApps={peers.data?.items} />;
}

/** The diagnostics of the Overview tab, with the project's other apps when a rule needs them. */
export function DiagnosticsSection(props: DiagnosticsSectionProps) {
  return hasLocationLabel(props.app) ? <Panel {...props} /> : <WithPeers {...props} />;
}
