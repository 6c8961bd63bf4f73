import * as React from 'react';
import type { Application } from '../../model/application/types';

/**
 * Texts up to this length are kept in the draft at every keystroke, as they always were: the
 * draft is written to localStorage, and for them that costs well under a millisecond.
 */
const KEEP_AT_ONCE_CHARS = 20_000;
/**
 * A longer text is kept once typing pauses this long: writing a draft of 5,000 lines takes tens
 * of milliseconds, too long for every keystroke. It is kept at once when the page is hidden or
 * left (a reload, a closed tab) and when the view closes, so no keystroke is ever lost.
 */
const PAUSE_MS = 600;

type OnChange = (text: string, manifest: Application | null) => void;

export interface Settled {
  text: string;
  /** `null` when the text is not a valid manifest. */
  manifest: Application | null;
}

/**
 * Hands the YAML view's text, and its manifest once checked, to the draft (`onChange`). `pending`
 * is true while a change waits for a pause; `emitted` is the last manifest handed over.
 * `settle` runs when the page or the view is being left: it returns the newest text with its
 * manifest when that text was not checked yet, checked there and then. Else the draft would pair
 * the newest text with an older manifest, and reopening would write that manifest back into it.
 */
export function useKeptText(manifest: Application, onChange: OnChange, settle: () => Settled | undefined) {
  const manifestRef = React.useRef(manifest);
  manifestRef.current = manifest;
  const onChangeRef = React.useRef(onChange);
  onChangeRef.current = onChange;
  const emitted = React.useRef(manifest);
  /** The text last handed over: a check that finds the manifest unchanged has nothing to add. */
  const handed = React.useRef<string>();
  const waiting = React.useRef<{ text: string; manifest: Application | null }>();
  const timer = React.useRef<ReturnType<typeof setTimeout>>();
  const [pending, setPending] = React.useState(false);
  const settleRef = React.useRef(settle);
  settleRef.current = settle;

  const flush = React.useCallback((leaving = false) => {
    clearTimeout(timer.current);
    const next = waiting.current;
    if (!next) return;
    waiting.current = undefined;
    // No state to set on a view that is closing.
    if (!leaving) setPending(false);
    const changed = next.manifest !== manifestRef.current ? next.manifest : null;
    if (!changed && next.text === handed.current) return;
    if (changed) emitted.current = changed;
    handed.current = next.text;
    onChangeRef.current(next.text, changed);
  }, []);

  const keep = React.useCallback(
    (text: string, parsed: Application | null) => {
      // A manifest checked earlier still holds for a text that does not parse (yet).
      waiting.current = { text, manifest: parsed ?? waiting.current?.manifest ?? null };
      if (text.length <= KEEP_AT_ONCE_CHARS) return flush();
      setPending(true);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => flush(), PAUSE_MS);
    },
    [flush],
  );

  React.useEffect(() => {
    const leave = (closing: boolean) => {
      const settled = settleRef.current();
      if (settled) waiting.current = { text: settled.text, manifest: settled.manifest ?? waiting.current?.manifest ?? null };
      flush(closing);
    };
    const onPageHide = () => leave(false);
    const onVisibility = () => document.visibilityState === 'hidden' && leave(false);
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onVisibility);
      leave(true);
    };
  }, [flush]);

  return { keep, pending, emitted };
}
