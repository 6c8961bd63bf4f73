import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chipMatches, ownChipCodes, statusCounts, unknownRequirement } from './statusCounts';

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

describe('statusCounts', () => {
  it('counts the application without status labels as Unknown, so 13 applications make 13 in each group', () => {
    // What ks-devops answers for 13 applications, one of which the controller never labelled.
    const counts = statusCounts({ total: 13, healthStatus: { Healthy: 10, Degraded: 2 }, syncStatus: { Synced: 11, OutOfSync: 1 } });
    expect(counts).toEqual({ total: 13, health: { Healthy: 10, Degraded: 2, Unknown: 1 }, sync: { Synced: 11, OutOfSync: 1, Unknown: 1 } });
    expect(sum(counts.health)).toBe(13);
    expect(sum(counts.sync)).toBe(13);
  });

  it('adds the unlabelled applications to those labelled Unknown', () => {
    const counts = statusCounts({ total: 5, healthStatus: { Healthy: 2, Unknown: 1 }, syncStatus: { Synced: 2, Unknown: 2 } });
    expect(counts.health).toEqual({ Healthy: 2, Unknown: 3 });
    expect(counts.sync).toEqual({ Synced: 2, Unknown: 3 });
  });

  it('keeps a code it does not know in a chip of its own', () => {
    expect(statusCounts({ total: 3, healthStatus: { Exploded: 1, Healthy: 1 }, syncStatus: {} }).health).toEqual({
      Exploded: 1,
      Healthy: 1,
      Unknown: 1,
    });
  });

  it('never counts below zero, even from an answer whose labels outnumber its total', () => {
    const counts = statusCounts({ total: 1, healthStatus: { Healthy: 2 }, syncStatus: { Synced: -1 } });
    expect(counts.health).toEqual({ Healthy: 2 });
    expect(counts.sync).toEqual({ Unknown: 1 });
  });

  it('for any summary whose labels do not outnumber its total: each group adds up to the total', () => {
    const codes = fc.constantFrom('Healthy', 'Degraded', 'Progressing', 'Unknown', 'Synced', 'OutOfSync', 'Weird');
    const group = fc.dictionary(codes, fc.nat(50));
    fc.assert(
      fc.property(group, group, fc.nat(50), (healthStatus, syncStatus, extra) => {
        const total = Math.max(sum(healthStatus), sum(syncStatus)) + extra;
        const counts = statusCounts({ total, healthStatus, syncStatus });
        expect(sum(counts.health)).toBe(total);
        expect(sum(counts.sync)).toBe(total);
      }),
      { seed: 7 },
    );
  });
});

describe('the Unknown filter', () => {
  it('leaves out every code with a chip of its own, known or not, with or without applications', () => {
    expect(ownChipCodes('health', { Exploded: 1, Unknown: 4 })).toEqual([
      'Healthy',
      'Progressing',
      'Degraded',
      'Suspended',
      'Missing',
      'Exploded',
    ]);
    expect(unknownRequirement('health', ownChipCodes('health'))).toBe(
      'gitops.kubesphere.io/health-status notin (Degraded,Healthy,Missing,Progressing,Suspended)',
    );
    expect(unknownRequirement('sync', ownChipCodes('sync'))).toBe('gitops.kubesphere.io/sync-status notin (OutOfSync,Synced)');
  });

  it('has no requirement when every application is Unknown, and skips what a selector cannot hold', () => {
    expect(unknownRequirement('sync', [])).toBe('');
    expect(unknownRequirement('sync', ['Synced', 'a b', 'Unknown'])).toBe('gitops.kubesphere.io/sync-status notin (Synced)');
  });

  it('matches what the chips count: no label, an empty one, Unknown, or a code without a chip', () => {
    const own = ownChipCodes('sync');
    expect([undefined, '', 'Unknown', 'Weird'].map((value) => chipMatches('Unknown', value, own))).toEqual([true, true, true, true]);
    expect(chipMatches('Unknown', 'Synced', own)).toBe(false);
    expect(chipMatches('Synced', 'Synced', own)).toBe(true);
    expect(chipMatches('Synced', undefined, own)).toBe(false);
  });
});
