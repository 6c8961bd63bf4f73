import { describe, expect, it } from 'vitest';
import { isActionAllowed, requiredPermission } from './actionRights';
import type { DiagnosticAction } from './diagnosticTypes';
import { ALL_PERMISSIONS, NO_PERMISSIONS, applicationPermissions } from '../application/permissions';

const ACTIONS: DiagnosticAction[] = [
  { type: 'add-location-label', location: 'argocd' },
  { type: 'finish-deletion', location: 'argocd' },
  { type: 'remove-finalizers' },
  { type: 'recreate' },
  { type: 'sync' },
  { type: 'enable-auto-sync' },
  { type: 'open-git-repositories', repoURL: 'https://example.com/repo.git' },
];

describe('the rights a diagnostic fix needs', () => {
  it('as the header reads them: sync to sync, create to create again, edit for every change, none for a hint', () => {
    expect(Object.fromEntries(ACTIONS.map((a) => [a.type, requiredPermission(a)]))).toEqual({
      'add-location-label': 'edit',
      'finish-deletion': 'edit',
      'remove-finalizers': 'edit',
      recreate: 'create',
      sync: 'sync',
      'enable-auto-sync': 'edit',
      'open-git-repositories': null,
    });
  });

  it('a view-only user may take none of the fixes, only read the hint', () => {
    const viewer = applicationPermissions(new Set(['view']));
    expect(ACTIONS.filter((a) => isActionAllowed(a, viewer)).map((a) => a.type)).toEqual(['open-git-repositories']);
    expect(ACTIONS.filter((a) => isActionAllowed(a, NO_PERMISSIONS)).map((a) => a.type)).toEqual(['open-git-repositories']);
  });

  it('offers nothing that needs a right while the rights are unknown, and everything to a user who has them all', () => {
    expect(ACTIONS.filter((a) => isActionAllowed(a, undefined)).map((a) => a.type)).toEqual(['open-git-repositories']);
    expect(ACTIONS.every((a) => isActionAllowed(a, ALL_PERMISSIONS))).toBe(true);
    // Edit without create: every fix but creating the application again.
    const editor = applicationPermissions(new Set(['edit']));
    expect(ACTIONS.filter((a) => !isActionAllowed(a, editor)).map((a) => a.type)).toEqual(['recreate']);
  });
});
