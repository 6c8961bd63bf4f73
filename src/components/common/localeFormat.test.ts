import { afterEach, describe, expect, it } from 'vitest';
import { formatAgo, formatClock, formatDateTime, formatList, toMillis } from './localeFormat';
import { formatTime, sourceTypeWord } from '../detail/format';
import { describeTime, relativeText } from '../list/relativeTime';
import { consoleLocale, labelled } from '../../host';
import { installTestTranslations } from '../../testing/i18n';

const win = globalThis as unknown as { window?: unknown };

/** The console showing `lang`, with the real locale tables. */
function consoleIn(lang: 'en' | 'zh') {
  win.window = {};
  installTestTranslations(lang);
}

afterEach(() => {
  delete win.window;
});

// Noon UTC is 1 December in every time zone the tests may run in.
const NOON = '2026-12-01T12:00:00Z';
const MINUTE = 60_000;

describe('dates and times in the console’s language', () => {
  it('follow the console, not the browser: a Chinese console shows Chinese dates', () => {
    consoleIn('zh');
    expect(consoleLocale()).toBe('zh-CN');
    expect(formatTime(NOON)).toMatch(/^2026年12月1日 \d{2}:00:00$/);
    expect(describeTime(NOON, Date.parse(NOON) + 3 * MINUTE)).toEqual({ text: '3分钟前', absolute: formatDateTime(NOON) });
    expect(relativeText(0, 2_000)).toBe('刚刚');
    expect(relativeText(0, 86_400_000)).toBe('昨天');
    expect(formatClock(NOON)).toMatch(/^\d{2}:00:00$/);
  });

  it('write the month as a word in English, so 12/1 is never read as 12 January', () => {
    consoleIn('en');
    expect(consoleLocale()).toBe('en');
    expect(formatTime(NOON)).toMatch(/^Dec 1, 2026, \d{1,2}:00:00 [AP]M$/);
    expect(describeTime(NOON, Date.parse(NOON) + 3 * MINUTE)?.text).toBe('3 minutes ago');
    expect(relativeText(0, 2_000)).toBe('just now');
  });

  it('take an explicit locale, and give null for what is not a time', () => {
    expect(formatDateTime(NOON, 'zh-CN')).toContain('2026年12月1日');
    expect(formatDateTime('not a date')).toBeNull();
    expect(formatDateTime(undefined)).toBeNull();
    expect(toMillis('')).toBeNull();
    expect(toMillis(5)).toBe(5);
    expect(formatAgo(0, 1_000, 'en')).toBeNull();
    expect(formatAgo(0, 2 * 3_600_000, 'zh-CN')).toBe('2小时前');
  });
});

describe('other words in the console’s language', () => {
  it('run lists together with the language’s own separator', () => {
    expect(formatList(['清理资源', '试运行'], 'zh-CN')).toBe('清理资源、试运行');
    expect(formatList(['Prune', 'Dry run'], 'en')).toBe('Prune, Dry run');
  });

  it('put a full-width colon after a Chinese label', () => {
    consoleIn('zh');
    expect(labelled('集群', 'host')).toBe('集群：host');
    expect(labelled('集群')).toBe('集群：');
    consoleIn('en');
    expect(labelled('Cluster', 'host')).toBe('Cluster: host');
  });

  it('translate the source type Directory, and keep tool names', () => {
    consoleIn('zh');
    expect(sourceTypeWord('Directory')).toBe('目录');
    expect(sourceTypeWord('Plugin')).toBe('插件');
    expect(sourceTypeWord('Helm')).toBe('Helm');
    expect(sourceTypeWord('Kustomize')).toBe('Kustomize');
  });
});
