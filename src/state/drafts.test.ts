// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { draftKey } from '../model/wizard/draft';
import { clearDraft, draftStore, forgetDraftStores, type WizardDraft } from './drafts';
import { newApplication } from '../model/wizard/wizardSubmit';

const ref = { cluster: 'host', namespace: 'demo-project' };
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

  it('reads a draft saved by earlier versions: same key, same envelope', () => {
    const saved = draft();
    window.localStorage.setItem(
      'gitops-console:wizard-draft:v1:host/demo-project/create',
      JSON.stringify({ state: { draft: saved }, version: 1 }),
    );
    expect(draftStore(ref).getState().draft).toEqual(saved);
    draftStore(ref)
      .getState()
      .update((d) => ({ ...d, step: 'sync' }));
    expect(JSON.parse(window.localStorage.getItem(draftKey(ref)) ?? 'null')).toEqual({
      state: { draft: { ...saved, step: 'sync' } },
      version: 1,
    });
  });

  it('drops a stored value it cannot read', () => {
    window.localStorage.setItem(draftKey(ref), JSON.stringify({ state: { draft: { mode: 'weird' } }, version: 1 }));
    expect(draftStore(ref).getState().draft).toBeNull();
  });
});
