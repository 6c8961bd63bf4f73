import * as React from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createGitOpsApi, type GitOpsApi } from '../api/client';
import { isApiError } from '../api/errors';
import { shouldRetry } from './polling';

/**
 * One query client for the extension, shared by every page. The host's own react-query (v3)
 * is separate; ours never touches it.
 */
let sharedClient: QueryClient | undefined;

export function gitopsQueryClient(): QueryClient {
  sharedClient ??= new QueryClient({
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: true,
        refetchIntervalInBackground: false,
        staleTime: 2_000,
        retry: (count, error) => shouldRetry(count, isApiError(error) ? error.kind : undefined),
        retryDelay: (attempt) => Math.min(30_000, 1_000 * 2 ** attempt),
      },
      mutations: { retry: false },
    },
  });
  return sharedClient;
}

const ApiContext = React.createContext<GitOpsApi | null>(null);

export function useGitOpsApi(): GitOpsApi {
  const api = React.useContext(ApiContext);
  if (!api) throw new Error('useGitOpsApi outside GitOpsProvider');
  return api;
}

export function GitOpsProvider({ api, client, children }: { api?: GitOpsApi; client?: QueryClient; children?: React.ReactNode }) {
  const value = React.useMemo(() => api ?? createGitOpsApi(), [api]);
  return (
    <QueryClientProvider client={client ?? gitopsQueryClient()}>
      <ApiContext.Provider value={value}>{children}</ApiContext.Provider>
    </QueryClientProvider>
  );
}
