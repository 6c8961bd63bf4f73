/**
 * Helpers for the list page's component tests: a `window.t` reading the real locale tables, a
 * small in-memory stand-in for the kapis endpoints the list uses (behind the real API client, so
 * error bodies are classified as in production), and a render with the console's providers.
 * Never imported by shipped code.
 */
import * as React from 'react';
import { render } from '@testing-library/react';
import { KubedConfigProvider } from '@kubed/components';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import type { Application } from '../../model/application/types';
import { GitOpsProvider } from '../../queries/GitOpsProvider';
import { ApiError, type ContextApi, createGitOpsApi, testQueryClient } from '../../testing/api';
import { ListPage } from './ListPage';

export { installTestTranslations, localeTable } from '../../testing/i18n';

export interface AppSpec {
  name: string;
  health?: string;
  sync?: string;
  alias?: string;
  description?: string;
  repoURL?: string;
  revision?: string;
  path?: string;
  operation?: boolean;
  reconciledAt?: string;
  created?: string;
  /** Leave out the argocd-location label (the controller then never creates the Argo CD app). */
  noLocation?: boolean;
}

export function makeApp(spec: AppSpec): Application {
  const labels: Record<string, string> = {};
  if (!spec.noLocation) labels['gitops.kubesphere.io/argocd-location'] = 'argocd';
  if (spec.health) labels['gitops.kubesphere.io/health-status'] = spec.health;
  if (spec.sync) labels['gitops.kubesphere.io/sync-status'] = spec.sync;
  const annotations: Record<string, string> = {};
  if (spec.alias) annotations['kubesphere.io/alias-name'] = spec.alias;
  if (spec.description) annotations['kubesphere.io/description'] = spec.description;
  const status: Record<string, unknown> = {};
  if (spec.health) status.health = { status: spec.health };
  if (spec.sync) status.sync = { status: spec.sync };
  if (spec.reconciledAt) status.reconciledAt = spec.reconciledAt;
  return {
    apiVersion: 'gitops.kubesphere.io/v1alpha1',
    kind: 'Application',
    metadata: {
      name: spec.name,
      namespace: 'demo',
      uid: `uid-${spec.name}`,
      creationTimestamp: spec.created ?? '2024-01-01T00:00:00Z',
      labels,
      annotations,
    },
    spec: {
      kind: 'argocd',
      argoApp: {
        spec: {
          project: 'demo',
          source: { repoURL: spec.repoURL ?? 'https://github.com/argoproj/argocd-example-apps', targetRevision: spec.revision ?? 'HEAD', path: spec.path ?? 'guestbook' },
          destination: { server: 'https://kubernetes.default.svc', namespace: 'guestbook' },
        },
        ...(spec.operation ? { operation: { sync: {}, initiatedBy: { username: 'admin' } } } : {}),
      },
    },
    status: Object.keys(status).length ? { argoApp: JSON.stringify(status) } : {},
  };
}

export interface Failure {
  status: number;
  body: string;
  contentType?: string;
}

/**
 * The list, summary, sync and delete routes over an array of apps, answering as ks-devops does:
 * label filters, name-or-alias substring, sort, paging, text errors. `fail*` switches a route
 * to an error; `requests` records every URL asked for.
 */
export class FakeBackend {
  apps: Application[];
  requests: string[] = [];
  failList?: Failure;
  failSummary?: Failure;
  /** Per app name: the failure its sync or delete gets. */
  failAction: Record<string, Failure> = {};

  constructor(apps: Application[]) {
    this.apps = apps;
  }

  private text(status: number, body: string, contentType = 'text/plain; charset=utf-8'): Response {
    return new Response(body, { status, headers: { 'content-type': contentType } });
  }

  private json(value: unknown): Response {
    return new Response(JSON.stringify(value), { status: 200, headers: { 'content-type': 'application/json' } });
  }

  private label(app: Application, key: string): string | undefined {
    return app.metadata.labels?.[`gitops.kubesphere.io/${key}`];
  }

  private list(query: URLSearchParams): Response {
    if (this.failList) return this.text(this.failList.status, this.failList.body, this.failList.contentType);
    const name = query.get('name') ?? '';
    const health = query.get('healthStatus');
    const sync = query.get('syncStatus');
    let items = this.apps.filter(
      (app) =>
        (!health || this.label(app, 'health-status') === health) &&
        (!sync || this.label(app, 'sync-status') === sync) &&
        (!name || (app.metadata.name ?? '').includes(name) || (app.metadata.annotations?.['kubesphere.io/alias-name'] ?? '').includes(name)),
    );
    const byName = query.get('sortBy') === 'name';
    items = [...items].sort((a, b) =>
      byName ? (a.metadata.name ?? '').localeCompare(b.metadata.name ?? '') : (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? ''),
    );
    if (query.get('ascending') !== 'true') items.reverse();
    const limit = Number(query.get('limit') ?? -1);
    const page = Number(query.get('page') ?? 1);
    const paged = limit > 0 ? items.slice((page - 1) * limit, page * limit) : items;
    return this.json({ items: paged, totalItems: items.length });
  }

  private summary(): Response {
    if (this.failSummary) return this.text(this.failSummary.status, this.failSummary.body, this.failSummary.contentType);
    const count = (key: string) => {
      const counts: Record<string, number> = {};
      for (const app of this.apps) {
        const value = this.label(app, key);
        if (value) counts[value] = (counts[value] ?? 0) + 1;
      }
      return counts;
    };
    return this.json({ total: this.apps.length, healthStatus: count('health-status'), syncStatus: count('sync-status') });
  }

  fetch = async (input: string, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input, 'http://console.test');
    const method = init.method ?? 'GET';
    this.requests.push(`${method} ${url.pathname}${url.search}`);
    const match = /\/namespaces\/[^/]+\/(applications|application-summary)(?:\/([^/]+))?(\/sync)?$/.exec(url.pathname);
    if (!match) return this.text(404, '404: Page Not Found');
    const [, collection, name, sync] = match;
    if (collection === 'application-summary') return this.summary();
    if (!name) return this.list(url.searchParams);
    const app = this.apps.find((a) => a.metadata.name === decodeURIComponent(name));
    if (!app) return this.text(404, `applications.gitops.kubesphere.io "${name}" not found\n`);
    const failure = this.failAction[app.metadata.name ?? ''];
    if (failure) return this.text(failure.status, failure.body, failure.contentType);
    if (sync && method === 'POST') {
      if (app.spec.argoApp?.operation) return this.text(400, '[ServiceError:400] another operation is already in progress\n');
      app.spec.argoApp = { ...app.spec.argoApp!, operation: { sync: {}, initiatedBy: { username: 'admin' } } };
      return this.json(app);
    }
    if (method === 'DELETE') {
      this.apps = this.apps.filter((a) => a !== app);
      return this.json(app);
    }
    return this.json(app);
  };

  /** How many list requests were sent, optionally only those whose query contains `part`. */
  listRequests(part = ''): string[] {
    return this.requests.filter((r) => r.startsWith('GET') && /\/applications(\?|$)/.test(r) && r.includes(part));
  }
}

/** The Kubernetes `Status` a 401 or 403 from ks-apiserver carries. */
export function statusBody(code: number, reason: string, message: string): Failure {
  return {
    status: code,
    contentType: 'application/json',
    body: JSON.stringify({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code }),
  };
}

function LocationProbe() {
  const location = useLocation();
  return (
    <output data-testid="location" hidden>
      {location.pathname + location.search}
    </output>
  );
}

export const LIST_URL = '/workspaces/ws/gitops/host/demo';

/** The access a test user has to the project's applications, as role-template rules grant it. */
export type TestAccess = 'manage' | 'view' | 'unreadable';

function contextApiFor(access: TestAccess): ContextApi {
  const refuse = () => Promise.reject(new ApiError(500, 'server', 'not used by the list'));
  const api: ContextApi = {
    workspace: refuse,
    devopsProjects: refuse,
    gitRepositories: refuse,
    roleTemplates: async () => {
      if (access === 'unreadable') throw new ApiError(500, 'server', 'role templates unavailable');
      const rules = JSON.stringify({ applications: access });
      return { items: [{ metadata: { name: `applications-${access}`, annotations: { 'iam.kubesphere.io/role-template-rules': rules } } }], totalItems: 1 };
    },
  };
  return api;
}

export function renderList(backend: FakeBackend, url = LIST_URL, access: TestAccess = 'manage') {
  (window as unknown as { globals: unknown }).globals = { user: { username: 'tester' } };
  const client = testQueryClient({ polling: true });
  const api = createGitOpsApi(backend.fetch);
  const result = render(
    <KubedConfigProvider>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route
            path="/workspaces/:workspace/gitops/:cluster/:namespace"
            element={
              <GitOpsProvider api={api} contextApi={contextApiFor(access)} client={client}>
                <ListPage />
              </GitOpsProvider>
            }
          />
          <Route path="/workspaces/:workspace/gitops/:cluster/:namespace/applications/:name" element={<p>detail page</p>} />
        </Routes>
        <LocationProbe />
      </MemoryRouter>
    </KubedConfigProvider>,
  );
  return { ...result, client };
}
