import { describe, expect, it } from 'vitest';
import { rewriteEntryImports } from '../build/entryImports';

const ENTRY =
  'System.register(["react"],(function(O,a){"use strict";return{execute:(function(){' +
  'const I=()=>a.import("./ListRoute-CIVxjF70.js"),_=()=>a.import("./DetailRoute-DxScBp-c.js");O("default",{routes:[]})})}}));';
const exists = (file: string) => ['ListRoute-CIVxjF70.js', 'DetailRoute-DxScBp-c.js'].includes(file);

describe('the entry names its chunks by their ReverseProxy URL', () => {
  it('turns every relative lazy import into /proxy/gitops-console/<file> with the retry suffix of the module meta', () => {
    const { code, problems } = rewriteEntryImports(ENTRY, '/proxy/gitops-console', exists);
    expect(problems).toEqual([]);
    expect(code).toContain('a.import("/proxy/gitops-console/ListRoute-CIVxjF70.js"+(a.meta.gitopsRetry||""))');
    expect(code).toContain('a.import("/proxy/gitops-console/DetailRoute-DxScBp-c.js"+(a.meta.gitopsRetry||""))');
    expect(code).not.toMatch(/["']\.\//);
  });

  it('refuses a chunk the bundle does not have', () => {
    const { problems } = rewriteEntryImports(ENTRY.replace('ListRoute-CIVxjF70', 'Gone-00000000'), '/proxy/gitops-console', exists);
    expect(problems.join()).toContain('Gone-00000000.js, which is not in the bundle');
  });

  it('refuses an entry that imports a chunk statically (it would be fetched next to the entry, where 4.1.x serves nothing)', () => {
    const { problems } = rewriteEntryImports(
      ENTRY.replace('["react"]', '["react","./paths-piPwr9er.js"]'),
      '/proxy/gitops-console',
      exists,
    );
    expect(problems.join()).toContain('imports ./paths-piPwr9er.js statically');
  });
});
