import * as React from 'react';
import type { YamlAnalysis } from './analysis';
import { createYamlAnalyzer, type YamlAnalyzer } from './yamlAnalyzer';

/** Texts up to this length are checked at every keystroke: sending one to the worker and back costs next to nothing. */
const CHECK_AT_ONCE_CHARS = 20_000;
/**
 * A longer text is checked once typing pauses this long. Each check copies the whole text to
 * the worker and its result back, on the page's thread, between two keystrokes; while the user
 * types, a check would be stale before it is shown anyway.
 */
const CHECK_PAUSE_MS = 250;

/**
 * The latest check of `text` (see `yamlAnalyzer.ts`). It may be about an earlier text while the
 * newest keystrokes are being checked: `checking` says so.
 */
export function useYamlAnalysis(
  text: string,
  create: (onResult: (analysis: YamlAnalysis) => void) => YamlAnalyzer = createYamlAnalyzer,
): { analysis: YamlAnalysis | undefined; checking: boolean } {
  const [analysis, setAnalysis] = React.useState<YamlAnalysis>();
  const analyzer = React.useRef<YamlAnalyzer>();
  React.useEffect(() => {
    const created = create(setAnalysis);
    analyzer.current = created;
    return () => created.dispose();
    // One analyzer for the view's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  React.useEffect(() => {
    if (text.length <= CHECK_AT_ONCE_CHARS) return analyzer.current?.request(text);
    const timer = setTimeout(() => analyzer.current?.request(text), CHECK_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return { analysis, checking: analysis?.text !== text };
}
