/**
 * Test support for what stands in for the server: the API client and its error (tests build the
 * failures KubeSphere sends), fake clients, and a quiet query client. Components and pages reach
 * the server only through `src/queries`; their tests import these from here, so that rule has no
 * exceptions. Never imported by shipped code.
 */
import { QueryClient } from '@tanstack/react-query';
import type { GitOpsApi } from '../api/client';
import type { ContextApi } from '../api/context';
import { ApiError } from '../api/errors';

export { ApiError } from '../api/errors';
export { createGitOpsApi, type GitOpsApi } from '../api/client';
export type { ContextApi } from '../api/context';

const refuse = () => Promise.reject(new ApiError(500, 'server', 'not stubbed'));

/** A GitOpsApi whose every call fails unless the test overrides it. */
export function fakeApi(overrides: Partial<GitOpsApi> = {}): GitOpsApi {
  return { list: refuse, summary: refuse, get: refuse, create: refuse, update: refuse, remove: refuse, sync: refuse, argoClusters: refuse, ...overrides };
}

/** A ContextApi whose every call fails unless the test overrides it. */
export function fakeContextApi(overrides: Partial<ContextApi> = {}): ContextApi {
  return { workspace: refuse, devopsProjects: refuse, gitRepositories: refuse, roleTemplates: refuse, ...overrides };
}

const quiet = () => undefined;

/**
 * No retries, and failed requests the test expects are not logged as errors. Without `polling`
 * no query polls either; with it, the pages' own polling policy runs.
 */
export function testQueryClient({ polling = false }: { polling?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: polling ? { retry: false } : { retry: false, refetchInterval: false }, mutations: { retry: false } },
    logger: { log: quiet, warn: quiet, error: quiet },
  });
}
