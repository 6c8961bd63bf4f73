// @vitest-environment jsdom
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Application } from '../../model/application/types';
import { newApplication } from '../../model/wizard/wizardSubmit';
import { forgetDraftStores, type WizardDraft } from '../../state/drafts';
import { renderWithEmulator } from '../../testing/renderWithEmulator';
import { WizardPage } from './WizardPage';

const project = { cluster: 'host', namespace: 'demo-project' };
const LIST_URL = '/workspaces/demo-workspace/gitops/host/demo-project';
const API = '/kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications';

function renderCreate(lang: 'en' | 'zh' = 'en') {
  const fresh = (): WizardDraft => ({ mode: 'form', step: 'basic', manifest: newApplication('demo-project') });
  return renderWithEmulator(<WizardPage mode="create" workspace="demo-workspace" project={project} fresh={fresh} />, {
    route: `${LIST_URL}/create`,
    user: 'tenant',
    lang,
  });
}

function manifest(name: string, helm = ''): string {
  return `apiVersion: gitops.kubesphere.io/v1alpha1
kind: Application
metadata:
  name: ${name}
  namespace: demo-project
  labels:
    gitops.kubesphere.io/argocd-location: argocd
spec:
  kind: argocd
  argoApp:
    spec:
      project: demo-project
      source:
        repoURL: https://github.com/stoneshi-yunify/argocd-example-apps
        path: helm-guestbook
        targetRevision: HEAD
${helm}      destination:
        server: https://kubernetes.default.svc
        namespace: my-app
`;
}

const VALUES_OBJECT = `        helm:
          valuesObject:
            replicaCount: 2
`;

/** Opens the YAML view and replaces its text. */
async function writeYaml(text: string, editorName: string) {
  fireEvent.click(within(screen.getByRole('group', { name: /Editing mode|编辑方式/ })).getByRole('button', { name: 'YAML' }));
  const editor = await screen.findByRole('textbox', { name: editorName });
  fireEvent.change(editor, { target: { value: text } });
  return editor;
}

function describedError(control: HTMLElement): string {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

beforeEach(() => {
  // The plain editor: the code editor needs a real layout engine.
  window.localStorage.setItem('gitops-console:yaml-plain-editor', 'true');
});
afterEach(() => {
  window.localStorage.clear();
  forgetDraftStores();
});

describe('names of 64 characters or more', () => {
  const long = 'a'.repeat(64);

  it('are refused in the YAML view, saying why, and cannot be sent', async () => {
    const page = renderCreate();
    await writeYaml(manifest(long), 'Application YAML');
    await waitFor(() =>
      expect(screen.getByTestId('wizard-yaml-problems').textContent).toContain('metadata.name can have at most 63 characters.'),
    );
    expect(screen.getByTestId('wizard-yaml-form-errors').textContent).toContain('Name: The name can have at most 63 characters.');
    expect(screen.getByRole('button', { name: 'Create' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(page.requests('POST')).toEqual([]);
  });

  it('are refused in Chinese too, in the form and in the YAML view', async () => {
    renderCreate('zh');
    const name = screen.getByRole('textbox', { name: '名称' });
    fireEvent.change(name, { target: { value: long } });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(describedError(name)).toContain('名称最多包含 63 个字符。');
    await writeYaml(manifest(long), '应用 YAML');
    await waitFor(() => expect(screen.getByTestId('wizard-yaml-problems').textContent).toContain('metadata.name 最多 63 个字符。'));
    expect(screen.getByTestId('wizard-yaml-form-errors').textContent).toContain('名称最多包含 63 个字符。');
  });

  it('of exactly 63 characters are fine', async () => {
    renderCreate();
    await writeYaml(manifest('a'.repeat(63)), 'Application YAML');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Create' })).toHaveProperty('disabled', false));
    expect(screen.queryByTestId('wizard-yaml-problems')).toBeNull();
  });
});

describe('the request under the YAML view', () => {
  it('is written out when unfolded, as it will be sent', async () => {
    renderCreate();
    await writeYaml(manifest('folded-app'), 'Application YAML');
    const summary = screen.getByText('Request that will be sent');
    const details = summary.closest('details') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    await waitFor(() => expect(JSON.parse(screen.getByTestId('wizard-request-json').textContent ?? '{}').metadata.name).toBe('folded-app'));
  });
});

describe('keys the server would drop', () => {
  it('are listed calmly before sending, with what to write instead, and sent as written', async () => {
    const page = renderCreate();
    const editor = await writeYaml(manifest('my-app', VALUES_OBJECT), 'Application YAML');
    const notice = await screen.findByTestId('wizard-yaml-dropped');
    expect(notice.textContent).toContain('The server will not keep these fields');
    expect(notice.textContent).toContain('spec.argoApp.spec.source.helm.valuesObject');
    expect(notice.textContent).toContain('Write the Helm values as text under helm.values');
    expect(notice.getAttribute('role')).toBeNull();
    expect(screen.queryByTestId('wizard-yaml-problems')).toBeNull();
    expect(within(notice).getByRole('button', { name: 'Line 18' })).toBeTruthy();
    // The user decides: the key stays in the text, and sending is not blocked.
    expect((editor as HTMLTextAreaElement).value).toContain('valuesObject:');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Create' })).toHaveProperty('disabled', false));
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(page.location()).toBe(`${LIST_URL}/applications/my-app`));
    const sent = page.sent.find((r) => r.method === 'POST' && r.url === API)!.body as Application;
    expect(sent.spec.argoApp?.spec.source.helm).toEqual({ valuesObject: { replicaCount: 2 } });
  });

  it('are listed in Chinese too', async () => {
    renderCreate('zh');
    await writeYaml(manifest('my-app', VALUES_OBJECT), '应用 YAML');
    const notice = await screen.findByTestId('wizard-yaml-dropped');
    expect(notice.textContent).toContain('服务器不会保留以下字段');
    expect(notice.textContent).toContain('请改为在 helm.values 中以文本形式填写 Helm 值');
  });
});

describe('the destination picker', () => {
  it('offers the cluster listed twice as one choice with both names', async () => {
    renderCreate();
    fireEvent.click(within(screen.getByRole('navigation', { name: 'Steps' })).getByRole('button', { name: /Deployment location/ }));
    const select = await screen.findByRole('combobox', { name: 'Cluster API server' });
    await waitFor(() => expect(within(select).getAllByRole('option').length).toBeGreaterThan(1));
    const labels = within(select)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(labels[1]).toBe('host (in-cluster) — https://kubernetes.default.svc');
    expect(labels.filter((l) => l?.startsWith('host'))).toHaveLength(1);
    fireEvent.click(screen.getByRole('radio', { name: 'Name' }));
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Cluster name' })).toHaveProperty('value', 'host'));
  });
});
