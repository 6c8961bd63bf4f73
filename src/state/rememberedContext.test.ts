// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { forgetContext, forgetContextStores, recallContext, rememberContext } from './rememberedContext';

afterEach(() => {
  window.localStorage.clear();
  forgetContextStores();
});

describe('the remembered cluster and project', () => {
  it('is kept per workspace, in the plain format earlier versions wrote', () => {
    rememberContext('ws', { cluster: 'host', namespace: 'demo-project' });
    expect(recallContext('ws')).toEqual({ cluster: 'host', namespace: 'demo-project' });
    expect(recallContext('other')).toBeNull();
    expect(JSON.parse(window.localStorage.getItem('gitops-console:context:ws') ?? 'null')).toEqual({
      cluster: 'host',
      namespace: 'demo-project',
    });
  });

  it('reads back a choice saved by earlier versions, and ignores what it cannot read', () => {
    window.localStorage.setItem('gitops-console:context:ws', JSON.stringify({ cluster: 'member-1', namespace: 'p' }));
    window.localStorage.setItem('gitops-console:context:bad', '{"cluster":"host"}');
    window.localStorage.setItem('gitops-console:context:broken', 'not json');
    expect(recallContext('ws')).toEqual({ cluster: 'member-1', namespace: 'p' });
    expect(recallContext('bad')).toBeNull();
    expect(recallContext('broken')).toBeNull();
  });

  it('follows what another tab stored or removed since', () => {
    rememberContext('ws', { cluster: 'host', namespace: 'a' });
    window.localStorage.setItem('gitops-console:context:ws', JSON.stringify({ cluster: 'host', namespace: 'b' }));
    expect(recallContext('ws')).toEqual({ cluster: 'host', namespace: 'b' });
    window.localStorage.removeItem('gitops-console:context:ws');
    expect(recallContext('ws')).toBeNull();
  });

  it('forgets a choice, in memory and in storage', () => {
    rememberContext('ws', { cluster: 'host', namespace: 'a' });
    forgetContext('ws');
    expect(recallContext('ws')).toBeNull();
    expect(window.localStorage.getItem('gitops-console:context:ws')).toBeNull();
  });
});
