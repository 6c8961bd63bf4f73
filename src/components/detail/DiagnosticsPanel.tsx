import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import { StatusGlyph } from '../status/StatusBadge';
import { linkButtonCss } from '../common/linkButton';
import { Button } from '@kubed/components';
import { Link } from 'react-router-dom';
import { type Diagnostic, type DiagnosticAction, isActionAllowed } from '../../model';
import type { ApplicationPermissions } from '../../model/application/permissions';
import { labelled, t } from '../../host';
import { VisuallyHidden } from '../common/VisuallyHidden';
import { CopyButton } from '../wizard/CopyButton';
import { Section } from './Section';
import { paramsText } from './diagnosticParams';

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

const LinkButton = styled(Link)`
  ${linkButtonCss}
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
  /** For creating the application again: the create page and the manifest to start from (JSON, which YAML reads too). */
  recreate?: { createTo: string; manifest: string };
  /**
   * What the user may do, as the header reads it. Undefined while unknown: no fix is offered
   * until the rights are known; one the user may not take is left out, with a note instead.
   */
  permissions?: ApplicationPermissions;
  /** What the pods say (live), each with a link to the pod's logs or events. */
  live?: ReadonlyArray<{ diagnostic: Diagnostic; to: string; linkLabel: string }>;
}

interface ActionProps {
  action: DiagnosticAction;
  onAction(a: DiagnosticAction): void;
  busy?: boolean;
  recreate?: DiagnosticsPanelProps['recreate'];
}

function ActionControl({ action, onAction, busy, recreate }: ActionProps) {
  switch (action.type) {
    case 'add-location-label':
      return (
        <Button color="secondary" disabled={busy} onClick={() => onAction(action)}>
          {t('GITOPS_DIAG_ACTION_ADD_LABEL', { location: action.location })}
        </Button>
      );
    case 'finish-deletion':
      return (
        <Button color="secondary" disabled={busy} onClick={() => onAction(action)}>
          {t('GITOPS_DIAG_ACTION_FINISH_DELETION', { location: action.location })}
        </Button>
      );
    case 'remove-finalizers':
      return (
        <Button color="secondary" disabled={busy} onClick={() => onAction(action)}>
          {t('GITOPS_DIAG_ACTION_REMOVE_FINALIZERS')}
        </Button>
      );
    case 'recreate':
      return recreate ? (
        <>
          <LinkButton to={recreate.createTo}>{t('GITOPS_DIAG_ACTION_CREATE_AGAIN')}</LinkButton>
          <CopyButton text={recreate.manifest} label={t('GITOPS_DIAG_ACTION_COPY_MANIFEST')} />
        </>
      ) : null;
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

function DiagnosticItem({
  d,
  permissions,
  link,
  ...rest
}: Omit<ActionProps, 'action'> & { d: Diagnostic; permissions?: ApplicationPermissions; link?: { to: string; label: string } }) {
  const all = [d.action, ...(d.alternatives ?? [])].filter((a): a is DiagnosticAction => a !== undefined);
  const actions = all.filter((a) => isActionAllowed(a, permissions));
  // Known rights that leave a fix out: the explanation stays, with who can apply it.
  const denied = permissions !== undefined && actions.length < all.length;
  const params = paramsText(d.params);
  return (
    <Item className={`gitops-diagnostic gitops-diagnostic-${d.severity}`}>
      <StatusGlyph severity={d.severity} icon={SEVERITY_ICON[d.severity]} size={20} />
      <div>
        <h3>
          <VisuallyHidden>{labelled(t(SEVERITY_WORD[d.severity]))}</VisuallyHidden>
          {t(d.titleKey, params)}
        </h3>
        <p>{t(d.causeKey, params)}</p>
        <p>{t(d.fixKey, params)}</p>
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
        {actions.length || link ? (
          <Actions>
            {link ? <LinkButton to={link.to}>{link.label}</LinkButton> : null}
            {actions.map((a) => (
              <ActionControl key={a.type} action={a} {...rest} />
            ))}
          </Actions>
        ) : null}
        {denied ? <p className="gitops-diagnostic-no-rights">{t('GITOPS_DIAG_FIX_NEEDS_OPERATOR')}</p> : null}
      </div>
    </Item>
  );
}

/** What is wrong with the application and how to fix it, worst first, with one-click fixes. */
export function DiagnosticsPanel({ diagnostics, onAction, busy, footer, recreate, permissions, live = [] }: DiagnosticsPanelProps) {
  if (diagnostics.length === 0 && live.length === 0 && !footer) return null;
  return (
    <Section title={t('GITOPS_SECTION_DIAGNOSTICS')} className="gitops-diagnostics">
      <List>
        {diagnostics.map((d, i) => (
          <DiagnosticItem key={`${d.id}-${i}`} d={d} onAction={onAction} busy={busy} recreate={recreate} permissions={permissions} />
        ))}
        {live.map(({ diagnostic, to, linkLabel }, i) => (
          <DiagnosticItem key={`live-${diagnostic.id}-${i}`} d={diagnostic} onAction={onAction} link={{ to, label: linkLabel }} />
        ))}
      </List>
      {footer}
    </Section>
  );
}
