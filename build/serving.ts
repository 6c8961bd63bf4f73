/**
 * Where KubeSphere 4.1.x serves the extension's files (see extension/charts/frontend/templates):
 * - the entry is the JSBundle's `status.link`; ks-apiserver serves exactly that one path under
 *   `/dist` (pkg/apiserver/filters/jsbundle.go) and the console imports it as `/pstatic<link>`;
 * - every other file (page chunks, Monaco and its workers) comes through the ReverseProxy
 *   `/proxy/gitops-console/*` to the extension's file server, because a relative import from the
 *   entry would land on `/pstatic/dist/gitops-console/<chunk>`, which 4.1.x answers with 404.
 * The chart's templates use the same values; a test compares them.
 */
export const EXTENSION_NAME = 'gitops-console';
export const ENTRY_FILE = 'index.js';
export const ENTRY_LINK = `/dist/${EXTENSION_NAME}/${ENTRY_FILE}`;
export const PROXY_PREFIX = `/proxy/${EXTENSION_NAME}`;
