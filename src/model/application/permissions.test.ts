import { describe, expect, it } from 'vitest';
import { ALL_PERMISSIONS, applicationActions, applicationPermissions, RULES_ANNOTATION } from './permissions';

const template = (rules: string) => ({ metadata: { annotations: { [RULES_ANNOTATION]: rules } } });

describe('application permissions from role templates', () => {
  it('manage allows everything', () => {
    expect(applicationPermissions(applicationActions([template('{"applications":"manage"}')]))).toEqual(ALL_PERMISSIONS);
  });

  it('view alone only reads', () => {
    expect(applicationPermissions(applicationActions([template('{"applications":"view"}'), template('{"pipelines":"manage"}')]))).toEqual({
      view: true,
      create: false,
      edit: false,
      sync: false,
      delete: false,
    });
  });

  it('no template or unreadable rules grant nothing', () => {
    expect(applicationPermissions(applicationActions([]))).toEqual({ view: false, create: false, edit: false, sync: false, delete: false });
    expect(applicationActions([template('{not json')]).size).toBe(0);
  });
});
