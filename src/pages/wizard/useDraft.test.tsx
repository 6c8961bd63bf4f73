// @vitest-environment jsdom
import * as React from 'react';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { draftStore } from '../../state/drafts';
import { makeApp } from '../../model/testFixtures';
import type { Application } from '../../model/application/types';
import { useDraft, type DraftHandle } from './useDraft';

const at = (resourceVersion: string, description?: string): Application => {
  const app = makeApp({ name: 'guestbook', namespace: 'demo-project' });
  app.metadata.resourceVersion = resourceVersion;
  if (description) app.metadata.annotations = { ...app.metadata.annotations, 'kubesphere.io/description': description };
  return app;
};

function open(ref: { user: string; cluster: string; namespace: string; name: string }, server: Application): DraftHandle {
  let handle: DraftHandle | undefined;
  function Probe() {
    handle = useDraft(ref, () => ({ mode: 'form', step: 'basic', manifest: server, base: server }));
    return null;
  }
  render(<Probe />);
  return handle!;
}

describe('the edit draft kept from an earlier visit', () => {
  it('is dropped when it holds no change, so the form shows the server’s current object', () => {
    const ref = { user: 'tenant', cluster: 'host', namespace: 'demo-project', name: 'unchanged' };
    const old = at('10');
    draftStore(ref).getState().replace({ mode: 'form', step: 'basic', manifest: old, base: old });
    const handle = open(ref, at('42', 'changed on the server'));
    expect(handle.restored).toBe(false);
    expect(handle.draft.manifest.metadata.resourceVersion).toBe('42');
  });

  it('is restored when the user had changed something', () => {
    const ref = { user: 'tenant', cluster: 'host', namespace: 'demo-project', name: 'edited' };
    const old = at('10');
    draftStore(ref)
      .getState()
      .replace({ mode: 'form', step: 'basic', manifest: at('10', 'typed by the user'), base: old });
    const handle = open(ref, at('42'));
    expect(handle.restored).toBe(true);
    expect(handle.draft.manifest.metadata.annotations?.['kubesphere.io/description']).toBe('typed by the user');
  });
});
