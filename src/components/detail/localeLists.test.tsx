// @vitest-environment jsdom
import * as React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { diagnose, FINALIZER_APPLICATION, FINALIZER_ARGOCD_RESOURCES, LABEL_ARGOCD_LOCATION, parseArgoStatus } from '../../model';
import { ARGO_STATUS, makeApp } from '../../model/testFixtures';
import { installTestTranslations } from '../../testing/i18n';
import { formatDateTime } from '../common/localeFormat';
import { ReappliedNotice, SharedTargetWarning } from '../wizard/Notices';
import { DiagnosticsPanel } from './DiagnosticsPanel';
import { SummaryPanel } from './SummaryPanel';

afterEach(cleanup);

/**
 * Lists shown to the user are joined as the console's language joins them ("a, b" in English,
 * "a、b" in Chinese), in the detail page's panels and in the wizard's notices alike.
 */
describe('lists in the console’s language', () => {
  function summaryOf(lang: 'en' | 'zh') {
    installTestTranslations(lang);
    const app = makeApp({ automated: true, argoApp: ARGO_STATUS });
    app.spec.argoApp!.spec.syncPolicy!.syncOptions = ['CreateNamespace=true', 'PruneLast=true'];
    render(<SummaryPanel app={app} parsed={parseArgoStatus(app.status?.argoApp)} />, { wrapper: MemoryRouter });
  }

  it('joins the sync policy and the sync options with 、 in Chinese', () => {
    summaryOf('zh');
    expect(screen.getByText('自动同步（清理资源、自愈）')).toBeTruthy();
    expect(screen.getByText('CreateNamespace=true、PruneLast=true')).toBeTruthy();
  });

  it('and with commas in English', () => {
    summaryOf('en');
    expect(screen.getByText('Automatic (prune resources, self-heal)')).toBeTruthy();
    expect(screen.getByText('CreateNamespace=true, PruneLast=true')).toBeTruthy();
  });

  it('joins the finalizers and the shared resources of a diagnosis, and writes its time as a date', () => {
    installTestTranslations('zh');
    const deleting = makeApp({ labels: { [LABEL_ARGOCD_LOCATION]: undefined } });
    deleting.metadata = {
      ...deleting.metadata,
      deletionTimestamp: '2026-12-01T12:00:00Z',
      finalizers: [FINALIZER_APPLICATION, FINALIZER_ARGOCD_RESOURCES],
    };
    const shared = makeApp({
      name: 'shop',
      argoApp: JSON.stringify({
        conditions: ['Service/web', 'ConfigMap/settings'].map((r) => ({
          type: 'SharedResourceWarning',
          message: `${r} is part of applications shop and billing`,
        })),
      }),
    });
    const diagnostics = [...diagnose(deleting, undefined, { now: 0 }), ...diagnose(shared, undefined, { now: 0 })];
    render(<DiagnosticsPanel diagnostics={diagnostics} onAction={() => undefined} />);
    expect(screen.getByText(/起等待删除/).textContent).toContain(
      `应用自 ${formatDateTime('2026-12-01T12:00:00Z', 'zh-CN')} 起等待删除，但缺少标签 ${LABEL_ARGOCD_LOCATION}。`,
    );
    expect(screen.getByText(/起等待删除/).textContent).toContain(`（${FINALIZER_APPLICATION}、${FINALIZER_ARGOCD_RESOURCES}）`);
    expect(screen.getByText(/同时由应用 billing 管理/).textContent).toContain('（Service/web、ConfigMap/settings）');
  });

  it('joins the names and the fields of the wizard’s notices', () => {
    installTestTranslations('zh');
    render(
      <>
        <SharedTargetWarning names={['shop', 'shop-canary']} />
        <ReappliedNotice conflicts={['spec.argoApp.spec.source.path', 'spec.argoApp.spec.source.targetRevision']} />
      </>,
    );
    expect(screen.getByText('以下应用已将此仓库路径部署到相同位置：shop、shop-canary。')).toBeTruthy();
    expect(screen.getByText('以下字段保留了您的值：spec.argoApp.spec.source.path、spec.argoApp.spec.source.targetRevision。')).toBeTruthy();
  });
});
