/**
 * Two applications that deploy the same repository path into the same place fight over the same
 * objects: Argo CD reports SharedResourceWarning and both flip OutOfSync. The wizard warns
 * before that happens.
 */
import { type Application, IN_CLUSTER_NAME, IN_CLUSTER_SERVER } from '../application/types';

/** A repository URL with case, `.git`, trailing slashes, credentials and scp form normalised. */
export function normalizeRepoUrl(url: string): string {
  let text = url.trim().toLowerCase();
  const scp = /^(?:[\w.-]+@)?([\w.-]+):(?!\/\/)\/?(.+)$/.exec(text);
  if (scp) text = `${scp[1]}/${scp[2]}`;
  text = text.replace(/^[a-z+]+:\/\//, '').replace(/^[^@/]*@/, '');
  return text
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '');
}

/** `./a/b/`, `a/b` and `a//b` are the same path; `''` and `.` are the root. */
export function normalizeRepoPath(path: string | undefined): string {
  const parts = (path ?? '').split('/').filter((p) => p !== '' && p !== '.');
  return parts.join('/');
}

/** The in-cluster destination has two spellings: the name `in-cluster` and the local server URL. */
function clusterKey(dest: { name?: string; server?: string }): string {
  const name = dest.name?.trim();
  if (name) return name === IN_CLUSTER_NAME ? `server:${IN_CLUSTER_SERVER}` : `name:${name}`;
  return `server:${(dest.server ?? '').trim().replace(/\/+$/, '')}`;
}

function targetKey(app: Application): string | undefined {
  const spec = app.spec?.argoApp?.spec;
  const repo = spec?.source?.repoURL;
  if (!spec || !repo) return undefined;
  return [
    normalizeRepoUrl(repo),
    normalizeRepoPath(spec.source.path),
    clusterKey(spec.destination ?? {}),
    spec.destination?.namespace ?? '',
  ].join('\n');
}

/**
 * Names of the applications in `others` that deploy the same repository, path and destination
 * as `app`; `app`'s own name is left out (so an edit does not warn about itself).
 */
export function appsSharingTarget(app: Application, others: readonly Application[]): string[] {
  const key = targetKey(app);
  if (!key) return [];
  const own = app.metadata?.name;
  return others.filter((other) => other.metadata?.name !== own && targetKey(other) === key).map((other) => other.metadata?.name ?? '');
}
