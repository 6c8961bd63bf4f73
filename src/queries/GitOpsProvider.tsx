import * as React from 'react';
import { unstable_batchedUpdates } from 'react-dom';
import { notifyManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createGitOpsApi, type GitOpsApi } from '../api/client';
import { createContextApi, type ContextApi } from '../api/context';
import { isApiError } from '../api/errors';
import { createKubeApi, type KubeApi } from '../api/kube';
import { shouldRetry } from './polling';

/**
 * One query client for the extension, shared by every page. The host's own react-query (v3)
 * is separate; ours never touches it.
 */
let sharedClient: QueryClient | undefined;

// React 17 batches only inside its own event handlers. The query library sets this up in a
// module the bundler drops as side-effect free, so it is done here: one render per cache update.
notifyManager.setBatchNotifyFunction(unstable_batchedUpdates);

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

const ContextApiContext = React.createContext<ContextApi | null>(null);

export function useContextApi(): ContextApi {
  const api = React.useContext(ContextApiContext);
  if (!api) throw new Error('useContextApi outside GitOpsProvider');
  return api;
}

const KubeApiContext = React.createContext<KubeApi | null>(null);

/** The destination clusters' Kubernetes API (live objects, pods, events). */
export function useKubeApi(): KubeApi {
  const api = React.useContext(KubeApiContext);
  if (!api) throw new Error('useKubeApi outside GitOpsProvider');
  return api;
}

const WatchEnabledContext = React.createContext(true);

/** Whether pages keep their data current from a watch (queries/watch.ts); off, they only poll. */
export function useWatchEnabled(): boolean {
  return React.useContext(WatchEnabledContext);
}

export interface GitOpsProviderProps {
  api?: GitOpsApi;
  contextApi?: ContextApi;
  kubeApi?: KubeApi;
  client?: QueryClient;
  /** Open watches (default true; the test kit asks for them per test). */
  watch?: boolean;
  children?: React.ReactNode;
}

export function GitOpsProvider({ api, contextApi, kubeApi, client, watch = true, children }: GitOpsProviderProps) {
  const gitops = React.useMemo(() => api ?? createGitOpsApi(), [api]);
  const context = React.useMemo(() => contextApi ?? createContextApi(), [contextApi]);
  const kube = React.useMemo(() => kubeApi ?? createKubeApi(), [kubeApi]);
  return (
    <QueryClientProvider client={client ?? gitopsQueryClient()}>
      <ApiContext.Provider value={gitops}>
        <ContextApiContext.Provider value={context}>
          <KubeApiContext.Provider value={kube}>
            <WatchEnabledContext.Provider value={watch}>{children}</WatchEnabledContext.Provider>
          </KubeApiContext.Provider>
        </ContextApiContext.Provider>
      </ApiContext.Provider>
    </QueryClientProvider>
  );
}
