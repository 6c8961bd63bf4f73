import { describe, expect, it } from 'vitest';
import { dnsLabelProblemKey, isValidDnsLabel } from './dnsLabel';

describe('isValidDnsLabel', () => {
  it.each([['a'], ['demo'], ['my-app-2'], ['0app'], ['a'.repeat(63)]])('accepts %s', (name) => {
    expect(isValidDnsLabel(name)).toEqual({ valid: true });
  });

  it.each([
    ['', 'empty'],
    ['a'.repeat(64), 'too-long'],
    ['My-App', 'invalid-characters'],
    ['my_app', 'invalid-characters'],
    ['my.app', 'invalid-characters'],
    ['应用', 'invalid-characters'],
    ['-app', 'invalid-start'],
    ['app-', 'invalid-end'],
  ])('rejects %j as %s', (name, reason) => {
    expect(isValidDnsLabel(name)).toEqual({ valid: false, reason });
  });

  it('has an i18n key per reason', () => {
    expect(dnsLabelProblemKey('too-long')).toBe('GITOPS_NAME_INVALID_TOO_LONG');
    expect(dnsLabelProblemKey('invalid-characters')).toBe('GITOPS_NAME_INVALID_INVALID_CHARACTERS');
  });
});
