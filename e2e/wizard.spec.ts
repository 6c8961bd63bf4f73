import type { Page } from '@playwright/test';
import { baseUrl, expect, expectAccessible, resetEmulator, test } from './fixtures';

const LIST = '/workspaces/demo-workspace/gitops/host/demo-project';
const CREATE = `${LIST}/create`;
const API = '/clusters/host/kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications';
const EXAMPLE_REPO = 'https://github.com/stoneshi-yunify/argocd-example-apps';

async function getApp(page: Page, name: string) {
  const response = await page.request.get(`${baseUrl()}${API}/${name}`);
  expect(response.ok()).toBeTruthy();
  return response.json();
}

/** The plain text editor of the YAML view (remembered per browser, so set once per test). */
async function openPlainYaml(page: Page) {
  await page.getByRole('group', { name: 'Editing mode' }).getByRole('button', { name: 'YAML' }).click();
  const plain = page.getByRole('checkbox', { name: 'Use a plain text editor' });
  if (!(await plain.isChecked())) await plain.check();
  return page.getByRole('textbox', { name: 'Application YAML' });
}

test.describe('create and edit wizard', () => {
  test.beforeEach(async ({ page }) => {
    await resetEmulator(page, { seed: 'demo' });
  });

  test("creates the guide's guestbook through the form and lists it with its badges", async ({ page }) => {
    await page.goto(CREATE);
    await expect(page.getByRole('heading', { level: 1, name: 'Create application' })).toBeVisible();
    await expectAccessible(page);

    // The name is checked as typed, then against the server before leaving the step.
    const name = page.getByRole('textbox', { name: 'Name' });
    await name.fill('Guestbook');
    await expect(page.getByText('The name can contain only lowercase letters')).toBeVisible();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await name.fill('guestbook');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByText('An application named guestbook already exists')).toBeVisible();
    await expect(name).toBeFocused();
    await name.fill('my-guestbook');
    await page.getByRole('textbox', { name: 'Alias' }).fill('My guestbook');
    await page.getByRole('button', { name: 'Next' }).click();

    await expect(page.getByRole('heading', { name: 'Step 2 of 5: Code repository' })).toBeFocused();
    await page
      .getByRole('combobox', { name: 'Repository of the DevOps project' })
      .selectOption({ label: `argocd-example-apps (${EXAMPLE_REPO})` });
    await expect(page.getByRole('textbox', { name: 'Repository URL' })).toHaveValue(EXAMPLE_REPO);
    await expect(page.getByRole('textbox', { name: 'Revision' })).toHaveValue('HEAD');
    await page.getByRole('textbox', { name: 'Path' }).fill('guestbook');
    await page.getByRole('button', { name: 'Next' }).click();

    await page.getByRole('combobox', { name: 'Cluster API server' }).selectOption('https://kubernetes.default.svc');
    await page.getByRole('textbox', { name: 'Namespace' }).fill('guestbook');
    await expect(page.getByTestId('wizard-shared-warning')).toContainText('guestbook-mirror');
    await page.getByRole('textbox', { name: 'Namespace' }).fill('my-guestbook');
    await expect(page.getByTestId('wizard-shared-warning')).toHaveCount(0);
    await page.getByRole('button', { name: 'Next' }).click();

    await page.getByRole('radio', { name: 'Automatic' }).check();
    await page.getByRole('checkbox', { name: 'Prune resources' }).check();
    await page.getByRole('checkbox', { name: 'Self-heal' }).check();
    await page.getByRole('checkbox', { name: 'Create namespace' }).check();
    await page.getByRole('button', { name: 'Next' }).click();

    const json = JSON.parse((await page.getByTestId('wizard-request-json').textContent()) ?? '{}');
    expect(json.metadata.labels['gitops.kubesphere.io/argocd-location']).toBe('argocd');
    expect(json.spec.argoApp.spec).toMatchObject({
      source: { repoURL: EXAMPLE_REPO, targetRevision: 'HEAD', path: 'guestbook' },
      destination: { server: 'https://kubernetes.default.svc', namespace: 'my-guestbook' },
      syncPolicy: { automated: { prune: true, selfHeal: true }, syncOptions: ['CreateNamespace=true'] },
    });
    // The summary leads; the exact request is folded below it.
    await expect(page.getByRole('heading', { name: 'Sync policy' })).toBeVisible();
    await page.getByText('Request that will be sent').click();
    await expect(page.getByText("-H 'Content-Type: application/json'")).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(page).toHaveURL(`${LIST}/applications/my-guestbook`);
    await page.goto(`${LIST}?limit=20`);
    const row = page
      .getByRole('table', { name: 'Applications' })
      .locator('tbody tr')
      .filter({ has: page.getByRole('link', { name: 'my-guestbook', exact: true }) });
    await expect(row).toContainText('My guestbook');
    await expect(row).toContainText('Healthy', { timeout: 30_000 });
    await expect(row).toContainText('Synced');

    // The draft is gone once the application exists.
    await page.goto(CREATE);
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('');
    await expect(page.getByTestId('wizard-draft-restored')).toHaveCount(0);
  });

  test('creates an application through YAML and puts the location label back', async ({ page }) => {
    await page.goto(CREATE);
    const editor = await openPlainYaml(page);
    await editor.fill(
      [
        '# Written by hand',
        'apiVersion: gitops.kubesphere.io/v1alpha1',
        'kind: Application',
        'metadata:',
        '  name: yaml-guestbook',
        'spec:',
        '  argoApp:',
        '    spec:',
        '      source:',
        `        repoURL: ${EXAMPLE_REPO}`,
        '        path: kustomize-guestbook',
        '        kustomize:',
        '          namePrefix: yaml-',
        '      destination:',
        '        server: https://kubernetes.default.svc',
        '        namespace: yaml-guestbook',
        '      syncPolicy:',
        '        syncOptions:',
        '          - CreateNamespace=true',
        '',
      ].join('\n'),
    );
    await expect(page.getByTestId('wizard-label-notice')).toContainText('gitops.kubesphere.io/argocd-location');

    // Form and back: the comment and the unknown-to-the-form kustomize prefix survive.
    await page.getByRole('group', { name: 'Editing mode' }).getByRole('button', { name: 'Form' }).click();
    await page.getByRole('button', { name: /Code repository/ }).click();
    await expect(page.getByRole('radio', { name: 'Kustomize' })).toBeChecked();
    await expect(page.getByRole('textbox', { name: 'Name prefix' })).toHaveValue('yaml-');
    await page.getByRole('textbox', { name: 'Revision' }).fill('master');
    await page.getByRole('group', { name: 'Editing mode' }).getByRole('button', { name: 'YAML' }).click();
    await expect(editor).toHaveValue(/# Written by hand/);
    await expect(editor).toHaveValue(/targetRevision: master/);

    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(page).toHaveURL(`${LIST}/applications/yaml-guestbook`);
    const app = await getApp(page, 'yaml-guestbook');
    expect(app.metadata.labels['gitops.kubesphere.io/argocd-location']).toBe('argocd');
    expect(app.spec.argoApp.spec.source).toMatchObject({ targetRevision: 'master', kustomize: { namePrefix: 'yaml-' } });
  });

  test('edits an application and shows the change', async ({ page }) => {
    const before = await getApp(page, 'kustomize-guestbook');
    await page.goto(`${LIST}/applications/kustomize-guestbook/edit`);
    await expect(page.getByRole('heading', { level: 1, name: 'Edit kustomize-guestbook' })).toBeVisible();
    const name = page.getByRole('textbox', { name: 'Name' });
    await expect(name).toHaveValue('kustomize-guestbook');
    await expect(name).toHaveAttribute('readonly', '');
    await page.getByRole('textbox', { name: 'Description' }).fill('Edited by the wizard');
    await page.getByRole('button', { name: /Sync policy/ }).click();
    await page.getByRole('checkbox', { name: 'Prune last' }).check();
    await page.getByRole('button', { name: /Review/ }).click();
    const json = JSON.parse((await page.getByTestId('wizard-request-json').textContent()) ?? '{}');
    expect(json.metadata.resourceVersion).toBe(before.metadata.resourceVersion);
    expect(json.metadata.labels['gitops.kubesphere.io/argocd-application']).toBe(
      before.metadata.labels['gitops.kubesphere.io/argocd-application'],
    );
    expect(json.metadata.finalizers).toEqual(before.metadata.finalizers);
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    await expect(page).toHaveURL(`${LIST}/applications/kustomize-guestbook`);
    await expect(page.getByText('Edited by the wizard')).toBeVisible();
    const after = await getApp(page, 'kustomize-guestbook');
    expect(after.spec.argoApp.spec.syncPolicy.syncOptions).toContain('PruneLast=true');
    expect(after.metadata.labels['gitops.kubesphere.io/argocd-location']).toBe('argocd');
  });

  test('the draft survives a reload and is discarded only when confirmed', async ({ page }) => {
    await page.goto(CREATE);
    await page.getByRole('textbox', { name: 'Name' }).fill('half-done');
    await page.getByRole('textbox', { name: 'Alias' }).fill('Half done');
    await page.reload();
    await expect(page.getByTestId('wizard-draft-restored')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('half-done');
    await expect(page.getByRole('textbox', { name: 'Alias' })).toHaveValue('Half done');

    await page.getByTestId('wizard-draft-restored').getByRole('button', { name: 'Discard draft' }).click();
    const confirm = page.getByRole('group', { name: 'Discard all changes of this draft?' });
    await expect(confirm.getByRole('button', { name: 'Discard' })).toBeFocused();
    await confirm.getByRole('button', { name: 'Discard' }).click();
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('');
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('');
  });

  test('invalid YAML shows its line, keeps the text and blocks submitting', async ({ page }) => {
    await page.goto(CREATE);
    const editor = await openPlainYaml(page);
    const broken = 'metadata:\n  name: a: b\n';
    await editor.fill(broken);
    await expect(page.getByTestId('wizard-yaml-error')).toContainText('line 2');
    await expect(editor).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('button', { name: 'Create', exact: true })).toBeDisabled();
    const form = page.getByRole('group', { name: 'Editing mode' }).getByRole('button', { name: 'Form' });
    await expect(form).toHaveAttribute('aria-disabled', 'true');
    await form.click({ force: true });
    await expect(editor).toHaveValue(broken);

    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Application YAML' })).toHaveValue(broken);
    await expect(page.getByRole('button', { name: 'Create', exact: true })).toBeDisabled();
  });

  test('Monaco loads only with the YAML view, offline, checks and completes from the schema, and creates', async ({ page }) => {
    const editorFiles: string[] = [];
    page.on('request', (r) => {
      if (/\/(MonacoEditor|editor\.worker|yaml\.worker|messagesZh)-[^/]*\.js/.test(r.url())) editorFiles.push(new URL(r.url()).pathname);
    });
    await page.goto(`${LIST}?limit=20`);
    await expect(page.getByRole('table', { name: 'Applications' })).toBeVisible();
    // Not with the entry nor the list: only the wizard fetches the editor (at idle time, or sooner on a pointer).
    expect(editorFiles).toEqual([]);
    await page.goto(CREATE);
    await expect(page.getByRole('textbox', { name: 'Name' })).toBeVisible();

    // Pointing at the YAML switch starts fetching the editor before the click.
    const yamlButton = page.getByRole('group', { name: 'Editing mode' }).getByRole('button', { name: 'YAML' });
    await yamlButton.hover();
    await expect.poll(() => editorFiles.some((f) => f.includes('/MonacoEditor-'))).toBe(true);
    await yamlButton.click();
    const plain = page.getByRole('checkbox', { name: 'Use a plain text editor' });
    if (await plain.isChecked()) await plain.uncheck();
    const frame = page.getByTestId('wizard-code-editor');
    const lines = frame.locator('.view-lines');
    await expect(lines).toContainText('gitops.kubesphere.io/argocd-location');
    await expect(frame.getByRole('textbox', { name: 'Application YAML' })).toHaveCount(1);
    // The chunk and the schema worker come through the extension's ReverseProxy, as KubeSphere 4.1.x
    // serves them (the fixture fails on any other origin).
    const fetched = () => editorFiles.map((f) => f.replace(/-[\w-]{8}\.js$/, ''));
    await expect.poll(fetched).toContain('/proxy/gitops-console/yaml.worker');
    expect(fetched()).toContain('/proxy/gitops-console/MonacoEditor');
    expect(editorFiles.filter((f) => !f.startsWith('/proxy/gitops-console/'))).toEqual([]);
    // Monaco's Chinese strings are for a Chinese console only.
    expect(fetched()).not.toContain('/proxy/gitops-console/messagesZh');

    // A new top-level key: monaco-yaml offers the schema's fields.
    await lines.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('sta');
    await expect(page.getByRole('listbox').getByRole('option', { name: /status/ })).toBeVisible();
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    // A syntax error: underlined by the YAML worker, reported with its line, and submitting is blocked.
    await page.keyboard.type('tus: a: b');
    await expect(page.getByTestId('wizard-yaml-error')).toContainText('line');
    await expect(frame.locator('.squiggly-error').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Create', exact: true })).toBeDisabled();

    // Tab leaves the editor, so the keyboard never gets stuck in it.
    await lines.click();
    await expect(frame.getByRole('textbox', { name: 'Application YAML' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(frame.getByRole('textbox', { name: 'Application YAML' })).not.toBeFocused();
    await lines.click();

    // A whole manifest pasted over the text creates the application; the location label comes back.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    await page.evaluate(
      (text) => navigator.clipboard.writeText(text),
      [
        'apiVersion: gitops.kubesphere.io/v1alpha1',
        'kind: Application',
        'metadata:',
        '  name: monaco-guestbook',
        'spec:',
        '  argoApp:',
        '    spec:',
        '      source:',
        `        repoURL: ${EXAMPLE_REPO}`,
        '        path: guestbook',
        '      destination:',
        '        server: https://kubernetes.default.svc',
        '        namespace: monaco-guestbook',
        '',
      ].join('\n'),
    );
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+V');
    await expect(page.getByTestId('wizard-yaml-error')).toHaveCount(0);
    await expect(page.getByTestId('wizard-label-notice')).toContainText('gitops.kubesphere.io/argocd-location');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(page).toHaveURL(`${LIST}/applications/monaco-guestbook`);
    const app = await getApp(page, 'monaco-guestbook');
    expect(app.metadata.labels['gitops.kubesphere.io/argocd-location']).toBe('argocd');
    expect(app.spec.argoApp.spec.source).toMatchObject({ repoURL: EXAMPLE_REPO, path: 'guestbook' });
  });
});
