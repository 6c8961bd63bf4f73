// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { draftKey } from '../model/wizard/draft';
import { clearDraft, draftStore, forgetDraftStores, type WizardDraft } from './drafts';
import { newApplication } from '../model/wizard/wizardSubmit';

const ref = { user: 'tenant', cluster: 'host', namespace: 'demo-project' };
const draft = (): WizardDraft => ({ mode: 'form', step: 'basic', manifest: newApplication('demo-project') });

afterEach(() => {
  window.localStorage.clear();
  forgetDraftStores();
});

describe('the draft store', () => {
  it('survives a reload: a new page reads the draft back from localStorage', () => {
    draftStore(ref).getState().replace(draft());
    draftStore(ref)
      .getState()
      .update((d) => ({ ...d, step: 'source', yamlText: '# note\n' }));
    forgetDraftStores();
    expect(draftStore(ref).getState().draft).toMatchObject({ step: 'source', yamlText: '# note\n' });
  });

  it('is gone after it is cleared', () => {
    draftStore(ref).getState().replace(draft());
    clearDraft(ref);
    forgetDraftStores();
    expect(draftStore(ref).getState().draft).toBeNull();
    expect(window.localStorage.getItem(draftKey(ref))).toBeNull();
  });

  it('keeps the envelope drafts were saved in', () => {
    const saved = draft();
    window.localStorage.setItem(draftKey(ref), JSON.stringify({ state: { draft: saved }, version: 1 }));
    expect(draftStore(ref).getState().draft).toEqual(saved);
    draftStore(ref)
      .getState()
      .update((d) => ({ ...d, step: 'sync' }));
    expect(JSON.parse(window.localStorage.getItem(draftKey(ref)) ?? 'null')).toEqual({
      state: { draft: { ...saved, step: 'sync' } },
      version: 1,
    });
  });

  it("never opens one user's draft for another", () => {
    draftStore(ref)
      .getState()
      .replace({ ...draft(), step: 'sync' });
    forgetDraftStores();
    expect(draftStore({ ...ref, user: 'viewer' }).getState().draft).toBeNull();
    expect(draftStore(ref).getState().draft).toMatchObject({ step: 'sync' });
  });

  it('shows no one a draft saved before drafts had an owner', () => {
    const ownerless = JSON.stringify({ state: { draft: draft() }, version: 1 });
    window.localStorage.setItem('gitops-console:wizard-draft:v1:host/demo-project/create', ownerless);
    window.localStorage.setItem('gitops-console:wizard-draft:v1:host/demo-project/edit/guestbook', ownerless);
    for (const user of ['tenant', 'admin', 'host', '']) {
      expect(draftStore({ ...ref, user }).getState().draft).toBeNull();
      expect(draftStore({ ...ref, user, name: 'guestbook' }).getState().draft).toBeNull();
    }
  });

  it('keeps the draft of an unknown user in memory only', () => {
    const anonymous = { ...ref, user: '' };
    draftStore(anonymous).getState().replace(draft());
    expect(draftStore(anonymous).getState().draft).not.toBeNull();
    expect(window.localStorage.length).toBe(0);
  });

  it('drops a stored value it cannot read', () => {
    window.localStorage.setItem(draftKey(ref), JSON.stringify({ state: { draft: { mode: 'weird' } }, version: 1 }));
    expect(draftStore(ref).getState().draft).toBeNull();
  });
});
