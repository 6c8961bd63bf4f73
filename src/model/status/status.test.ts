import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseArgoStatus } from './argoStatus';
import {
  appHealth,
  appSync,
  hasLocationLabel,
  healthIcon,
  healthLabelKey,
  healthSeverity,
  isOperationInProgress,
  syncBlocker,
  phaseIcon,
  phaseLabelKey,
  phaseSeverity,
  resultIcon,
  resultLabelKey,
  resultSeverity,
  syncIcon,
  syncLabelKey,
  syncSeverity,
  unknownReasonKey,
  isNameTooLongToMirror,
  worseSeverity,
} from './status';
import { ARGO_STATUS, FAILED_SYNC_STATUS, makeApp } from '../testFixtures';
import { LABEL_ARGOCD_APPLICATION, LABEL_ARGOCD_LOCATION, LABEL_HEALTH_STATUS, LABEL_SYNC_STATUS } from '../application/types';

const noStatusLabels = { [LABEL_HEALTH_STATUS]: undefined, [LABEL_SYNC_STATUS]: undefined };

describe('appHealth / appSync', () => {
  it('read the status labels first, even when status.argoApp says otherwise', () => {
    const app = makeApp({
      labels: { [LABEL_HEALTH_STATUS]: 'Degraded', [LABEL_SYNC_STATUS]: 'OutOfSync' },
      argoApp: ARGO_STATUS,
    });
    expect(appHealth(app)).toEqual({ code: 'Degraded', source: 'label' });
    expect(appSync(app)).toEqual({ code: 'OutOfSync', source: 'label' });
  });

  it('fall back to status.argoApp when the labels are missing', () => {
    const app = makeApp({ labels: noStatusLabels, argoApp: FAILED_SYNC_STATUS });
    expect(appHealth(app)).toEqual({ code: 'Degraded', source: 'status' });
    expect(appSync(app)).toEqual({ code: 'OutOfSync', source: 'status' });
  });

  it('use an already parsed status instead of parsing again', () => {
    const app = makeApp({ labels: noStatusLabels, argoApp: 'not json' });
    const parsed = parseArgoStatus(ARGO_STATUS);
    expect(appHealth(app, parsed).code).toBe('Healthy');
  });

  it('ignore blank labels', () => {
    const app = makeApp({ labels: { [LABEL_HEALTH_STATUS]: ' ' }, argoApp: ARGO_STATUS });
    expect(appHealth(app).source).toBe('status');
  });

  it('say Unknown because the location label is missing', () => {
    const app = makeApp({ labels: { ...noStatusLabels, [LABEL_ARGOCD_LOCATION]: undefined } });
    expect(hasLocationLabel(app)).toBe(false);
    expect(appHealth(app)).toEqual({ code: 'Unknown', source: 'none', reason: 'missing-location-label' });
    expect(appSync(app)).toEqual({ code: 'Unknown', source: 'none', reason: 'missing-location-label' });
  });

  it('say Unknown because the name is too long to mirror, whatever the label', () => {
    const name = 'n'.repeat(64);
    const app = makeApp({ name, labels: { ...noStatusLabels, [LABEL_ARGOCD_APPLICATION]: undefined, [LABEL_ARGOCD_LOCATION]: undefined } });
    expect(appHealth(app)).toEqual({ code: 'Unknown', source: 'none', reason: 'name-too-long' });
    expect(isNameTooLongToMirror(app)).toBe(true);
    // Mirrored after all (a label or a status): not the name, then.
    expect(isNameTooLongToMirror(makeApp({ name }))).toBe(false);
    expect(isNameTooLongToMirror(makeApp({ name, labels: { [LABEL_ARGOCD_APPLICATION]: undefined }, argoApp: '{}' }))).toBe(false);
    expect(unknownReasonKey('name-too-long')).toBe('GITOPS_UNKNOWN_REASON_NAME_TOO_LONG');
  });

  it('say Unknown because Argo CD has not reported yet', () => {
    expect(appHealth(makeApp({ labels: noStatusLabels }))).toEqual({
      code: 'Unknown',
      source: 'none',
      reason: 'not-reported-yet',
    });
    // A status that exists but has no health yet is the same situation.
    expect(appHealth(makeApp({ labels: noStatusLabels, argoApp: '{"reconciledAt":"2024-01-01T00:00:00Z"}' })).reason).toBe(
      'not-reported-yet',
    );
  });

  it('say Unknown because status.argoApp cannot be read', () => {
    expect(appSync(makeApp({ labels: noStatusLabels, argoApp: '{"sync":' }))).toEqual({
      code: 'Unknown',
      source: 'none',
      reason: 'unreadable-status',
    });
  });

  it('keep a code this console does not know, to show it raw', () => {
    const app = makeApp({ labels: { [LABEL_HEALTH_STATUS]: 'Hibernating' } });
    const state = appHealth(app);
    expect(state.code).toBe('Hibernating');
    expect(healthLabelKey(state.code)).toBeNull();
    expect(healthSeverity(state.code)).toBe('unknown');
    expect(healthIcon(state.code)).toBe('Question');
  });
});

describe('isOperationInProgress', () => {
  it('is true while spec.argoApp.operation is set (the API refuses another sync)', () => {
    expect(isOperationInProgress(makeApp({ operation: true }))).toBe(true);
  });
  it('is true while Argo CD reports Running or Terminating', () => {
    expect(isOperationInProgress(makeApp({ argoApp: '{"operationState":{"phase":"Running"}}' }))).toBe(true);
    expect(isOperationInProgress(makeApp({ argoApp: '{"operationState":{"phase":"Terminating"}}' }))).toBe(true);
  });
  it('is false once the operation has finished', () => {
    expect(isOperationInProgress(makeApp({ argoApp: FAILED_SYNC_STATUS }))).toBe(false);
    expect(isOperationInProgress(makeApp())).toBe(false);
  });
});

describe('syncBlocker', () => {
  it('is `requested` while the KubeSphere object holds an operation, whatever Argo CD reports', () => {
    expect(syncBlocker(makeApp({ operation: true }))).toBe('requested');
    expect(syncBlocker(makeApp({ operation: true, argoApp: '{"operationState":{"phase":"Running"}}' }))).toBe('requested');
  });
  it('is `running` while Argo CD runs an operation the object does not hold (a sync sent now would be dropped)', () => {
    expect(syncBlocker(makeApp({ argoApp: '{"operationState":{"phase":"Running"}}' }))).toBe('running');
    expect(syncBlocker(makeApp({ argoApp: '{"operationState":{"phase":"Terminating"}}' }))).toBe('running');
  });
  it('is null when a sync would run', () => {
    expect(syncBlocker(makeApp({ argoApp: FAILED_SYNC_STATUS }))).toBeNull();
    expect(syncBlocker(makeApp())).toBeNull();
  });
});

describe('severity, icon and label key of each status', () => {
  it.each([
    ['Healthy', 'success', 'HeartDuotone', 'GITOPS_STATUS_HEALTHY'],
    ['Progressing', 'info', 'LoadingCircleDuotone', 'GITOPS_STATUS_PROGRESSING'],
    ['Suspended', 'warning', 'PauseCircleDuotone', 'GITOPS_STATUS_SUSPENDED'],
    ['Missing', 'warning', 'Warning', 'GITOPS_STATUS_MISSING'],
    ['Degraded', 'error', 'CloseCircleDuotone', 'GITOPS_STATUS_DEGRADED'],
    ['Unknown', 'unknown', 'Question', 'GITOPS_STATUS_UNKNOWN'],
  ])('health %s is %s with icon %s', (code, severity, icon, key) => {
    expect(healthSeverity(code)).toBe(severity);
    expect(healthIcon(code)).toBe(icon);
    expect(healthLabelKey(code)).toBe(key);
  });

  it.each([
    ['Synced', 'success', 'Success', 'GITOPS_STATUS_SYNCED'],
    ['OutOfSync', 'warning', 'SubtractCircleDuotone', 'GITOPS_STATUS_OUT_OF_SYNC'],
    ['Unknown', 'unknown', 'Question', 'GITOPS_STATUS_UNKNOWN'],
  ])('sync %s is %s with icon %s', (code, severity, icon, key) => {
    expect(syncSeverity(code)).toBe(severity);
    expect(syncIcon(code)).toBe(icon);
    expect(syncLabelKey(code)).toBe(key);
  });

  it.each([
    ['Running', 'info', 'LoadingCircleDuotone', 'GITOPS_PHASE_RUNNING'],
    ['Terminating', 'warning', 'StopCircleDuotone', 'GITOPS_PHASE_TERMINATING'],
    ['Succeeded', 'success', 'Success', 'GITOPS_PHASE_SUCCEEDED'],
    ['Failed', 'error', 'CloseCircleDuotone', 'GITOPS_PHASE_FAILED'],
    ['Error', 'error', 'CloseCircleDuotone', 'GITOPS_PHASE_ERROR'],
  ])('operation phase %s is %s with icon %s', (code, severity, icon, key) => {
    expect(phaseSeverity(code)).toBe(severity);
    expect(phaseIcon(code)).toBe(icon);
    expect(phaseLabelKey(code)).toBe(key);
  });

  it.each([
    ['Synced', 'success', 'Success', 'GITOPS_RESULT_SYNCED'],
    ['SyncFailed', 'error', 'CloseCircleDuotone', 'GITOPS_RESULT_SYNC_FAILED'],
    ['Pruned', 'info', 'SubtractCircleDuotone', 'GITOPS_RESULT_PRUNED'],
    ['PruneSkipped', 'warning', 'Warning', 'GITOPS_RESULT_PRUNE_SKIPPED'],
  ])('sync result %s is %s with icon %s', (code, severity, icon, key) => {
    expect(resultSeverity(code)).toBe(severity);
    expect(resultIcon(code)).toBe(icon);
    expect(resultLabelKey(code)).toBe(key);
  });

  it('gives every state of one column its own shape, so the icons differ without colour', () => {
    const distinct = (icons: string[]) => expect(new Set(icons).size).toBe(icons.length);
    distinct(['Healthy', 'Progressing', 'Suspended', 'Missing', 'Degraded', 'Unknown'].map((c) => healthIcon(c)));
    distinct(['Synced', 'OutOfSync', 'Unknown'].map((c) => syncIcon(c)));
    distinct(['Running', 'Terminating', 'Succeeded', 'Failed'].map((c) => phaseIcon(c)));
    distinct(['Synced', 'SyncFailed', 'Pruned', 'PruneSkipped'].map((c) => resultIcon(c)));
  });

  it('unknown values get the neutral severity and icon, and no label key', () => {
    for (const code of ['', 'toString', '__proto__', 'healthy', undefined]) {
      expect(healthSeverity(code)).toBe('unknown');
      expect(syncSeverity(code)).toBe('unknown');
      expect(phaseSeverity(code)).toBe('unknown');
      expect(resultSeverity(code)).toBe('unknown');
      expect(syncIcon(code)).toBe('Question');
      expect(syncLabelKey(code)).toBeNull();
      expect(phaseLabelKey(code)).toBeNull();
      expect(resultLabelKey(code)).toBeNull();
    }
  });

  it('explains each Unknown reason with its own key', () => {
    expect(unknownReasonKey('missing-location-label')).toBe('GITOPS_UNKNOWN_REASON_MISSING_LOCATION_LABEL');
    expect(unknownReasonKey('not-reported-yet')).toBe('GITOPS_UNKNOWN_REASON_NOT_REPORTED_YET');
    expect(unknownReasonKey('unreadable-status')).toBe('GITOPS_UNKNOWN_REASON_UNREADABLE_STATUS');
  });

  it('folds severities worst first: error > warning > info > unknown > success', () => {
    expect(worseSeverity('success', 'unknown')).toBe('unknown');
    expect(worseSeverity('info', 'unknown')).toBe('info');
    expect(worseSeverity('warning', 'info')).toBe('warning');
    expect(worseSeverity('warning', 'error')).toBe('error');
  });
});

describe('icon names', () => {
  it('all exist in @kubed/icons, where an unknown name breaks the page', () => {
    const typings = readFileSync(createRequire(import.meta.url).resolve('@kubed/icons/dist/index.d.ts'), 'utf8');
    const exported = new Set([...typings.matchAll(/export const (\w+): Icon;/g)].map((m) => m[1]));
    const codes = ['Healthy', 'Progressing', 'Degraded', 'Suspended', 'Missing', 'Unknown', 'Synced', 'OutOfSync'];
    const phases = ['Running', 'Terminating', 'Failed', 'Error', 'Succeeded', 'SyncFailed', 'Pruned', 'PruneSkipped', 'x'];
    const used = new Set([...codes.map(healthIcon), ...codes.map(syncIcon), ...phases.map(phaseIcon), ...phases.map(resultIcon)]);
    for (const name of used) expect(exported.has(name), name).toBe(true);
  });
});
