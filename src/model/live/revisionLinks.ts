/**
 * A link for any revision an Application shows: a commit SHA links to the commit page
 * (`commitUrl`), a branch or tag to the tree at that ref on the forges whose URL scheme is known.
 * Other hosts get no ref link: a guessed URL on an unknown server is more often a 404 than a page.
 */
import { commitUrl, repoWebUrl } from '../application/links';

export interface RevisionLink {
  href: string;
  kind: 'commit' | 'ref';
}

/** The path between repository and ref of a forge's tree page, by host; `null` for other hosts. */
function treeInfix(host: string): string | null {
  if (host === 'github.com' || host === 'gitee.com') return '/tree/';
  if (host === 'gitlab.com' || host.includes('gitlab')) return '/-/tree/';
  if (host === 'bitbucket.org') return '/src/';
  return null;
}

/**
 * A ref as a path: `refs/heads/` and `refs/tags/` dropped (forges take the short name), each
 * `/`-separated segment URL-encoded. `null` for what `git check-ref-format` refuses, which no
 * forge can show: empty segments, `..`, control characters, spaces, `~^:?*[\`, a leading `-`.
 */
export function refPath(ref: string): string | null {
  const short = ref.replace(/^refs\/(heads|tags)\//, '');
  if (short === '' || short.startsWith('-') || short.includes('..') || short.includes('@{')) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x20\x7f~^:?*[\\]/.test(short)) return null;
  const segments = short.split('/');
  if (segments.some((s) => s === '' || s.startsWith('.') || s.endsWith('.lock'))) return null;
  return segments.map(encodeURIComponent).join('/');
}

/**
 * The web page of `revision` in repository `repoURL`: a commit (7–64 hex digits, any http(s)
 * host, as `commitUrl`) or a branch or tag on GitHub, GitLab (gitlab.com or a host containing
 * "gitlab"), Gitee or Bitbucket Cloud. `HEAD` names no fixed revision and gets no link.
 */
export function revisionLink(repoURL: unknown, revision: unknown): RevisionLink | null {
  if (typeof revision !== 'string') return null;
  const ref = revision.trim();
  if (ref === '' || ref === 'HEAD') return null;
  const commit = commitUrl(repoURL, ref);
  if (commit) return { href: commit, kind: 'commit' };
  const base = repoWebUrl(repoURL);
  if (!base) return null;
  const infix = treeInfix(new URL(base).hostname.toLowerCase());
  const path = refPath(ref);
  return infix && path ? { href: `${base}${infix}${path}`, kind: 'ref' } : null;
}
