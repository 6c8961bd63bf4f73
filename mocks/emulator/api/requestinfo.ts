/**
 * ks-apiserver's RequestInfoFactory (kubesphere v4.1.3
 * pkg/apiserver/request/requestinfo.go L116-260) for the paths the emulator
 * answers: the `/clusters/{cluster}/` prefix, the API prefix (`kapis`,
 * `apis`, `api`; `api` is groupless, pkg/apiserver/apiserver.go L238-239),
 * the legacy `/<prefix>/clusters/{cluster}/` form, and whether the request
 * names a resource (3 parts after a grouped prefix, 2 after `api`).
 */

export type ApiPrefix = 'kapis' | 'apis' | 'api';

export interface RequestInfo {
  /** Set when the URL names a cluster (either prefix form). */
  cluster?: string;
  prefix: ApiPrefix;
  /** `/api` and `/apis` paths go to kube-apiserver (filters/kubeapiserver.go L57). */
  kubernetes: boolean;
  /** The path without the cluster prefix, as authorization sees it. */
  path: string;
  resourceRequest: boolean;
  group: string;
  version: string;
  /** Segments after group and version (after the version for `api`). */
  parts: string[];
}

function segments(path: string): string[] {
  // go-restful tokenises on "/" and ignores empty tokens, so trailing slashes still match.
  return path
    .split('/')
    .filter((s) => s !== '')
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

const PREFIXES: readonly string[] = ['kapis', 'apis', 'api'];

/**
 * undefined for paths that are not API paths (the console's own pages under
 * `/clusters/...`, anything else): those are the console's, not ks-apiserver's.
 */
export function parseRequestInfo(pathname: string): RequestInfo | undefined {
  let segs = segments(pathname);
  let cluster: string | undefined;
  let path = '/' + segs.join('/');
  if (segs[0] === 'clusters' && segs.length >= 3) {
    cluster = segs[1];
    segs = segs.slice(2);
    path = '/' + segs.join('/');
  }
  if (!PREFIXES.includes(segs[0])) return undefined;
  const prefix = segs[0] as ApiPrefix;
  segs = segs.slice(1);
  if (cluster === undefined && segs[0] === 'clusters' && segs.length >= 2) {
    cluster = segs[1];
    segs = segs.slice(2);
    path = `/${prefix}/${segs.join('/')}`.replace(/\/$/, '');
  }
  const info: RequestInfo = {
    cluster,
    prefix,
    kubernetes: prefix !== 'kapis',
    path,
    resourceRequest: false,
    group: '',
    version: '',
    parts: [],
  };
  if (prefix === 'api') {
    if (segs.length < 2) return info;
    return { ...info, resourceRequest: true, version: segs[0], parts: segs.slice(1) };
  }
  if (segs.length < 3) return { ...info, group: segs[0] ?? '', version: segs[1] ?? '', parts: [] };
  return { ...info, resourceRequest: true, group: segs[0], version: segs[1], parts: segs.slice(2) };
}
