/**
 * The YAML view's checks in a worker of their own: parsing and validating a manifest of
 * thousands of lines takes longer than a keystroke may block the page.
 */
import { analyzer } from './analysis';
import type { AnalysisRequest, AnalysisResponse } from './yamlAnalyzer';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(message: AnalysisResponse): void;
};

const analyze = analyzer();

scope.onmessage = (event) => {
  const { id, text } = event.data;
  scope.postMessage({ id, analysis: analyze(text) });
};
