// @vitest-environment jsdom
import * as React from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { lazyPage, retrySuffix } from './lazyPage';

afterEach(cleanup);

function Page() {
  return <h1>Applications</h1>;
}

describe('lazyPage', () => {
  it('says the files are unavailable and what an admin checks, then Retry downloads the chunk again', async () => {
    const retrySuffixes: Array<string | undefined> = [];
    const load = vi.fn(() => {
      retrySuffixes.push(retrySuffix());
      return load.mock.calls.length === 1 ? Promise.reject(new Error('Fetch error: 502 Bad Gateway')) : Promise.resolve({ default: Page });
    });
    const Lazy = lazyPage(load);
    // React logs caught render errors; the message on screen is what matters here.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Lazy />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('GITOPS_FILES_UNAVAILABLE');
    expect(alert.textContent).toContain('kubectl -n extension-gitops-console get pods');
    expect(alert.textContent).toContain('kubectl get reverseproxy gitops-console');
    expect(alert.textContent).toContain('kubectl get globalrolebinding gitops-console-files');

    fireEvent.click(screen.getByRole('button', { name: 'GITOPS_RETRY' }));
    expect(await screen.findByRole('heading', { name: 'Applications' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
    // The second download asks for the chunk under a new module id (SystemJS keeps failed loads).
    expect(retrySuffixes[1]).toMatch(/^\?retry=\d+$/);
    expect(retrySuffixes[1]).not.toBe(retrySuffixes[0]);
    quiet.mockRestore();
  });

  it('a page that fails while rendering gets a general message, not the file server checks', async () => {
    let fail = true;
    function Flaky() {
      if (fail) throw new Error('boom');
      return <h1>Detail</h1>;
    }
    const Lazy = lazyPage(() => Promise.resolve({ default: Flaky }));
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Lazy />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('GITOPS_PAGE_LOAD_FAILED');
    expect(alert.textContent).not.toContain('kubectl');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'GITOPS_RETRY' }));
    expect(await screen.findByRole('heading', { name: 'Detail' })).toBeTruthy();
    quiet.mockRestore();
  });

  it('a page that loads is fetched once, however often it is shown', async () => {
    const load = vi.fn(() => Promise.resolve({ default: Page }));
    const Lazy = lazyPage(load);
    const { unmount } = render(<Lazy />);
    await screen.findByRole('heading', { name: 'Applications' });
    unmount();
    render(<Lazy />);
    await screen.findByRole('heading', { name: 'Applications' });
    expect(load).toHaveBeenCalledTimes(1);
  });
});
