import { describe, expect, it } from 'vitest';
import { draftKey, isDraft } from './draft';
import { newApplication } from './wizardSubmit';

const ref = { cluster: 'host', namespace: 'demo-project' };

describe('draft keys', () => {
  it('keeps one draft per project and per edited application', () => {
    expect(draftKey(ref)).not.toBe(draftKey({ ...ref, name: 'create' }));
    expect(draftKey(ref)).not.toBe(draftKey({ ...ref, cluster: 'member-1' }));
  });

  it('keeps the keys drafts were saved under, so drafts in progress survive an upgrade', () => {
    expect(draftKey(ref)).toBe('gitops-console:wizard-draft:v1:host/demo-project/create');
    expect(draftKey({ ...ref, name: 'a/b' })).toBe('gitops-console:wizard-draft:v1:host/demo-project/edit/a%2Fb');
  });
});

describe('isDraft', () => {
  it('accepts a draft and refuses what is not one', () => {
    expect(isDraft({ mode: 'form', step: 'basic', manifest: newApplication('demo-project') })).toBe(true);
    expect(isDraft({ mode: 'weird', step: 'basic', manifest: {} })).toBe(false);
    expect(isDraft({ mode: 'yaml', step: 'basic' })).toBe(false);
    expect(isDraft(null)).toBe(false);
    expect(isDraft('draft')).toBe(false);
  });
});
