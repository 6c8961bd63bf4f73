import type {
  Application,
  ApplicationDestination,
  ApplicationList,
  ApplicationsSummary,
  ApplicationSyncRequest,
} from '../model/application/types';
import { errorFromFailure, errorFromResponse } from './errors';
import { applicationPath, applicationsPath, argoClustersPath, summaryPath, withQuery, type ClusterContext } from './url';

export interface ListApplicationsParams {
  page?: number;
  limit?: number;
  name?: string;
  sortBy?: 'createTime' | 'name' | 'creationTimestamp';
  ascending?: boolean;
  syncStatus?: string;
  healthStatus?: string;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * Sends one request and returns its JSON, or throws an `ApiError` in every failure case. The
 * console's server adds the user's token from its cookie, so requests are same-origin with
 * credentials and no header of ours.
 */
export async function requestJson<T>(fetchImpl: FetchLike, url: string, init: RequestInit = {}, attempt = 1): Promise<T> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      credentials: 'same-origin',
      ...init,
      headers: { Accept: 'application/json', ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...init.headers },
    });
  } catch (e) {
    throw errorFromFailure(e);
  }
  // Shortly before the login token expires the console's server renews it by redirecting the
  // call to a page; the browser follows, and a write arrives as a GET for HTML. The original
  // request never reached KubeSphere, so sending it once more is safe.
  if (response.redirected && !(response.headers.get('content-type') ?? '').includes('json') && attempt === 1) {
    return requestJson<T>(fetchImpl, url, init, 2);
  }
  if (!response.ok) throw await errorFromResponse(response);
  try {
    return (await response.json()) as T;
  } catch (e) {
    throw errorFromFailure(e);
  }
}

export interface GitOpsApi {
  list(ctx: ClusterContext, namespace: string, params?: ListApplicationsParams, options?: RequestOptions): Promise<ApplicationList>;
  summary(ctx: ClusterContext, namespace: string, options?: RequestOptions): Promise<ApplicationsSummary>;
  get(ctx: ClusterContext, namespace: string, name: string, options?: RequestOptions): Promise<Application>;
  create(ctx: ClusterContext, namespace: string, app: Application): Promise<Application>;
  /** A full replace: the body must carry namespace, name, labels and resourceVersion. */
  update(ctx: ClusterContext, app: Application): Promise<Application>;
  remove(ctx: ClusterContext, namespace: string, name: string, cascade: boolean): Promise<Application>;
  sync(ctx: ClusterContext, namespace: string, name: string, request: ApplicationSyncRequest): Promise<Application>;
  argoClusters(ctx: ClusterContext, options?: RequestOptions): Promise<ApplicationDestination[]>;
}

/** The typed client for `/kapis/gitops.kubesphere.io/v1alpha1`. */
export function createGitOpsApi(fetchImpl: FetchLike = (input, init) => fetch(input, init)): GitOpsApi {
  const get = <T>(url: string, options?: RequestOptions) => requestJson<T>(fetchImpl, url, { signal: options?.signal });
  const send = <T>(method: string, url: string, body?: unknown) =>
    requestJson<T>(fetchImpl, url, { method, body: body === undefined ? undefined : JSON.stringify(body) });

  return {
    list: async (ctx, namespace, params = {}, options) => get(withQuery(applicationsPath(ctx, namespace), { ...params }), options),
    summary: async (ctx, namespace, options) => get(summaryPath(ctx, namespace), options),
    get: async (ctx, namespace, name, options) => get(applicationPath(ctx, namespace, name), options),
    create: async (ctx, namespace, app) => send('POST', applicationsPath(ctx, namespace), app),
    update: async (ctx, app) => send('PUT', applicationPath(ctx, app.metadata.namespace ?? '', app.metadata.name ?? ''), app),
    remove: async (ctx, namespace, name, cascade) =>
      send('DELETE', withQuery(applicationPath(ctx, namespace, name), { cascade: cascade ? 'true' : undefined })),
    sync: async (ctx, namespace, name, request) => send('POST', `${applicationPath(ctx, namespace, name)}/sync`, request),
    argoClusters: async (ctx, options) => get(argoClustersPath(ctx), options),
  };
}
