import * as React from 'react';
import { lazyPage } from './lazyPage';

const WORKSPACE_ROUTE = '/workspaces/:workspace';

/** Paths the console places under its workspace layout (`parentRoute`), so they get its sidebar. */
export const PATHS = {
  context: `${WORKSPACE_ROUTE}/gitops`,
  list: `${WORKSPACE_ROUTE}/gitops/:cluster/:namespace`,
  detail: `${WORKSPACE_ROUTE}/gitops/:cluster/:namespace/applications/:name`,
  create: `${WORKSPACE_ROUTE}/gitops/:cluster/:namespace/create`,
  edit: `${WORKSPACE_ROUTE}/gitops/:cluster/:namespace/applications/:name/edit`,
} as const;

const ContextPage = lazyPage(() => import('./pages/context/ContextRoute'));
const ListPage = lazyPage(() => import('./pages/list/ListRoute'));
const DetailPage = lazyPage(() => import('./pages/detail/DetailRoute'));
const CreatePage = lazyPage(() => import('./pages/wizard/CreateRoute'));
const EditPage = lazyPage(() => import('./pages/wizard/EditRoute'));

const routes = [
  { parentRoute: WORKSPACE_ROUTE, path: PATHS.context, element: React.createElement(ContextPage) },
  { parentRoute: WORKSPACE_ROUTE, path: PATHS.list, element: React.createElement(ListPage) },
  { parentRoute: WORKSPACE_ROUTE, path: PATHS.detail, element: React.createElement(DetailPage) },
  { parentRoute: WORKSPACE_ROUTE, path: PATHS.create, element: React.createElement(CreatePage) },
  { parentRoute: WORKSPACE_ROUTE, path: PATHS.edit, element: React.createElement(EditPage) },
];

export default routes;
