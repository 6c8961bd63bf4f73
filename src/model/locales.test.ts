import { describe, expect, it } from 'vitest';
// The one place model code looks outside its folder: to check its keys against the table.
// eslint-disable-next-line no-restricted-imports
import locales from '../locales/model';
import { PARSE_PROBLEM_CODES, parseArgoStatus, parseProblemKey, parseProblemParams } from './status/argoStatus';
import { diagnose, DIAGNOSTIC_KEYS, type Diagnostic } from './diagnostics/diagnostics';
import { DNS_LABEL_PROBLEMS, dnsLabelProblemKey } from './wizard/dnsLabel';
import {
  healthLabelKey,
  phaseLabelKey,
  resultLabelKey,
  sourceTypeLabelKey,
  syncLabelKey,
  UNKNOWN_REASONS,
  unknownReasonKey,
} from './status/status';
import { COMPARISON_ERROR_STATUS, FAILED_SYNC_STATUS, makeApp } from './testFixtures';
import {
  KNOWN_HEALTH_STATUSES,
  KNOWN_OPERATION_PHASES,
  KNOWN_RESULT_CODES,
  KNOWN_SOURCE_TYPES,
  KNOWN_SYNC_STATUSES,
  LABEL_ARGOCD_APPLICATION,
  LABEL_ARGOCD_LOCATION,
  LABEL_HEALTH_STATUS,
  LABEL_SYNC_STATUS,
} from './application/types';

const en: Record<string, string> = locales.en;
const zh: Record<string, string> = locales.zh;

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every key the model can hand out. */
const emitted: string[] = [
  ...KNOWN_HEALTH_STATUSES.map((c) => healthLabelKey(c)!),
  ...KNOWN_SYNC_STATUSES.map((c) => syncLabelKey(c)!),
  ...KNOWN_OPERATION_PHASES.map((c) => phaseLabelKey(c)!),
  ...KNOWN_RESULT_CODES.map((c) => resultLabelKey(c)!),
  ...KNOWN_SOURCE_TYPES.flatMap((c) => sourceTypeLabelKey(c) ?? []),
  ...UNKNOWN_REASONS.map(unknownReasonKey),
  ...PARSE_PROBLEM_CODES.map(parseProblemKey),
  ...DNS_LABEL_PROBLEMS.map(dnsLabelProblemKey),
  ...DIAGNOSTIC_KEYS,
];

describe('model locale table', () => {
  it('has exactly the same keys in English and Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('names every key GITOPS_ in upper snake case', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^GITOPS_[A-Z0-9]+(_[A-Z0-9]+)*$/);
  });

  it('has a text for every key the model emits, and no key it never emits', () => {
    for (const key of emitted) expect(en, key).toHaveProperty(key);
    expect(Object.keys(en).sort()).toEqual([...new Set(emitted)].sort());
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(en)) expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
  });

  it('is translated: every Chinese text has Chinese in it, unless it is only placeholders', () => {
    for (const [key, text] of Object.entries(zh)) {
      if (text.replace(/\{\w+\}/g, '').trim() === '') continue;
      expect(text, key).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('uses the KubeSphere console words for statuses', () => {
    expect(zh.GITOPS_STATUS_HEALTHY).toBe('健康');
    expect(zh.GITOPS_STATUS_SYNCED).toBe('已同步');
    expect(zh.GITOPS_STATUS_OUT_OF_SYNC).toBe('未同步');
    expect(zh.GITOPS_STATUS_DEGRADED).toBe('已降级');
  });

  it('gets every placeholder of a parse problem filled', () => {
    for (const problem of parseArgoStatus('{"health":{"status":1},"sync":{"status":"New"},"reconciledAt":"x"}').problems) {
      const params = parseProblemParams(problem);
      for (const name of placeholders(en[parseProblemKey(problem.code)])) expect(params).toHaveProperty(name);
    }
  });

  it('gets every placeholder of a diagnostic filled by its params', () => {
    const noStatus = { [LABEL_HEALTH_STATUS]: undefined, [LABEL_SYNC_STATUS]: undefined };
    const found: Diagnostic[] = [
      ...diagnose(makeApp({ labels: { [LABEL_ARGOCD_LOCATION]: undefined, ...noStatus } }), undefined, { now: 0 }),
      ...diagnose(makeApp({ argoApp: COMPARISON_ERROR_STATUS, labels: noStatus }), undefined, { now: 0 }),
      ...diagnose(makeApp({ argoApp: FAILED_SYNC_STATUS, labels: noStatus, operation: true }), undefined, { now: 0 }),
      ...diagnose(makeApp({ argoApp: FAILED_SYNC_STATUS, labels: noStatus }), undefined, { now: 0 }),
      ...diagnose(
        makeApp({
          argoApp: JSON.stringify({
            health: { status: 'Progressing', lastTransitionTime: '2020-01-01T00:00:00Z' },
            conditions: [
              { type: 'SharedResourceWarning', message: 'Service/a is part of applications demo and other' },
              { type: 'SyncError', message: 'boom' },
            ],
          }),
          labels: noStatus,
        }),
        undefined,
        { now: '2020-01-01T01:00:00Z', otherApps: [makeApp({ name: 'other' })] },
      ),
      ...diagnose(makeApp({ name: 'n'.repeat(64), labels: { ...noStatus, [LABEL_ARGOCD_APPLICATION]: undefined } }), undefined, { now: 0 }),
      ...[LABEL_ARGOCD_APPLICATION, 'none'].flatMap((label) => {
        const deleting = makeApp({ labels: { [LABEL_ARGOCD_LOCATION]: undefined, [label]: undefined } });
        deleting.metadata.deletionTimestamp = '2020-01-01T00:00:00Z';
        return diagnose(deleting, undefined, { now: 0 });
      }),
    ];
    expect(found.filter((d) => d.id === 'stuck-terminating').map((d) => d.fixKey)).toEqual([
      'GITOPS_DIAG_STUCK_TERMINATING_FIX_NO_ARGO_APP',
      'GITOPS_DIAG_STUCK_TERMINATING_FIX',
    ]);
    const ids = new Set(found.map((d) => d.id));
    expect([...ids].sort()).toEqual(
      [
        'condition',
        'degraded',
        'missing-location-label',
        'name-too-long',
        'operation-in-progress',
        'out-of-sync-manual',
        'repository-access',
        'shared-resource',
        'stuck-progressing',
        'stuck-terminating',
        'sync-failed',
      ].sort(),
    );
    for (const d of found) {
      for (const key of [d.titleKey, d.causeKey, d.fixKey]) {
        expect(en, key).toHaveProperty(key);
        for (const name of placeholders(en[key])) expect(d.params, `${key} {${name}}`).toHaveProperty(name);
      }
    }
  });
});
