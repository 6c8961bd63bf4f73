import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../../../components/theme';
import { t } from '../../../host';

const Note = styled.p`
  margin: 12px 0 0;
  padding: 12px 20px;
  font-size: 12px;
  color: ${colors.text.muted};
  background: ${colors.surface.default};
  border-radius: 4px;
`;

/**
 * Around the lazily loaded panel: while its chunk comes, a line saying so; if it cannot come (the
 * extension's file server is down), a message in place of the panel, not a blank page. Keyed by
 * the selection, so choosing another resource tries again.
 */
export class LivePanelBoundary extends React.Component<{ children?: React.ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) return <Note role="alert">{t('GITOPS_LIVE_PANEL_LOAD_FAILED')}</Note>;
    return <React.Suspense fallback={<Note role="status">{t('GITOPS_LIVE_LOADING')}</Note>}>{this.props.children}</React.Suspense>;
  }
}
