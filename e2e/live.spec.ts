import type { Locator, Request } from '@playwright/test';
import locales from '../src/locales';
import { baseUrl, expect, expectAccessible, resetEmulator, setEmulatorConfig, test, useAs, type Page } from './fixtures';

/**
 * What runs in the cluster, on the detail page of the demo's degraded application: the live rows
 * under a workload of the resource tree and the panel of one object (Status, Events, Live YAML,
 * Drift, Logs), the overview's pod diagnoses that lead into it, and who may read what. In en and zh.
 *
 * The demo: `payment-service` deploys Deployment `payment-degraded` into `payments` on host; its
 * current ReplicaSet runs two pods in CrashLoopBackOff (one last ended Error exit 1, one OOMKilled
 * exit 137) and a Pending one the scheduler cannot place (the Deployment drifted to 3 replicas);
 * its ConfigMap was applied server-side. Pod names are random: read from the page, never written here.
 */
const PROJECT = '/workspaces/demo-workspace/gitops/host/demo-project';
const APP = 'payment-service';
const DETAIL = `${PROJECT}/applications/${APP}`;
const API = `/clusters/host/kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications/${APP}`;
const NAMESPACE = 'payments';
const DEPLOYMENT = 'payment-degraded';
const CONFIGMAP = 'payment-degraded-config';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A locale string as a pattern: its `{params}` match any text without spaces, unless given. */
const pattern = (text: string) => new RegExp(escape(text).replace(/\\\{\w+\\\}/g, '\\S+'));

/** The last line a crashed run writes (mocks/emulator/sim/live-logs.ts `endingLines`): a Go panic, or nothing after the OOM kill's warnings. */
const CRASH_LINE = 'panic: runtime error: invalid memory address or nil pointer dereference';
const OOM_LINE = 'msg="cache size above soft limit"';
const FIRST_LINE = 'level=info msg="starting"';

interface HistoryEntry {
  id: number;
  revision: string;
}

async function readApp(page: Page) {
  const response = await page.request.get(`${baseUrl()}${API}`, { headers: { 'x-emulator-user': 'admin' } });
  expect(response.ok()).toBeTruthy();
  const app = await response.json();
  const status = app.status?.argoApp ? JSON.parse(app.status.argoApp) : {};
  return status as {
    history?: HistoryEntry[];
    operationState?: { phase?: string; operation?: { sync?: { revision?: string } }; syncResult?: { revision?: string } };
  };
}

/** A read of the destination cluster's Kubernetes API (core or apps group), with or without the cluster prefix. */
const LIVE_REQUEST = /\/api\/v1\/|\/apis\/apps\//;

for (const lang of ['en', 'zh'] as const) {
  const t = (key: string, params: Record<string, string | number> = {}) => {
    const text = locales[lang][key];
    if (text === undefined) throw new Error(`no ${lang} string ${key}`);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };

  const tree = (page: Page) => page.getByRole('tree', { name: t('GITOPS_TREE_LABEL') });
  /** The tree row whose name is exactly `name` (not the rows of its ReplicaSets and pods), of that kind when given. */
  const row = (page: Page, name: string, kind?: string) => {
    const named = tree(page)
      .getByRole('treeitem')
      .filter({ has: page.getByText(name, { exact: true }) });
    return kind ? named.filter({ has: page.getByText(kind, { exact: true }) }) : named;
  };
  const podRows = (page: Page) =>
    tree(page)
      .getByRole('treeitem')
      .filter({ has: page.getByText(t('GITOPS_LIVE_KIND_POD'), { exact: true }) });
  const panel = (page: Page) => page.locator('section.gitops-live-panel');
  const panelTab = (page: Page, key: string) => panel(page).getByRole('tab', { name: t(key), exact: true });

  /** The Resources tab of payment-service with the Deployment open: its ReplicaSets and pods listed. */
  async function openDeployment(page: Page) {
    await page.goto(`${DETAIL}?tab=resources`);
    const deployment = row(page, DEPLOYMENT, 'Deployment');
    await expect(deployment).toBeVisible();
    await expect(deployment).toHaveAttribute('aria-expanded', 'false');
    await deployment.locator('[data-tree-toggle]').click();
    await expect(deployment).toHaveAttribute('aria-expanded', 'true');
    await expect(podRows(page)).toHaveCount(3);
    return deployment;
  }

  /** Opens the first pod in CrashLoopBackOff; returns its name and how its last run ended. */
  async function openCrashingPod(page: Page) {
    const pod = podRows(page).filter({ hasText: 'CrashLoopBackOff' }).first();
    const name = (await pod.getByTitle(/^payment-degraded-/).getAttribute('title'))!;
    await pod.getByTitle(name).click();
    await expect(page).toHaveURL(new RegExp(`[?&]resource=${escape(encodeURIComponent(`/v1/Pod/${NAMESPACE}/${name}`))}`));
    await expect(panel(page).getByRole('heading', { level: 2 })).toContainText(`Pod ${name}`);
    await expect(panel(page)).toContainText(t('GITOPS_LIVE_PLACE', { namespace: NAMESPACE, cluster: 'host' }));
    const app = panel(page)
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: 'app', exact: true }) });
    await expect(app).toContainText('CrashLoopBackOff');
    const ended = (await app.getByRole('cell').nth(4).innerText()).trim();
    const oom = ended.startsWith('OOMKilled');
    const last = t('GITOPS_LIVE_CONTAINER_LAST', { reason: oom ? 'OOMKilled' : 'Error', code: oom ? 137 : 1, time: '@' }).split('@')[0];
    expect(ended.startsWith(last), `"${ended}" starts with "${last}"`).toBe(true);
    return { name, oom, app };
  }

  test.describe(`live objects of an application in ${lang}`, () => {
    test.beforeEach(async ({ page }) => {
      await resetEmulator(page, { seed: 'demo' });
      await setEmulatorConfig(page, { timing: 'fast' });
    });

    test('nothing live is read until a workload opens, then through the cluster prefix', async ({ page }) => {
      await useAs(page, { user: 'tenant', lang });
      const requests: string[] = [];
      const record = (r: Request) => requests.push(new URL(r.url()).pathname + new URL(r.url()).search);
      page.on('request', record);
      await page.goto(`${DETAIL}?tab=resources`);
      const deployment = row(page, DEPLOYMENT, 'Deployment');
      await expect(deployment).toBeVisible();
      await expect(row(page, CONFIGMAP, 'ConfigMap')).toBeVisible();
      // Let the page settle (its own polls run meanwhile): still nothing from the cluster.
      await page.waitForTimeout(2_000);
      expect(
        requests.filter((u) => LIVE_REQUEST.test(u)),
        'live reads before anything was opened',
      ).toEqual([]);

      await deployment.locator('[data-tree-toggle]').click();
      await expect(podRows(page)).toHaveCount(3);
      const live = requests.filter((u) => LIVE_REQUEST.test(u));
      // Multicluster (the standalone console's default): every read names the cluster.
      expect(live.length).toBeGreaterThan(0);
      for (const url of live) expect(url).toMatch(/^\/clusters\/host\/(api\/v1|apis\/apps\/v1)\/namespaces\/payments\//);
      expect(live.some((u) => u.startsWith(`/clusters/host/apis/apps/v1/namespaces/payments/deployments/${DEPLOYMENT}`))).toBe(true);
      expect(live.some((u) => u.startsWith('/clusters/host/apis/apps/v1/namespaces/payments/replicasets'))).toBe(true);
      expect(live.some((u) => u.startsWith('/clusters/host/api/v1/namespaces/payments/pods'))).toBe(true);
      page.off('request', record);
    });

    test('a single-cluster console reads without the cluster prefix', async ({ page }) => {
      await useAs(page, { user: 'tenant', lang, clusters: 'single' });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await openDeployment(page);
      const live = requests.filter((u) => LIVE_REQUEST.test(u));
      expect(live.length).toBeGreaterThan(0);
      for (const url of live) expect(url).toMatch(/^\/(api\/v1|apis\/apps\/v1)\/namespaces\/payments\//);
    });

    test('an operator reads a crashing pod: failing pods first, its state, its BackOff and the crashed run', async ({ page }) => {
      await useAs(page, { user: 'tenant', lang });
      await openDeployment(page);
      let name = '';
      let oom = false;
      let app: Locator = page.locator('none');

      await test.step('the tree lists failing pods first', async () => {
        // The current ReplicaSet (revision 2) holds the pods, the old one none; failing pods first.
        const current = tree(page)
          .getByRole('treeitem')
          .filter({ hasText: t('GITOPS_LIVE_RS_REVISION', { revision: 2 }) });
        await expect(current).toHaveCount(1);
        await expect(
          tree(page)
            .getByRole('treeitem')
            .filter({ hasText: t('GITOPS_LIVE_RS_OLD') }),
        ).toHaveCount(1);
        const rows = await tree(page)
          .getByRole('treeitem')
          .evaluateAll((items) =>
            items
              .map((el) => ({
                index: Number(el.getAttribute('data-row-index')),
                level: Number(el.getAttribute('aria-level')),
                text: el.textContent ?? '',
              }))
              .sort((a, b) => a.index - b.index),
          );
        const at = rows.findIndex((r) => r.text.includes(t('GITOPS_LIVE_RS_REVISION', { revision: 2 })));
        const firstPod = rows[at + 1];
        expect(firstPod.level).toBe(rows[at].level + 1);
        expect(firstPod.text).toContain(t('GITOPS_LIVE_KIND_POD'));
        expect(firstPod.text).toMatch(/CrashLoopBackOff|Pending/);
        await expect(podRows(page).filter({ hasText: 'CrashLoopBackOff' })).toHaveCount(2);
        await expect(podRows(page).filter({ hasText: 'Pending' })).toHaveCount(1);
      });
      await test.step('Status', async () => {
        // Status: the pod's containers, the app container waiting after its last crash.
        ({ name, oom, app } = await openCrashingPod(page));
        await expect(panelTab(page, 'GITOPS_LIVE_TAB_SUMMARY')).toHaveAttribute('aria-selected', 'true');
        await expect(panel(page).getByRole('tab')).toHaveText(
          ['GITOPS_LIVE_TAB_SUMMARY', 'GITOPS_LIVE_TAB_EVENTS', 'GITOPS_LIVE_TAB_YAML', 'GITOPS_LIVE_TAB_LOGS'].map((k) => t(k)),
        );
        await expect(panel(page)).toContainText(t('GITOPS_LIVE_CONTAINERS'));
        await expect(row(page, name)).toHaveAttribute('aria-selected', 'true');
        await expectAccessible(page, 'section.gitops-live-panel');
      });
      await test.step('Events', async () => {
        // Events: the kubelet's back-off, a warning.
        await panelTab(page, 'GITOPS_LIVE_TAB_EVENTS').click();
        await expect(page).toHaveURL(/[?&]panel=events/);
        const backOff = panel(page)
          .getByRole('row')
          .filter({ has: page.getByRole('cell', { name: 'BackOff', exact: true }) });
        await expect(backOff).toHaveCount(1);
        await expect(backOff).toContainText(t('GITOPS_LIVE_EVENT_WARNING'));
        await expect(backOff).toContainText(`Back-off restarting failed container app in pod ${name}`);
        await expectAccessible(page, 'section.gitops-live-panel');
      });
      await test.step('Logs of the previous run', async () => {
        // Logs of the previous run, from the Status tab: how the crashed run began and ended.
        await panelTab(page, 'GITOPS_LIVE_TAB_SUMMARY').click();
        await app.getByRole('button', { name: t('GITOPS_LIVE_PREVIOUS_LOGS_OF', { container: 'app' }) }).click();
        await expect(page).toHaveURL(/[?&]panel=logs/);
        await expect(page).toHaveURL(/[?&]container=app/);
        await expect(page).toHaveURL(/[?&]previous=1/);
        await expect(panelTab(page, 'GITOPS_LIVE_TAB_LOGS')).toHaveAttribute('aria-selected', 'true');
        const logs = panel(page).getByRole('region', { name: t('GITOPS_LOGS_REGION', { pod: name }) });
        await expect(logs.getByRole('checkbox', { name: t('GITOPS_LOGS_PREVIOUS') })).toBeChecked();
        await expect(logs.getByRole('checkbox', { name: t('GITOPS_LOGS_FOLLOW') })).not.toBeChecked();
        await expect(logs).toContainText(t('GITOPS_LOGS_LAST_EXIT', { reason: oom ? 'OOMKilled' : 'Error', code: oom ? 137 : 1 }));
        const view = logs.getByRole('region', { name: t('GITOPS_LOGS_VIEW') });
        await expect(view).toContainText(FIRST_LINE);
        await expect(view).toContainText(`pod=${name}`);
        const search = logs.getByRole('searchbox', { name: t('GITOPS_LOGS_SEARCH') });
        await search.fill(oom ? OOM_LINE : CRASH_LINE);
        await expect(logs.locator('.gitops-logs-match-count')).toHaveText(
          oom ? t('GITOPS_LOGS_MATCH_COUNT', { total: 2 }) : t('GITOPS_LOGS_MATCH_ONE'),
        );
        await search.press('Enter');
        await expect(view.locator('[data-current]')).toContainText(oom ? OOM_LINE : CRASH_LINE);
        await expectAccessible(page, 'section.gitops-live-panel');
      });
      await test.step('a reload', async () => {
        // A reload keeps the panel, its tab and the run.
        await page.reload();
        await expect(panelTab(page, 'GITOPS_LIVE_TAB_LOGS')).toHaveAttribute('aria-selected', 'true');
        await expect(panel(page).getByRole('checkbox', { name: t('GITOPS_LOGS_PREVIOUS') })).toBeChecked();
      });
    });

    test('the drift of the Deployment, and why the ConfigMap has none to show', async ({ page }) => {
      await useAs(page, { user: 'tenant', lang });
      await page.goto(`${DETAIL}?tab=resources`);
      await row(page, DEPLOYMENT, 'Deployment').getByText(DEPLOYMENT, { exact: true }).click();
      await expect(panel(page).getByRole('heading', { level: 2 })).toContainText(`Deployment ${DEPLOYMENT}`);
      await expect(page).toHaveURL(
        new RegExp(`[?&]resource=${escape(encodeURIComponent(`apps/v1/Deployment/${NAMESPACE}/${DEPLOYMENT}`))}`),
      );
      await expect(panel(page).getByRole('tab')).toHaveText(
        ['GITOPS_LIVE_TAB_SUMMARY', 'GITOPS_LIVE_TAB_EVENTS', 'GITOPS_LIVE_TAB_YAML', 'GITOPS_LIVE_TAB_DRIFT'].map((k) => t(k)),
      );
      await panelTab(page, 'GITOPS_LIVE_TAB_DRIFT').click();
      await expect(page).toHaveURL(/[?&]panel=drift/);
      await expect(panel(page)).toContainText(t('GITOPS_LIVE_DRIFT_CHANGED_ONE'));
      await expect(
        panel(page)
          .getByRole('list', { name: t('GITOPS_LIVE_DRIFT_FIELDS') })
          .getByRole('listitem'),
      ).toHaveText(['spec.replicas']);
      const diff = panel(page).locator('[data-testid=live-diff-viewer]');
      await expect(diff).toBeVisible();
      await expect(diff.locator('.monaco-diff-editor')).toBeVisible({ timeout: 20_000 });
      await expect(diff.locator('.modified-in-monaco-diff-editor .view-lines')).toContainText('replicas: 3');
      await expect(diff.locator('.original-in-monaco-diff-editor .view-lines')).toContainText('replicas: 2');

      await panelTab(page, 'GITOPS_LIVE_TAB_YAML').click();
      await expect(page).toHaveURL(/[?&]panel=yaml/);
      await expect(panel(page).locator('.monaco-editor .view-lines')).toContainText('kind: Deployment', { timeout: 20_000 });

      await row(page, CONFIGMAP, 'ConfigMap').getByText(CONFIGMAP, { exact: true }).click();
      await expect(panel(page).getByRole('heading', { level: 2 })).toContainText(`ConfigMap ${CONFIGMAP}`);
      // The tab chosen stays in the address only for the object it was chosen on.
      await expect(page).not.toHaveURL(/[?&]panel=/);
      await panelTab(page, 'GITOPS_LIVE_TAB_DRIFT').click();
      await expect(panel(page).getByRole('status')).toHaveText(t('GITOPS_LIVE_DRIFT_SSA'));
      await expect(panel(page).locator('[data-testid=live-diff-viewer]')).toHaveCount(0);
    });

    test('the overview names the crash loop and leads to the logs of the pod', async ({ page }) => {
      await useAs(page, { user: 'tenant', lang });
      await page.goto(DETAIL);
      const diagnostics = page.getByRole('region', { name: t('GITOPS_SECTION_DIAGNOSTICS') });
      const crash = diagnostics
        .locator('.gitops-diagnostic')
        .filter({ hasText: t('GITOPS_DIAG_POD_CRASHLOOP_TITLE', { workload: DEPLOYMENT }) });
      await expect(crash).toHaveCount(1);
      await expect(diagnostics).toContainText(t('GITOPS_DIAG_POD_UNSCHEDULABLE_TITLE', { workload: DEPLOYMENT }));
      const link = crash.getByRole('link', { name: pattern(t('GITOPS_DIAG_POD_OPEN_LOGS')) });
      await expect(link).toHaveCount(1);
      const label = (await link.innerText()).trim();
      const pod = /payment-degraded-[a-z0-9]+-[a-z0-9]+/.exec(label)?.[0];
      expect(pod, `a pod in "${label}"`).toBeTruthy();
      await expectAccessible(page);

      await link.click();
      await expect(page).toHaveURL(/[?&]tab=resources/);
      await expect(page).toHaveURL(/[?&]panel=logs/);
      await expect(page).toHaveURL(/[?&]previous=1/);
      await expect(page.getByRole('tab', { name: t('GITOPS_TAB_RESOURCES') })).toHaveAttribute('aria-selected', 'true');
      await expect(panel(page).getByRole('heading', { level: 2 })).toContainText(`Pod ${pod}`);
      await expect(panelTab(page, 'GITOPS_LIVE_TAB_LOGS')).toHaveAttribute('aria-selected', 'true');
      const logs = panel(page).getByRole('region', { name: t('GITOPS_LOGS_REGION', { pod: pod! }) });
      await expect(logs.getByRole('checkbox', { name: t('GITOPS_LOGS_PREVIOUS') })).toBeChecked();
      await expect(logs.getByRole('region', { name: t('GITOPS_LOGS_VIEW') })).toContainText(`pod=${pod}`);
    });

    test('an operator redeploys the previous revision of payment-service from the history', async ({ page }) => {
      // The entry before the current one (the last): Argo CD numbers its history from 0.
      const history0 = [...(await readApp(page)).history!].sort((a, b) => a.id - b.id);
      expect(history0.length).toBeGreaterThanOrEqual(2);
      const previous = history0[history0.length - 2];
      const id = previous.id;
      const short = previous.revision.slice(0, 7);
      await useAs(page, { user: 'tenant', lang });
      await page.goto(`${DETAIL}?tab=history`);
      const history = page.getByRole('region', { name: t('GITOPS_SECTION_HISTORY') });
      const trigger = history.getByRole('button', { name: t('GITOPS_REDEPLOY_ROW_LABEL', { revision: short, id }), exact: true });
      await trigger.click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toContainText(t('GITOPS_REDEPLOY_TITLE', { revision: short, id }));
      await expect(dialog).toContainText(previous.revision);
      // payment-service syncs by hand: nothing to turn off first.
      await expect(dialog.getByRole('checkbox', { name: t('GITOPS_REDEPLOY_TURN_OFF_AUTO_SYNC') })).toHaveCount(0);
      await dialog.getByRole('button', { name: t('GITOPS_REDEPLOY'), exact: true }).click();
      await expect(dialog).toHaveCount(0);
      await expect
        .poll(async () => {
          const op = (await readApp(page)).operationState;
          return op?.phase === 'Succeeded' ? [op.operation?.sync?.revision, op.syncResult?.revision] : null;
        })
        .toEqual([previous.revision, previous.revision]);
    });

    test('a view-only user sees the same live data, and no Redeploy', async ({ page }) => {
      await useAs(page, { user: 'viewer', lang });
      await openDeployment(page);
      await expect(podRows(page).first()).toContainText(/CrashLoopBackOff|Pending/);
      const { name, oom } = await openCrashingPod(page);
      await panelTab(page, 'GITOPS_LIVE_TAB_EVENTS').click();
      await expect(panel(page).getByRole('cell', { name: 'BackOff', exact: true })).toBeVisible();
      // The current log of a container waiting in CrashLoopBackOff is its last run, shown to its end.
      await panelTab(page, 'GITOPS_LIVE_TAB_LOGS').click();
      await expect(
        panel(page)
          .getByRole('region', { name: t('GITOPS_LOGS_REGION', { pod: name }) })
          .getByRole('region', { name: t('GITOPS_LOGS_VIEW') }),
      ).toContainText(oom ? OOM_LINE : CRASH_LINE);

      await page.getByRole('tab', { name: t('GITOPS_TAB_HISTORY') }).click();
      const history = page.getByRole('region', { name: t('GITOPS_SECTION_HISTORY') });
      await expect(history.getByRole('row')).toHaveCount((await readApp(page)).history!.length + 1);
      await expect(page.getByText(t('GITOPS_DETAIL_VIEW_ONLY'))).toBeVisible();
      await expect(page.getByRole('button', { name: new RegExp(escape(t('GITOPS_REDEPLOY'))) })).toHaveCount(0);
    });

    test('a DevOps member who cannot read the namespace is told so; Argo CD’s tree stays', async ({ page, watch }) => {
      // The cluster refuses the reads (403): expected, and shown as such.
      watch.ignoreConsoleErrors(/status of 403/);
      await useAs(page, { user: 'devops-only', lang });
      await page.goto(`${DETAIL}?tab=resources`);
      await expect(row(page, CONFIGMAP, 'ConfigMap')).toBeVisible();
      const deployment = row(page, DEPLOYMENT, 'Deployment');
      await deployment.locator('[data-tree-toggle]').click();
      const noAccess = t('GITOPS_LIVE_NO_ACCESS', { namespace: NAMESPACE, cluster: 'host' });
      await expect(tree(page).getByRole('treeitem').filter({ hasText: noAccess })).toHaveCount(1);
      await expect(podRows(page)).toHaveCount(0);
      // Argo CD's view: the Deployment and the ConfigMap, with their health.
      await expect(deployment).toBeVisible();
      await expect(row(page, CONFIGMAP, 'ConfigMap')).toBeVisible();

      await deployment.getByText(DEPLOYMENT, { exact: true }).click();
      await expect(panel(page).getByRole('heading', { level: 2 })).toContainText(`Deployment ${DEPLOYMENT}`);
      await expect(panel(page)).toContainText(noAccess);
      await expect(panel(page).getByRole('tab')).toHaveCount(0);
      await expectAccessible(page, 'section.gitops-live-panel');
    });

    test('by keyboard: Enter on a pod row opens its panel, the arrows move through its tabs', async ({ page }) => {
      await useAs(page, { user: 'tenant', lang });
      await page.goto(`${DETAIL}?tab=resources`);
      const deployment = row(page, DEPLOYMENT, 'Deployment');
      await deployment.focus();
      await page.keyboard.press('ArrowRight');
      await expect(deployment).toHaveAttribute('aria-expanded', 'true');
      await expect(podRows(page)).toHaveCount(3);
      // Down to the first pod, past the ReplicaSets.
      const indexOf = (item: Locator) => item.evaluate((el) => Number(el.getAttribute('data-row-index')));
      const from = await indexOf(deployment);
      const to = await indexOf(podRows(page).first());
      for (let i = from; i < to; i++) await page.keyboard.press('ArrowDown');
      const focused = tree(page).locator(`[role="treeitem"][data-row-index="${to}"]`);
      await expect(focused).toBeFocused();
      const name = (await focused.getByTitle(/^payment-degraded-/).getAttribute('title'))!;
      await page.keyboard.press('Enter');
      await expect(panel(page).getByRole('heading', { level: 2 })).toContainText(`Pod ${name}`);
      await expect(row(page, name)).toHaveAttribute('aria-selected', 'true');

      // Tab leaves the tree for the panel; its selected tab is the panel's one tab stop among the tabs.
      const summary = panelTab(page, 'GITOPS_LIVE_TAB_SUMMARY');
      for (let i = 0; i < 6 && !(await summary.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      await expect(summary).toBeFocused();
      await page.keyboard.press('ArrowRight');
      await expect(panelTab(page, 'GITOPS_LIVE_TAB_EVENTS')).toBeFocused();
      await expect(panelTab(page, 'GITOPS_LIVE_TAB_EVENTS')).toHaveAttribute('aria-selected', 'true');
      await expect(page).toHaveURL(/[?&]panel=events/);
      await page.keyboard.press('End');
      await expect(panelTab(page, 'GITOPS_LIVE_TAB_LOGS')).toBeFocused();
      await expect(panel(page).getByRole('region', { name: t('GITOPS_LOGS_REGION', { pod: name }) })).toBeVisible();
      await page.keyboard.press('Home');
      await expect(summary).toBeFocused();
      await expect(panel(page)).toContainText(t('GITOPS_LIVE_CONTAINERS'));
    });
  });
}
