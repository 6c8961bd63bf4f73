type Params = Record<string, unknown>;
type Translate = (key: string, params?: Params) => string;

/** Single-brace interpolation, as the console's i18next is configured (`{name}`). */
export function interpolate(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/**
 * Translate through the console's global `t`, which knows the user's language and our merged
 * locales. This module must not import the locale tables itself: they live in the entry chunk,
 * and a page chunk importing from the entry would make SystemJS fetch the entry a second time
 * under another URL. Tests install a `window.t` of their own (see `testing/i18n.ts`).
 */
export const t: Translate = (key, params) => {
  const hostT = typeof window === 'undefined' ? undefined : (window as unknown as { t?: Translate }).t;
  if (typeof hostT === 'function') return hostT(key, params);
  return interpolate(key, params);
};
