import { describe, expect, it } from 'vitest';
import { formFromManifest, type WizardForm } from './wizardForm';
import { newApplication } from './wizardSubmit';
import { errorsOfStep, firstStepWithErrors, isGoDuration, isRepoUrl, validateForm } from './wizardValidate';

function validForm(): WizardForm {
  const form = formFromManifest(newApplication('p'));
  return { ...form, name: 'guestbook', repoURL: 'https://github.com/a/b', destination: { ...form.destination, namespace: 'guestbook' } };
}

describe('wizard validation', () => {
  it('accepts a complete form', () => {
    expect(validateForm(validForm())).toEqual({});
  });

  it('checks the name as a DNS-1123 label', () => {
    expect(validateForm({ ...validForm(), name: '' }).name?.key).toBe('GITOPS_NAME_INVALID_EMPTY');
    expect(validateForm({ ...validForm(), name: 'Guestbook' }).name?.key).toBe('GITOPS_NAME_INVALID_INVALID_CHARACTERS');
    expect(validateForm({ ...validForm(), name: 'a'.repeat(64) }).name?.key).toBe('GITOPS_NAME_INVALID_TOO_LONG');
    expect(validateForm({ ...validForm(), name: '-a' }).name?.key).toBe('GITOPS_NAME_INVALID_INVALID_START');
    expect(validateForm({ ...validForm(), name: '' }, 'edit').name).toBeUndefined();
  });

  it('knows repository URLs in every form Argo CD takes', () => {
    for (const url of [
      'https://github.com/a/b',
      'http://git.local/a.git',
      'ssh://git@github.com/a/b.git',
      'git@github.com:a/b.git',
      'git://host/a',
    ]) {
      expect(isRepoUrl(url), url).toBe(true);
    }
    for (const url of ['github.com/a/b', 'https://', ' https://a/b', 'javascript:alert(1)', 'https://a b/c'])
      expect(isRepoUrl(url), url).toBe(false);
  });

  it('knows Go durations', () => {
    expect(['5s', '3m0s', '1h30m', '0.5s', '100ms'].every(isGoDuration)).toBe(true);
    expect(['5', 's', '5 s', '1d', ''].some(isGoDuration)).toBe(false);
  });

  it('groups errors by step, in step order', () => {
    const errors = validateForm({ ...validForm(), repoURL: '', destination: { by: 'server', cluster: '', namespace: 'Bad' } });
    expect(Object.keys(errorsOfStep(errors, 'destination')).sort()).toEqual(['cluster', 'namespace']);
    expect(firstStepWithErrors(errors)).toBe('source');
  });

  it('checks paths, rows and retry numbers', () => {
    const form = validForm();
    expect(validateForm({ ...form, path: '/abs' }).path?.key).toBe('GITOPS_WIZARD_ERR_PATH_ABSOLUTE');
    expect(validateForm({ ...form, path: 'a/../../b' }).path?.key).toBe('GITOPS_WIZARD_ERR_PATH_PARENT');
    const helm = validateForm({
      ...form,
      source: {
        type: 'helm',
        releaseName: '',
        valueFiles: ['a', ' '],
        values: '',
        parameters: [{ name: '', value: '1' }],
        skipCrds: false,
      },
    });
    expect(helm.valueFiles).toEqual({ key: 'GITOPS_WIZARD_ERR_ROW_EMPTY', params: { row: 2 } });
    expect(helm.parameters?.params).toEqual({ row: 1 });
    const retry = validateForm({ ...form, retry: { enabled: true, limit: 'x', duration: '5', factor: '0', maxDuration: '3m' } });
    expect(Object.keys(retry).sort()).toEqual(['retryDuration', 'retryFactor', 'retryLimit']);
  });
});
