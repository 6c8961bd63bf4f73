// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { clearDraft, draftKey, draftStore, forgetDraftStores, type WizardDraft } from './draftStore';
import { newApplication } from './wizardSubmit';

const ref = { cluster: 'host', namespace: 'demo-project' };
const draft = (): WizardDraft => ({ mode: 'form', step: 'basic', manifest: newApplication('demo-project') });

afterEach(() => {
  window.localStorage.clear();
  forgetDraftStores();
});

describe('the draft store', () => {
  it('keeps one draft per project and per edited application', () => {
    expect(draftKey(ref)).not.toBe(draftKey({ ...ref, name: 'create' }));
    expect(draftKey(ref)).not.toBe(draftKey({ ...ref, cluster: 'member-1' }));
  });

  it('survives a reload: a new page reads the draft back from localStorage', () => {
    draftStore(ref).getState().replace(draft());
    draftStore(ref).getState().update((d) => ({ ...d, step: 'source', yamlText: '# note\n' }));
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

  it('drops a stored value it cannot read', () => {
    window.localStorage.setItem(draftKey(ref), JSON.stringify({ state: { draft: { mode: 'weird' } }, version: 1 }));
    expect(draftStore(ref).getState().draft).toBeNull();
  });
});
