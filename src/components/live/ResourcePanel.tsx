import * as React from 'react';
import styled from 'styled-components';
import { Button } from '@kubed/components';
import { Close } from '@kubed/icons';
import { colors, shadows } from '../theme';
import type { LiveTarget } from '../../model/live/treeLiveRows';
import { t } from '../../host';
import { Tabs, type TabItem } from '../detail/Tabs';
import { useUniqueId } from '../detail/useUniqueId';

const Card = styled.section`
  background: ${colors.surface.default};
  border-radius: 4px;
  box-shadow: ${shadows.card};
  padding: 12px 20px 16px;
  margin-top: 12px;
  min-width: 0;
`;

const Head = styled.div`
  display: flex;
  align-items: flex-start;
  gap: 12px;
  margin-bottom: 8px;
`;

const Title = styled.h2`
  flex: 1 1 auto;
  min-width: 0;
  margin: 0;
  font-size: 14px;
  line-height: 20px;
  font-weight: 600;
  color: ${colors.text.primary};
  overflow-wrap: anywhere;
  small {
    display: block;
    font-size: 12px;
    font-weight: 400;
    color: ${colors.text.muted};
  }
`;

const ConsoleLink = styled.a`
  font-size: 12px;
  line-height: 20px;
  color: ${colors.text.link};
  white-space: nowrap;
`;

export const PANEL_TABS = ['summary', 'events', 'yaml', 'drift', 'logs'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

export interface ResourcePanelProps {
  target: LiveTarget;
  /** The KubeSphere cluster the object lives in. */
  cluster: string;
  /** The console's page of this object, when it has one. */
  consoleHref?: string | null;
  tab: PanelTab;
  onTab(tab: PanelTab): void;
  onClose(): void;
  /** Tabs this object has, in order (no logs but for pods; no drift for what Argo CD did not apply). */
  tabs: ReadonlyArray<{ id: PanelTab; render(): React.ReactNode }>;
  /** Replaces the tabs when the object cannot be shown at all (no access, not in the cluster). */
  blocked?: React.ReactNode;
}

const TAB_LABEL: Record<PanelTab, string> = {
  summary: 'GITOPS_LIVE_TAB_SUMMARY',
  events: 'GITOPS_LIVE_TAB_EVENTS',
  yaml: 'GITOPS_LIVE_TAB_YAML',
  drift: 'GITOPS_LIVE_TAB_DRIFT',
  logs: 'GITOPS_LIVE_TAB_LOGS',
};

/**
 * One live object under the tree: what it is and where, a link to its page in the console, and
 * tabs for its state, events, YAML, drift and (pods) logs. Only the open tab renders, so only its
 * data is read.
 */
export function ResourcePanel({ target, cluster, consoleHref, tab, onTab, onClose, tabs, blocked }: ResourcePanelProps) {
  const titleId = useUniqueId('gitops-live-panel');
  const cardRef = React.useRef<HTMLElement>(null);
  // Opened under a long tree, the panel starts below the fold on a laptop: bring it into view
  // (the keyboard focus stays on the tree row it was opened from).
  React.useEffect(() => {
    cardRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);
  const items: TabItem[] = tabs.map((item) => ({ id: item.id, label: t(TAB_LABEL[item.id]), render: item.render }));
  const place = target.namespace
    ? t('GITOPS_LIVE_PLACE', { namespace: target.namespace, cluster })
    : t('GITOPS_LIVE_PLACE_CLUSTER_SCOPED', { cluster });
  return (
    <Card ref={cardRef} aria-labelledby={titleId} className="gitops-live-panel">
      <Head>
        <Title id={titleId}>
          {`${target.kind} ${target.name}`}
          <small>{place}</small>
        </Title>
        {consoleHref ? (
          <ConsoleLink href={consoleHref} target="_blank" rel="noopener noreferrer">
            {t('GITOPS_LIVE_OPEN_IN_CONSOLE')}
          </ConsoleLink>
        ) : null}
        <Button variant="text" size="sm" onClick={onClose} aria-label={t('GITOPS_LIVE_CLOSE_PANEL', { name: target.name })}>
          <Close size={16} />
        </Button>
      </Head>
      {blocked ?? (
        <Tabs items={items} selected={tab} onSelect={(id) => onTab(id as PanelTab)} label={t('GITOPS_LIVE_TABS', { name: target.name })} />
      )}
    </Card>
  );
}
