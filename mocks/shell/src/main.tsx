import 'systemjs/dist/system.js';
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { BrowserRouter, Navigate, useRoutes, type RouteObject } from 'react-router-dom';
import { CssBaseline, KubedConfigProvider, Notify } from '@kubed/components';
import { registerSharedModules } from './shared-modules';
import { initI18n, registerLocales } from './i18n';
import { loadExtensions, type ExtensionMenu, type ExtensionRoute, type Registry } from './extensions';
import { NotFound, Overview, TopBar, WorkspaceLayout } from './Layout';
import { readGlobals, type ShellGlobals } from './globals';
import shellLocales from './locales';

const WORKSPACE_ROUTE = '/workspaces/:workspace';

function builtInWorkspaceNavs(): ExtensionMenu[] {
  return [{ name: 'overview', title: 'SHELL_OVERVIEW', icon: 'dashboard', skipAuth: true }];
}

/**
 * The route table is built once, after every extension registered, as the console's `Pages.tsx`
 * does: a route whose `parentRoute` is the workspace route goes first among the workspace
 * layout's children (so it gets the sidebar); any other route goes to the top level.
 */
function buildRoutes(registry: Registry, globals: ShellGlobals): RouteObject[] {
  const firstWorkspace = globals.user.workspaces[0] ?? 'demo-workspace';
  const workspaceChildren: RouteObject[] = [
    ...((registry.routes[WORKSPACE_ROUTE] ?? []) as RouteObject[]),
    { path: `${WORKSPACE_ROUTE}/overview`, element: <Overview /> },
    { index: true, element: <Navigate to="overview" replace /> },
  ];
  return [
    ...((registry.routes[''] ?? []) as ExtensionRoute[] as RouteObject[]),
    { path: '/', element: <Navigate to={`/workspaces/${firstWorkspace}/overview`} replace /> },
    {
      path: WORKSPACE_ROUTE,
      element: <WorkspaceLayout navs={registry.navs.workspace} globals={globals} />,
      children: workspaceChildren,
    },
    { path: '*', element: <NotFound /> },
  ];
}

function Routes({ routes }: { routes: RouteObject[] }) {
  return useRoutes(routes);
}

async function main() {
  const globals = readGlobals();
  registerSharedModules();
  initI18n(globals.user.lang);
  registerLocales(shellLocales);
  const registry = await loadExtensions(globals.installedExtensions, { workspace: builtInWorkspaceNavs() });
  const routes = buildRoutes(registry, globals);
  ReactDOM.render(
    <KubedConfigProvider>
      <CssBaseline />
      <Notify position="top-right" />
      <BrowserRouter>
        <TopBar globals={globals} />
        <Routes routes={routes} />
      </BrowserRouter>
    </KubedConfigProvider>,
    document.getElementById('root'),
  );
}

void main();
