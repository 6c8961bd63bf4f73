import { describe, expect, it } from 'vitest';
import { clusterChoices, normalizeServer, respellCluster } from './clusterChoices';

const IN_CLUSTER = { server: 'https://kubernetes.default.svc', name: 'in-cluster' };
const MEMBER = { server: 'https://192.168.20.10:6443', name: 'member-1' };

/** What ks-devops answers on a multicluster host whose Secret for the host keeps the local URL. */
const SAME_SERVER = [IN_CLUSTER, { server: 'https://kubernetes.default.svc:443/', name: 'host' }, MEMBER];
/** … and where KubeSphere reaches the host by another URL. */
const OWN_URL = [IN_CLUSTER, { server: 'https://192.168.10.10:6443', name: 'host' }, MEMBER];

const summary = (choices: ReturnType<typeof clusterChoices>) => choices.map((c) => [c.value, c.label]);

describe('clusterChoices', () => {
  it('makes the same server listed twice one choice, labelled with both names', () => {
    expect(summary(clusterChoices(SAME_SERVER, 'server', ''))).toEqual([
      ['https://kubernetes.default.svc', 'host (in-cluster) — https://kubernetes.default.svc'],
      ['https://192.168.20.10:6443', 'member-1 — https://192.168.20.10:6443'],
    ]);
  });

  it('by name, offers the KubeSphere name of the local cluster, which Argo CD resolves once a Secret names it', () => {
    expect(summary(clusterChoices(SAME_SERVER, 'name', ''))).toEqual([
      ['host', 'host (in-cluster) — https://kubernetes.default.svc'],
      ['member-1', 'member-1 — https://192.168.20.10:6443'],
    ]);
  });

  it('keeps the spelling already chosen when it is one of the cluster’s', () => {
    expect(clusterChoices(SAME_SERVER, 'name', 'in-cluster')[0]).toMatchObject({
      value: 'in-cluster',
      label: 'host (in-cluster) — https://kubernetes.default.svc',
    });
    expect(clusterChoices(SAME_SERVER, 'server', 'https://kubernetes.default.svc:443/')[0].value).toBe(
      'https://kubernetes.default.svc:443/',
    );
    expect(clusterChoices(SAME_SERVER, 'server', 'https://kubernetes.default.svc')).toHaveLength(2);
  });

  it('folds the project’s own cluster, listed under another URL, into in-cluster', () => {
    expect(summary(clusterChoices(OWN_URL, 'server', '', 'host'))).toEqual([
      ['https://kubernetes.default.svc', 'host (in-cluster) — https://kubernetes.default.svc'],
      ['https://192.168.20.10:6443', 'member-1 — https://192.168.20.10:6443'],
    ]);
    // A destination already written with that URL stays chosen, in the same choice.
    expect(summary(clusterChoices(OWN_URL, 'server', 'https://192.168.10.10:6443', 'host'))[0]).toEqual([
      'https://192.168.10.10:6443',
      'host (in-cluster) — https://192.168.10.10:6443',
    ]);
    // By name, the folded choice stands for two URLs, so none is shown.
    expect(summary(clusterChoices(OWN_URL, 'name', '', 'host'))[0]).toEqual(['host', 'host (in-cluster)']);
  });

  it('keeps clusters under other URLs apart when the project’s cluster is not known', () => {
    expect(summary(clusterChoices(OWN_URL, 'server', '')).map(([v]) => v)).toEqual([
      'https://kubernetes.default.svc',
      'https://192.168.10.10:6443',
      'https://192.168.20.10:6443',
    ]);
  });

  it('keeps a value no cluster has as a choice of its own, and skips empty entries', () => {
    const choices = clusterChoices([IN_CLUSTER, {}, { name: '' }], 'server', 'https://gone.example.com');
    expect(summary(choices)).toEqual([
      ['https://kubernetes.default.svc', 'in-cluster — https://kubernetes.default.svc'],
      ['https://gone.example.com', 'https://gone.example.com'],
    ]);
  });

  it('lists clusters known by name only (Flux mode)', () => {
    expect(summary(clusterChoices([{ name: 'in-cluster' }, { name: 'edge' }], 'name', ''))).toEqual([
      ['in-cluster', 'in-cluster'],
      ['edge', 'edge'],
    ]);
    expect(clusterChoices([{ name: 'edge' }], 'server', '')).toEqual([]);
  });
});

describe('respellCluster', () => {
  it('gives the same cluster spelled the other way', () => {
    expect(respellCluster(SAME_SERVER, 'server', 'name', 'https://kubernetes.default.svc')).toBe('host');
    expect(respellCluster(SAME_SERVER, 'name', 'server', 'in-cluster')).toBe('https://kubernetes.default.svc');
    expect(respellCluster(OWN_URL, 'name', 'server', 'host', 'host')).toBe('https://kubernetes.default.svc');
    expect(respellCluster(SAME_SERVER, 'server', 'name', 'https://192.168.20.10:6443')).toBe('member-1');
    expect(respellCluster(SAME_SERVER, 'server', 'name', 'https://unknown')).toBe('');
    expect(respellCluster(SAME_SERVER, 'name', 'name', 'anything')).toBe('anything');
  });
});

describe('normalizeServer', () => {
  it('treats spellings of one URL alike', () => {
    expect(normalizeServer('HTTPS://Kubernetes.Default.SVC:443/')).toBe('https://kubernetes.default.svc');
    expect(normalizeServer('http://a:80')).toBe('http://a');
    expect(normalizeServer('https://a:6443/path/')).toBe('https://a:6443/path');
    expect(normalizeServer(' not a url ')).toBe('not a url');
  });
});
