import * as React from 'react';
import type { YamlAnalysis } from './analysis';
import { createYamlAnalyzer, type YamlAnalyzer } from './yamlAnalyzer';

/**
 * The latest check of `text` (see `yamlAnalyzer.ts`). It may be about an earlier text while the
 * newest keystrokes are being checked: `checking` says so.
 */
export function useYamlAnalysis(text: string): { analysis: YamlAnalysis | undefined; checking: boolean } {
  const [analysis, setAnalysis] = React.useState<YamlAnalysis>();
  const analyzer = React.useRef<YamlAnalyzer>();
  React.useEffect(() => {
    const created = createYamlAnalyzer(setAnalysis);
    analyzer.current = created;
    return () => created.dispose();
  }, []);
  React.useEffect(() => analyzer.current?.request(text), [text]);
  return { analysis, checking: analysis?.text !== text };
}
