import { afterEach, describe, expect, it } from 'vitest';
import { isMultiCluster } from './globals';

const win = globalThis as unknown as { window?: { globals?: unknown } };
afterEach(() => delete win.window);

describe('multicluster, read as the console reads it', () => {
  it('follows ksConfig.multicluster.clusterRole', () => {
    win.window = { globals: { ksConfig: { multicluster: { clusterRole: 'host' } } } };
    expect(isMultiCluster()).toBe(true);
    win.window = { globals: { ksConfig: { multicluster: { clusterRole: 'none' } } } };
    expect(isMultiCluster()).toBe(false);
  });

  it('is single-cluster without a console', () => {
    expect(isMultiCluster()).toBe(false);
  });
});
