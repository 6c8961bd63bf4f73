import { afterEach, describe, expect, it } from 'vitest';
import { consoleLanguage, interpolate, registerTranslations, t } from './i18n';

type Win = { t?: (key: string, params?: Record<string, unknown>) => string };
const win = globalThis as unknown as { window?: Win };

/** A console `t` that knows only the entry's strings, like KubeSphere after `registerLocales`. */
function installConsole(lang: 'en' | 'zh') {
  const entry: Record<string, string> = { GITOPS_LANG: lang, GITOPS_MENU_TITLE: 'GitOps' };
  win.window = { t: (key, params) => (key in entry ? interpolate(entry[key], params) : key) };
}

afterEach(() => {
  delete win.window;
});

describe('translation of page strings that travel with the page chunks', () => {
  registerTranslations({ en: { GITOPS_X_HELLO: 'Hello {name}' }, zh: { GITOPS_X_HELLO: '你好 {name}' } });

  it('asks the console first', () => {
    installConsole('zh');
    expect(t('GITOPS_MENU_TITLE')).toBe('GitOps');
  });

  it('falls back to the page tables in the language the console resolved', () => {
    installConsole('zh');
    expect(consoleLanguage()).toBe('zh');
    expect(t('GITOPS_X_HELLO', { name: 'KubeSphere' })).toBe('你好 KubeSphere');
    installConsole('en');
    expect(t('GITOPS_X_HELLO', { name: 'KubeSphere' })).toBe('Hello KubeSphere');
  });

  it('uses English for a language it has no table for, and the key for an unknown key', () => {
    win.window = { t: (key) => (key === 'GITOPS_LANG' ? 'es' : key) };
    expect(t('GITOPS_X_HELLO', { name: 'a' })).toBe('Hello a');
    expect(t('GITOPS_X_MISSING')).toBe('GITOPS_X_MISSING');
  });
});

describe('lookups in the console', () => {
  it('reads the language once per task, and a switch shows from the next task on', async () => {
    let lang = 'zh';
    let lookups = 0;
    win.window = {
      t: (key) => {
        lookups++;
        return key === 'GITOPS_LANG' ? lang : key;
      },
    };
    for (let i = 0; i < 100; i++) expect(t('GITOPS_X_HELLO', { name: 'a' })).toBe('你好 a');
    // One read of the language; page strings are not asked of the console.
    expect(lookups).toBe(1);
    lang = 'en';
    await Promise.resolve();
    expect(t('GITOPS_X_HELLO', { name: 'a' })).toBe('Hello a');
  });
});

describe('with the console’s own i18next configuration', () => {
  it('shows interpolated values as typed, not HTML-escaped', async () => {
    const { default: i18next } = await import('i18next');
    const instance = i18next.createInstance();
    await instance.init({
      lng: 'en',
      fallbackLng: 'en',
      resources: { en: { translation: { GITOPS_LANG: 'en', GITOPS_EDIT_APPLICATION: 'Edit {name}' } } },
      interpolation: { prefix: '{', suffix: '}' },
    });
    win.window = { t: instance.t.bind(instance) as unknown as Win['t'] };
    expect(t('GITOPS_EDIT_APPLICATION', { name: 'a<b & "c"' })).toBe('Edit a<b & "c"');
    // The console's default really escapes: this is why `t` asks it not to.
    expect(instance.t('GITOPS_EDIT_APPLICATION', { name: '<b>' })).toBe('Edit &lt;b&gt;');
  });
});
