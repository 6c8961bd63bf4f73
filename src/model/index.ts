/** The model layer: pure TypeScript shared by api, queries, pages and components. */
export * from './types';
export * from './argoStatus';
export * from './status';
export * from './resourceTree';
export * from './treeRows';
export * from './diagnostics';
export * from './manifest';
