// @vitest-environment jsdom
import * as React from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { newApplication } from '../../model/wizard/wizardSubmit';
import { forgetDraftStores, type WizardDraft } from '../../state/drafts';
import { renderWithEmulator } from '../../testing/renderWithEmulator';
import { WizardPage } from './WizardPage';
import { renderEditWizard } from './renderEditWizard';

const project = { cluster: 'host', namespace: 'demo-project' };
const LIST_URL = '/workspaces/demo-workspace/gitops/host/demo-project';
const REPO = 'https://github.com/stoneshi-yunify/argocd-example-apps';

function renderCreate(lang: 'en' | 'zh') {
  const fresh = (): WizardDraft => ({ mode: 'form', step: 'basic', manifest: newApplication('demo-project') });
  return renderWithEmulator(<WizardPage mode="create" workspace="demo-workspace" project={project} fresh={fresh} />, {
    route: `${LIST_URL}/create`,
    user: 'tenant',
    lang,
  });
}

const type = (name: string, value: string) => fireEvent.change(screen.getByRole('textbox', { name }), { target: { value } });
const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));

/** The attribute list of a summary section as "label = value" lines, the way it reads. */
function attributes(testId: string): string[] {
  const list = screen.getByTestId(testId).querySelector('dl') as HTMLElement;
  return [...list.querySelectorAll('dt')].map((dt) => `${dt.textContent} = ${dt.nextElementSibling?.textContent}`);
}

/** The same steps in either language: name, repository and path, namespace, then the Review step. */
async function walkToReview(words: {
  name: string;
  repo: string;
  path: string;
  namespace: string;
  next: string;
  review: RegExp;
  step: RegExp;
}) {
  type(words.name, 'my-app');
  click(words.next);
  await screen.findByRole('heading', { name: words.step });
  type(words.repo, REPO);
  type(words.path, 'guestbook');
  click(words.next);
  type(words.namespace, 'my-app');
  click(words.review);
  await screen.findByTestId('wizard-review-summary');
}

afterEach(() => {
  window.localStorage.clear();
  forgetDraftStores();
});

describe('the review step', () => {
  it('leads with a summary of the new application and folds the exact request below it', async () => {
    renderCreate('en');
    await walkToReview({
      name: 'Name',
      repo: 'Repository URL',
      path: 'Path',
      namespace: 'Namespace',
      next: 'Next',
      review: /Review/,
      step: /Step 2 of 5/,
    });
    expect(attributes('wizard-review-basic')).toEqual([
      'Action = Create a new application',
      'Name = my-app',
      'Alias = Not set',
      'Description = Not set',
    ]);
    expect(attributes('wizard-review-source')).toEqual([
      `Repository URL = ${REPO}`,
      'Revision = HEAD',
      'Path = guestbook',
      'Source type = Directory',
      'Include subfolders = No',
    ]);
    const repo = within(screen.getByTestId('wizard-review-source')).getByRole('link', { name: REPO });
    expect(repo.getAttribute('href')).toBe(REPO);
    expect(repo.getAttribute('rel')).toBe('noopener noreferrer');
    expect(attributes('wizard-review-destination')).toEqual([
      'Identify the cluster by = API server URL',
      'Cluster name = host (in-cluster)',
      'Cluster API server = https://kubernetes.default.svc',
      'Namespace = my-app',
      'Argo CD project = demo-project (the one of this DevOps project)',
    ]);
    expect(attributes('wizard-review-sync')).toEqual(['Sync policy = Manual', 'Sync options = None', 'Retry = No retries']);
    expect(attributes('wizard-review-label')).toEqual([
      'gitops.kubesphere.io/argocd-location = argocdAdded for you: the GitOps controller only manages applications with this label.',
    ]);
    expect(screen.queryByTestId('wizard-review-changes')).toBeNull();

    // The request is folded under a named, focusable summary, and its JSON is in the page all along.
    const fold = screen.getByTestId('wizard-request') as HTMLDetailsElement;
    expect(fold.open).toBe(false);
    const toggle = within(fold).getByText('Request that will be sent');
    expect(toggle.tagName).toBe('SUMMARY');
    const json = JSON.parse(screen.getByTestId('wizard-request-json').textContent ?? '{}');
    expect(json.metadata).toMatchObject({ name: 'my-app', labels: { 'gitops.kubesphere.io/argocd-location': 'argocd' } });
    expect(fold.textContent).toContain("-H 'Content-Type: application/json'");
    fireEvent.click(toggle);
    expect(fold.open).toBe(true);
  });

  it('reads in Chinese', async () => {
    renderCreate('zh');
    await walkToReview({
      name: '名称',
      repo: '仓库地址',
      path: '路径',
      namespace: '项目（命名空间）',
      next: '下一步',
      review: /检查/,
      step: /第 2 步/,
    });
    expect(attributes('wizard-review-basic')).toEqual(['操作 = 创建新应用', '名称 = my-app', '别名 = 未设置', '描述 = 未设置']);
    expect(attributes('wizard-review-source')).toContain('来源类型 = 目录');
    expect(attributes('wizard-review-destination')).toContain('Argo CD 项目 = demo-project（此 DevOps 项目对应的项目）');
    expect(attributes('wizard-review-sync')).toEqual(['同步策略 = 手动同步', '同步选项 = 无', '重试 = 不重试']);
    expect(within(screen.getByTestId('wizard-review-label')).getByText(/已自动添加/)).toBeTruthy();
    expect(within(screen.getByTestId('wizard-request')).getByText('将要发送的请求').tagName).toBe('SUMMARY');
  });

  it('shows what an edit changes at the top, old and new, and keeps the saved label', async () => {
    renderEditWizard();
    type('Path', 'mine');
    click(/Review/);
    const changes = await screen.findByTestId('wizard-review-changes');
    expect(within(changes).getByRole('heading', { name: 'Your changes' })).toBeTruthy();
    expect(attributes('wizard-review-changes')).toEqual(['Path = one→ changed to mine']);
    // The arrow is for the eye; a screen reader hears "changed to".
    expect(within(changes).getByText('→').getAttribute('aria-hidden')).toBe('true');
    expect(attributes('wizard-review-basic')[0]).toBe('Action = Update the saved application');
    expect(attributes('wizard-review-label')).toEqual(['gitops.kubesphere.io/argocd-location = argocdKept from the saved application.']);
  });

  it('says so when an edit changes nothing yet', async () => {
    renderEditWizard();
    click(/Review/);
    const changes = await screen.findByTestId('wizard-review-changes');
    expect(changes.textContent).toContain('Nothing is changed yet');
  });
});
