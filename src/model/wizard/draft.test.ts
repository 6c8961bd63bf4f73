import { describe, expect, it } from 'vitest';
import { draftKey, isDraft } from './draft';
import { newApplication } from './wizardSubmit';

const ref = { user: 'tenant', cluster: 'host', namespace: 'demo-project' };

describe('draft keys', () => {
  it('keeps one draft per project and per edited application', () => {
    expect(draftKey(ref)).not.toBe(draftKey({ ...ref, name: 'create' }));
    expect(draftKey(ref)).not.toBe(draftKey({ ...ref, cluster: 'member-1' }));
  });

  it("keeps each user's drafts apart", () => {
    expect(draftKey(ref)).not.toBe(draftKey({ ...ref, user: 'viewer' }));
    expect(draftKey({ ...ref, user: 'a/b' })).not.toBe(draftKey({ ...ref, user: 'a', cluster: 'b/host' }));
  });

  it('keeps the keys drafts are saved under, so drafts in progress survive an upgrade', () => {
    expect(draftKey(ref)).toBe('gitops-console:wizard-draft:v1:@tenant/host/demo-project/create');
    expect(draftKey({ ...ref, name: 'a/b' })).toBe('gitops-console:wizard-draft:v1:@tenant/host/demo-project/edit/a%2Fb');
  });

  it('never matches a key saved before drafts had an owner', () => {
    const ownerless = ['host/demo-project/create', 'host/demo-project/edit/app'].map((rest) => `gitops-console:wizard-draft:v1:${rest}`);
    expect(ownerless).not.toContain(draftKey({ ...ref, user: 'host', cluster: 'demo-project', namespace: 'edit', name: 'app' }));
    expect(ownerless).not.toContain(draftKey({ ...ref, user: '' }));
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
