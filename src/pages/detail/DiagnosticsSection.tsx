import * as React from 'react';
import { type Application, diagnose, hasLocationLabel, type ParsedArgoStatus } from '../../model';
import { type ProjectRef, useApplicationList } from '../../queries/applications';
import { t } from '../../host';
import { ErrorNotice } from '../../components/actions/ErrorNotice';
import { DiagnosticsPanel } from '../../components/detail/DiagnosticsPanel';
import type { DiagnosticActions } from './useDiagnosticActions';

export interface DiagnosticsSectionProps {
  project: ProjectRef;
  app: Application;
  parsed: ParsedArgoStatus;
  /** When the data was fetched: diagnosis is pure, so "now" comes from the data, not the clock. */
  now: number;
  actions: DiagnosticActions;
}

/** A few apps are enough to see which Argo CD namespace the project's other apps use. */
const PEER_SAMPLE = 20;

function Outcome({ actions }: { actions: DiagnosticActions }) {
  const last = actions.last;
  if (!last || last.status === 'loading') return null;
  if (last.status === 'error') return <ErrorNotice error={last.error} />;
  return <p role="status">{t(last.action === 'add-location-label' ? 'GITOPS_DIAG_DONE_ADD_LABEL' : 'GITOPS_DIAG_DONE_AUTO_SYNC')}</p>;
}

function Panel({
  app,
  parsed,
  now,
  actions,
  otherApps,
}: Omit<DiagnosticsSectionProps, 'project'> & { otherApps?: readonly Application[] }) {
  const diagnostics = React.useMemo(() => diagnose(app, parsed, { now, otherApps }), [app, parsed, now, otherApps]);
  const settled = actions.last !== null && actions.last.status !== 'loading';
  return (
    <DiagnosticsPanel
      diagnostics={diagnostics}
      onAction={actions.onAction}
      busy={actions.busy}
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
