// @vitest-environment jsdom
import * as React from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithEmulator, type EmulatorRenderResult } from '../../../testing/renderWithEmulator';
import { PodLogs, type PodLogsProps } from './PodLogs';

const encoder = new TextEncoder();
const LOG = /\/api\/v1\/namespaces\/demo-project\/pods\/web-0\/log\?/;

interface Stream {
  url: URL;
  push(text: string): void;
  close(): void;
  cancelled: boolean;
}

/**
 * Answers the log route as the contract says (the emulator does not serve it yet): the tail as
 * text, and with follow=true the tail and then what the test pushes, until the client stops.
 */
function serveLogs(page: EmulatorRenderResult, tail: (url: URL) => string | Response) {
  const streams: Stream[] = [];
  page.intercept(LOG, (request) => {
    const url = new URL(request.url);
    const answer = tail(url);
    if (answer instanceof Response) return answer;
    if (url.searchParams.get('follow') !== 'true') return new Response(answer, { headers: { 'content-type': 'text/plain' } });
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const stream: Stream = {
      url,
      push: (text) => controller.enqueue(encoder.encode(text)),
      close: () => controller.close(),
      cancelled: false,
    };
    streams.push(stream);
    // msw passes the client's abort on as the request's signal (not as a cancel of the body).
    request.signal.addEventListener('abort', () => (stream.cancelled = true));
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        controller = c;
        if (answer) c.enqueue(encoder.encode(answer));
      },
      cancel() {
        stream.cancelled = true;
      },
    });
    return new Response(body, { headers: { 'content-type': 'text/plain' } });
  });
  return streams;
}

const POD: PodLogsProps['pod'] = {
  name: 'web-0',
  containers: [{ name: 'app', restartCount: 2, lastTerminated: { reason: 'OOMKilled', exitCode: 137 } }, { name: 'sidecar' }],
};

function renderLogs(props: Partial<PodLogsProps> = {}, tail: (url: URL) => string | Response = () => 'hello\n') {
  const page = renderWithEmulator(<PodLogs cluster="host" namespace="demo-project" pod={POD} {...props} />);
  const streams = serveLogs(page, tail);
  const logRequests = () => page.requests('/log?').map((r) => new URL(r.split(' ')[1], 'http://x').searchParams);
  return { page, streams, logRequests };
}

const status = (code: number, message: string) =>
  new Response(JSON.stringify({ kind: 'Status', apiVersion: 'v1', status: 'Failure', message, code }), {
    status: code,
    headers: { 'content-type': 'application/json' },
  });

afterEach(() => vi.restoreAllMocks());

describe('PodLogs', () => {
  it('shows the lines, follows new ones and stops the stream when unmounted', async () => {
    const { page, streams, logRequests } = renderLogs({}, () => '2024-01-01T00:00:01Z first line\n');
    expect(await screen.findByText('first line')).toBeTruthy();
    expect(screen.getByText('2024-01-01T00:00:01Z', { exact: false })).toBeTruthy();
    const [params] = logRequests();
    expect(Object.fromEntries(params)).toEqual({ container: 'app', tailLines: '500', follow: 'true', timestamps: 'true' });
    await screen.findByText('Following new lines.');

    act(() => streams[0].push('2024-01-01T00:00:02Z second <b>line</b>\n'));
    // Rendered as text: the markup in the log is shown, not parsed.
    expect(await screen.findByText('second <b>line</b>')).toBeTruthy();

    page.unmount();
    await waitFor(() => expect(streams[0].cancelled).toBe(true));
  });

  it('says when the container has written nothing', async () => {
    renderLogs({ initialPrevious: false }, () => '');
    fireEvent.click(await screen.findByLabelText('Follow new lines'));
    expect(await screen.findByText('The container has not written any log yet.')).toBeTruthy();
  });

  it('asks for the chosen container', async () => {
    const { logRequests } = renderLogs({}, (url) => `log of ${url.searchParams.get('container')}\n`);
    await screen.findByText('log of app', { exact: false });
    fireEvent.change(screen.getByLabelText('Container'), { target: { value: 'sidecar' } });
    expect(await screen.findByText('log of sidecar', { exact: false })).toBeTruthy();
    expect(logRequests().map((p) => p.get('container'))).toEqual(['app', 'sidecar']);
  });

  it('reads the previous container, without following, only when it has restarted', async () => {
    const { logRequests } = renderLogs({}, (url) => (url.searchParams.get('previous') ? 'before the crash\n' : 'now\n'));
    await screen.findByText('now');
    expect(screen.getByText(/Restarted 2 times/).textContent).toContain('Last exit: OOMKilled, exit code 137.');
    fireEvent.click(screen.getByLabelText('Previous container'));
    expect(await screen.findByText('before the crash')).toBeTruthy();
    const last = logRequests().at(-1)!;
    expect(last.get('previous')).toBe('true');
    expect(last.get('follow')).toBeNull();
    expect((screen.getByLabelText('Follow new lines') as HTMLInputElement).disabled).toBe(true);

    // The sidecar never restarted: the box is off and says why.
    fireEvent.change(screen.getByLabelText('Container'), { target: { value: 'sidecar' } });
    const box = (await screen.findByLabelText('Previous container')) as HTMLInputElement;
    expect(box.disabled).toBe(true);
    expect(box.checked).toBe(false);
    const help = document.getElementById(box.getAttribute('aria-describedby')!)!;
    expect(help.textContent).toContain('Available once the container has restarted');
  });

  it('counts matches and steps through them with Enter and Shift+Enter', async () => {
    const text = ['ok', 'ERROR one', 'ok', 'error two', 'an Error three', 'fine'].map((l) => `${l}\n`).join('');
    renderLogs({ initialPrevious: true }, () => text);
    await screen.findByText('fine');
    const box = screen.getByLabelText('Search the log');
    fireEvent.change(box, { target: { value: 'error' } });
    expect(screen.getByText('3 matches')).toBeTruthy();
    expect(document.querySelectorAll('mark')).toHaveLength(3);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(screen.getByText('1 of 3')).toBeTruthy();
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(screen.getByText('2 of 3')).toBeTruthy();
    expect(document.querySelector('[data-current="true"]')?.textContent).toBe('error two');
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
    expect(screen.getByText('3 of 3')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next match' }));
    expect(screen.getByText('1 of 3')).toBeTruthy();
    fireEvent.change(box, { target: { value: 'nothing like it' } });
    expect(screen.getByText('No matches')).toBeTruthy();
  });

  it('downloads the shown lines as <pod>-<container>[-previous].log', async () => {
    const blobs: Blob[] = [];
    const created = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:log';
    });
    const revoked = vi.fn();
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: revoked });
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    renderLogs({ initialPrevious: true }, () => '2024-01-01T00:00:01Z crashed\n');
    await screen.findByText('crashed');
    fireEvent.click(screen.getByLabelText('Show timestamps'));
    fireEvent.click(screen.getByRole('button', { name: 'Download shown lines' }));
    expect(names).toEqual(['web-0-app-previous.log']);
    expect(await blobs[0].text()).toBe('crashed\n');
    await waitFor(() => expect(revoked).toHaveBeenCalledWith('blob:log'));
  });

  it('says when the user may not read logs', async () => {
    renderLogs({}, () => status(403, 'pods "web-0" is forbidden: User "tenant" cannot get resource "pods/log"'));
    expect(await screen.findByText('You cannot read logs in demo-project.')).toBeTruthy();
  });

  it('says when there is no previous container', async () => {
    renderLogs({ initialPrevious: true }, () => status(400, 'previous terminated container "app" in pod "web-0" not found'));
    expect(await screen.findByText('No previous container: it has not restarted.')).toBeTruthy();
  });

  it('explains other failures and loads again on request', async () => {
    let fail = true;
    renderLogs({ initialPrevious: true }, () => (fail ? status(500, 'etcd timed out') : 'back\n'));
    expect((await screen.findByRole('alert')).textContent).toContain('etcd timed out');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(await screen.findByText('back')).toBeTruthy();
  });

  it('offers to reconnect when the server ends the stream, and shows no line twice', async () => {
    const { streams, logRequests } = renderLogs({}, () => '2024-01-01T00:00:01Z one\n');
    await screen.findByText('one');
    await waitFor(() => expect(streams).toHaveLength(1));
    act(() => streams[0].close());
    expect(await screen.findByText(/The log stream has ended/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Reconnect' }));
    await waitFor(() => expect(streams).toHaveLength(2));
    expect(logRequests()[1].get('follow')).toBe('true');
    // The new stream starts with the tail again ("one"), then the new line.
    act(() => streams[1].push('2024-01-01T00:00:02Z two\n'));
    expect(await screen.findByText('two')).toBeTruthy();
    expect(screen.getAllByText('one')).toHaveLength(1);
  });
});
