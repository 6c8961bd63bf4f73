/**
 * The model layer: pure TypeScript shared by api, queries, pages and components (no React, no
 * browser state: see `src/state/` for that). This file is its public face for what most pages
 * and components need. Modules that one part of the extension uses alone are imported by their
 * own paths instead (`model/wizard/…`, `model/schema/…`, `model/list/…`,
 * `model/application/permissions`), so that their code (and `yaml`, which the wizard's YAML view
 * needs) stays in the chunks that use it.
 *
 *   application/  the Application resource: API types, read-only views, links, permissions
 *   actions/      what the action buttons send: changed copies of an Application, the sync body
 *   status/       reading `status.argoApp` and the badges of health, sync and operation
 *   tree/         resource entries, the resource tree and its visible rows
 *   diagnostics/  from what an application shows to causes and fixes
 *   schema/       the Application's JSON schema and its small validator
 *   wizard/       the create/edit wizard: form <-> manifest, checks, YAML, drafts, submit
 *   list/         the list's URL state and bulk actions
 *   errors/       a failed request (as api/errors normalises it) classified into one kind
 *   context/      the KubeSphere objects read for context: workspaces, DevOps projects, repositories
 */
export * from './application/types';
export * from './application/appInfo';
export * from './application/links';
export * from './actions/appEdits';
export * from './actions/syncRequest';
export * from './status/argoStatus';
export * from './status/status';
export * from './tree/resourceTree';
export * from './tree/treeRows';
export * from './diagnostics/diagnostics';
export * from './wizard/dnsLabel';
export * from './errors/errorKind';
