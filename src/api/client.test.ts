import { describe, expect, it, vi } from 'vitest';
import { createGitOpsApi } from './client';

const ctx = { cluster: 'host', multicluster: false };

function response(body: string, init: { status?: number; contentType: string; redirected?: boolean }): Response {
  const r = new Response(body, { status: init.status ?? 200, headers: { 'content-type': init.contentType } });
  if (init.redirected) Object.defineProperty(r, 'redirected', { value: true });
  return r;
}

describe('the API client', () => {
  it('sends a write again once when the console answered it with a token-renewal redirect', async () => {
    const fetchImpl = vi
      .fn()
      .mockResolvedValueOnce(response('<html>console</html>', { contentType: 'text/html', redirected: true }))
      .mockResolvedValueOnce(response('{"metadata":{"name":"guestbook"}}', { contentType: 'application/json' }));
    const api = createGitOpsApi(fetchImpl);
    const app = await api.sync(ctx, 'demo', 'guestbook', {});
    expect(app.metadata.name).toBe('guestbook');
    expect(fetchImpl).toHaveBeenCalledTimes(2);
    expect(fetchImpl.mock.calls[1][1].method).toBe('POST');
  });

  it('reads plain-text and Status JSON errors into one kind of error', async () => {
    const api = createGitOpsApi(
      vi
        .fn()
        .mockResolvedValueOnce(
          response('[ServiceError:400] another operation is already in progress\n', {
            status: 400,
            contentType: 'text/plain; charset=utf-8',
          }),
        )
        .mockResolvedValueOnce(
          response('{"kind":"Status","message":"forbidden here","code":403}', { status: 403, contentType: 'application/json' }),
        )
        .mockResolvedValueOnce(response('404: Page Not Found', { status: 404, contentType: 'text/plain' })),
    );
    await expect(api.sync(ctx, 'demo', 'a', {})).rejects.toMatchObject({ kind: 'operation-in-progress' });
    await expect(api.get(ctx, 'demo', 'a')).rejects.toMatchObject({ kind: 'forbidden', serverMessage: 'forbidden here' });
    await expect(api.list(ctx, 'demo')).rejects.toMatchObject({ kind: 'engine-missing' });
  });

  it('rejects an invalid name without sending anything', async () => {
    const fetchImpl = vi.fn();
    await expect(createGitOpsApi(fetchImpl).remove(ctx, 'demo', 'a/b', true)).rejects.toMatchObject({ kind: 'invalid' });
    expect(fetchImpl).not.toHaveBeenCalled();
  });
});
