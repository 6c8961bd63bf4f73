import * as React from 'react';
import styled from 'styled-components';
import { Checkbox } from '@kubed/components';
import { colors } from '../theme';
import { lastAppliedDrift } from '../../model/live/drift';
import { consoleLanguage, t } from '../../host';
import { Empty } from '../detail/tableStyles';

/**
 * Monaco comes in its own chunks, fetched when a YAML or drift tab first opens (the same editor
 * chunk as the wizard's YAML view, so a visit loads it once). A Chinese console loads Monaco's
 * Chinese strings first, as the wizard does.
 */
const zhStrings = async () => {
  if (consoleLanguage() === 'zh') await import('../yaml/monaco/messagesZh');
};
const LiveYamlViewer = React.lazy(async () => {
  await zhStrings();
  return import('./code/LiveYamlViewer');
});
const LiveDiffViewer = React.lazy(async () => {
  await zhStrings();
  return import('./code/LiveDiffViewer');
});

const Loading = styled.p`
  margin: 0;
  padding: 16px 0;
  font-size: 12px;
  color: ${colors.text.muted};
`;

const Changed = styled.ul`
  margin: 0 0 12px;
  padding-left: 20px;
  font-size: 12px;
  color: ${colors.text.primary};
`;

/** A field path in monospace (not \`code\`, which the console's global style decorates). */
const FieldPath = styled.span`
  font-family: Monaco, Menlo, Consolas, monospace;
  overflow-wrap: anywhere;
`;

const Lead = styled.p`
  margin: 0 0 8px;
  font-size: 12px;
  color: ${colors.text.secondary};
`;

/**
 * The viewer, or a line saying it could not be loaded (its chunk did not come): the rest of the
 * panel, such as the list of drifted fields, stays readable either way.
 */
class ViewerBoundary extends React.Component<{ children?: React.ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) return <Loading role="status">{t('GITOPS_LIVE_EDITOR_FAILED')}</Loading>;
    return (
      <React.Suspense fallback={<Loading role="status">{t('GITOPS_LIVE_EDITOR_LOADING')}</Loading>}>{this.props.children}</React.Suspense>
    );
  }
}

/** A stable model name per object, so Monaco keeps one model per object across refreshes. */
const modelPath = (id: string) => `inmemory://gitops-console/live/${encodeURIComponent(id)}`;

function withoutManagedFields(object: unknown): unknown {
  if (!object || typeof object !== 'object' || Array.isArray(object)) return object;
  const o = object as { metadata?: Record<string, unknown> };
  if (!o.metadata || !('managedFields' in o.metadata)) return object;
  const { managedFields: _managed, ...metadata } = o.metadata;
  return { ...o, metadata };
}

/** The live object's YAML, read-only; managed fields hidden unless asked for (they are long and rarely read). */
export function LiveYaml({ object, id }: { object: unknown; id: string }) {
  const [managed, setManaged] = React.useState(false);
  const shown = React.useMemo(() => (managed ? object : withoutManagedFields(object)), [object, managed]);
  return (
    <>
      <Checkbox
        label={t('GITOPS_LIVE_SHOW_MANAGED_FIELDS')}
        checked={managed}
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => setManaged(e.target.checked)}
      />
      <ViewerBoundary>
        <LiveYamlViewer object={shown} label={t('GITOPS_LIVE_YAML_LABEL')} path={`${modelPath(id)}.yaml`} />
      </ViewerBoundary>
    </>
  );
}

const UNAVAILABLE_KEY = {
  'server-side-apply': 'GITOPS_LIVE_DRIFT_SSA',
  'no-annotation': 'GITOPS_LIVE_DRIFT_NO_ANNOTATION',
  unreadable: 'GITOPS_LIVE_DRIFT_UNREADABLE',
} as const;

/** What changed in the cluster since the last sync: last applied against live, field by field. */
export function DriftView({ object, id }: { object: unknown; id: string }) {
  const drift = React.useMemo(() => lastAppliedDrift(object), [object]);
  if (!drift.ok) return <Empty role="status">{t(UNAVAILABLE_KEY[drift.reason])}</Empty>;
  if (drift.changed.length === 0) return <Empty role="status">{t('GITOPS_LIVE_DRIFT_NONE')}</Empty>;
  return (
    <>
      <Lead>
        {t(drift.changed.length === 1 ? 'GITOPS_LIVE_DRIFT_CHANGED_ONE' : 'GITOPS_LIVE_DRIFT_CHANGED', { count: drift.changed.length })}
      </Lead>
      <Changed aria-label={t('GITOPS_LIVE_DRIFT_FIELDS')}>
        {drift.changed.map((path) => (
          <li key={path}>
            <FieldPath>{path}</FieldPath>
          </li>
        ))}
      </Changed>
      <ViewerBoundary>
        <LiveDiffViewer original={drift.applied} modified={drift.live} label={t('GITOPS_LIVE_DRIFT_LIVE')} path={modelPath(id)} />
      </ViewerBoundary>
    </>
  );
}
