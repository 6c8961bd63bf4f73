import * as React from 'react';
import styled from 'styled-components';
import { colors, useColor } from '../theme';
import { Button } from '@kubed/components';
import * as Icons from '@kubed/icons';
import type { Diagnostic, DiagnosticAction } from '../../model';
import { t } from '../../host';
import { VisuallyHidden } from '../common/VisuallyHidden';
import { Section } from './Section';

const Item = styled.li`
  display: flex;
  gap: 12px;
  padding: 12px 0;
  border-top: 1px solid ${colors.border.divider};
  &:first-child {
    border-top: 0;
    padding-top: 0;
  }
  h3 {
    font-size: 13px;
    margin: 0 0 4px;
    color: ${colors.text.primary};
  }
  p {
    margin: 0 0 4px;
    font-size: 12px;
    color: ${colors.text.secondary};
    word-break: break-word;
  }
`;

const List = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
`;

const Resources = styled.ul`
  margin: 4px 0;
  padding-left: 16px;
  font-size: 12px;
  color: ${colors.text.muted};
  word-break: break-word;
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
  align-items: center;
  margin-top: 8px;
`;

const SEVERITY_ICON = { error: 'Error', warning: 'Warning', info: 'Information' } as const;
const SEVERITY_WORD = { error: 'GITOPS_SEVERITY_ERROR', warning: 'GITOPS_SEVERITY_WARNING', info: 'GITOPS_SEVERITY_INFO' } as const;

export interface DiagnosticsPanelProps {
  diagnostics: readonly Diagnostic[];
  onAction(action: DiagnosticAction): void;
  /** True while an action's request is on its way; its buttons are disabled. */
  busy?: boolean;
  /** Shown under the list: the result of the last action. */
  footer?: React.ReactNode;
}

function ActionControl({ action, onAction, busy }: { action: DiagnosticAction; onAction(a: DiagnosticAction): void; busy?: boolean }) {
  switch (action.type) {
    case 'add-location-label':
      return (
        <Button color="secondary" disabled={busy} onClick={() => onAction(action)}>
          {t('GITOPS_DIAG_ACTION_ADD_LABEL', { location: action.location })}
        </Button>
      );
    case 'sync':
      return (
        <Button disabled={busy} onClick={() => onAction(action)}>
          {t('GITOPS_DIAG_ACTION_SYNC')}
        </Button>
      );
    case 'enable-auto-sync':
      return (
        <Button variant="outline" disabled={busy} onClick={() => onAction(action)}>
          {t('GITOPS_DIAG_ACTION_ENABLE_AUTO_SYNC')}
        </Button>
      );
    case 'open-git-repositories':
      return <p>{t('GITOPS_DIAG_ACTION_GIT_REPOSITORIES', { repoURL: action.repoURL ?? '' })}</p>;
    default:
      return null;
  }
}

function DiagnosticItem({ d, onAction, busy }: { d: Diagnostic; onAction(a: DiagnosticAction): void; busy?: boolean }) {
  const Icon = (Icons as unknown as Record<string, React.ComponentType<{ size?: number; color?: string; 'aria-hidden'?: boolean }>>)[
    SEVERITY_ICON[d.severity]
  ];
  const actions = [d.action, ...(d.alternatives ?? [])].filter((a): a is DiagnosticAction => a !== undefined);
  const iconColor = useColor(colors.status[d.severity]);
  return (
    <Item className={`gitops-diagnostic gitops-diagnostic-${d.severity}`}>
      {Icon ? <Icon size={20} color={iconColor} aria-hidden /> : null}
      <div>
        <h3>
          <VisuallyHidden>{`${t(SEVERITY_WORD[d.severity])}: `}</VisuallyHidden>
          {t(d.titleKey, d.params)}
        </h3>
        <p>{t(d.causeKey, d.params)}</p>
        <p>{t(d.fixKey, d.params)}</p>
        {d.resources?.length ? (
          <Resources>
            {d.resources.map((r, i) => (
              <li key={`${r.kind}/${r.namespace}/${r.name}/${i}`}>
                {[r.kind, r.namespace ? `${r.namespace}/${r.name}` : r.name].join(' ')}
                {r.status ? ` (${r.status})` : ''}
                {r.message ? `: ${r.message}` : ''}
              </li>
            ))}
          </Resources>
        ) : null}
        {actions.length ? (
          <Actions>
            {actions.map((a) => (
              <ActionControl key={a.type} action={a} onAction={onAction} busy={busy} />
            ))}
          </Actions>
        ) : null}
      </div>
    </Item>
  );
}

/** What is wrong with the application and how to fix it, worst first, with one-click fixes. */
export function DiagnosticsPanel({ diagnostics, onAction, busy, footer }: DiagnosticsPanelProps) {
  if (diagnostics.length === 0 && !footer) return null;
  return (
    <Section title={t('GITOPS_SECTION_DIAGNOSTICS')} className="gitops-diagnostics">
      <List>
        {diagnostics.map((d, i) => (
          <DiagnosticItem key={`${d.id}-${i}`} d={d} onAction={onAction} busy={busy} />
        ))}
      </List>
      {footer}
    </Section>
  );
}
