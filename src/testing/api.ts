/**
 * Test support for what stands in for the server: the API error (tests of pure helpers build the
 * failures KubeSphere sends) and a quiet query client. Components and pages are tested against
 * the emulator through `renderWithEmulator`. Never imported by shipped code.
 */
import { QueryClient } from '@tanstack/react-query';

export { ApiError } from '../api/errors';

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
