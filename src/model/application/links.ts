/**
 * Links built from addresses that come from users, Git or Argo CD: only http(s) URLs, repository
 * web pages and commit pages, and URLs without credentials for display.
 */
function hasControlOrSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f) return true;
  }
  return /\s/.test(text);
}

/**
 * `s` as a normalised URL if, and only if, its protocol is `http:` or `https:`; else `null`.
 * Use it for every link whose address comes from a user, Git or Argo CD (`javascript:` …).
 */
export function safeHttpUrl(s: unknown): string | null {
  if (typeof s !== 'string') return null;
  const text = s.trim();
  // Control characters and whitespace inside a URL are a way to smuggle a scheme past checks.
  if (text === '' || hasControlOrSpace(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/**
 * The web page of a Git repository: `.git` and trailing slashes removed, `git@host:org/repo`
 * and `ssh://` forms turned into `https://host/org/repo`, credentials dropped. `null` when the
 * result would not be an http(s) URL with a path.
 */
export function repoWebUrl(repoURL: unknown): string | null {
  if (typeof repoURL !== 'string') return null;
  let text = repoURL.trim();
  // scp-like `[user@]host:path`; a user or a dotted host tells it apart from `javascript:…`.
  const scp = /^(?:([\w.-]+)@)?([\w.-]+):(?!\/\/)\/?(.+)$/.exec(text);
  if (scp && (scp[1] || scp[2].includes('.'))) text = `https://${scp[2]}/${scp[3]}`;
  else if (/^ssh:\/\//i.test(text)) text = text.replace(/^ssh:\/\//i, 'https://');
  const safe = safeHttpUrl(text);
  if (!safe) return null;
  const url = new URL(safe);
  url.username = '';
  url.password = '';
  // An ssh port means nothing to the web server.
  if (/^ssh:\/\//i.test(repoURL.trim())) url.port = '';
  url.search = '';
  url.hash = '';
  const path = url.pathname.replace(/\/+$/, '').replace(/\.git$/i, '');
  if (path === '' || path === '/') return null;
  url.pathname = path;
  return url.href;
}

/**
 * The web page of commit `sha` in repository `repoURL`: GitLab (host containing `gitlab`) uses
 * `/-/commit/`, Bitbucket Cloud `/commits/`, GitHub, Gitea and others `/commit/`. `null` when
 * the repository URL is not usable (see `repoWebUrl`) or `sha` is not a 7–64 digit hex id.
 */
export function commitUrl(repoURL: unknown, sha: unknown): string | null {
  if (typeof sha !== 'string' || !/^[0-9a-f]{7,64}$/i.test(sha)) return null;
  const base = repoWebUrl(repoURL);
  if (!base) return null;
  const host = new URL(base).hostname.toLowerCase();
  const infix = host.includes('gitlab') ? '/-/commit/' : host === 'bitbucket.org' ? '/commits/' : '/commit/';
  return `${base}${infix}${sha.toLowerCase()}`;
}

/**
 * A URL as it may be shown: without a `user:token@` part. Repository URLs sometimes carry
 * credentials, and a page must not put them on screen, in a tooltip or in a link.
 */
export function withoutCredentials(url: string): string {
  return url.replace(/^([a-z][\w+.-]*:\/\/)[^/@\s]*@/i, '$1');
}
