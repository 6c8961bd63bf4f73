/**
 * What the YAML view needs to know about its text, computed in one go so that it can run off
 * the main thread (see `yamlAnalyzer.ts`): the manifest or the syntax error, and the
 * diagnostics with the line each one is on, counted in the text that was checked.
 */
import type { Application } from '../../model/application/types';
import { jsonEqual } from '../../model/wizard/draftMerge';
import { parseManifestYaml, yamlDiagnostics, type YamlDiagnostic, type YamlParse } from '../../model/wizard/wizardYaml';

export interface LinedDiagnostic extends YamlDiagnostic {
  /** 1-based line of `from`. */
  line: number;
}

export interface YamlAnalysis {
  /** The text this is about. */
  text: string;
  parse: YamlParse;
  diagnostics: LinedDiagnostic[];
  /**
   * The manifest is the same as the one the previous check found (a comment or the layout
   * changed): the draft has nothing new to take. Told here, off the page's thread, because
   * comparing two manifests of thousands of lines takes a while.
   */
  sameManifest: boolean;
}

/** Lines of several offsets in one pass over the text (a 5,000-line text may have hundreds). */
function linesOf(text: string, offsets: number[]): number[] {
  const order = offsets.map((o, i) => [o, i] as const).sort((a, b) => a[0] - b[0]);
  const lines = new Array<number>(offsets.length);
  let line = 1;
  let at = 0;
  for (const [offset, i] of order) {
    const end = Math.max(0, Math.min(offset, text.length));
    for (; at < end; at++) if (text.charCodeAt(at) === 10) line++;
    lines[i] = line;
  }
  return lines;
}

/**
 * Never throws: a text that is no manifest gives its first problem. `previous` is the manifest
 * of the previous check that found one.
 */
export function analyzeYaml(text: string, previous?: Application): YamlAnalysis {
  const parse = parseManifestYaml(text);
  const found = yamlDiagnostics(text);
  const lines = linesOf(
    text,
    found.map((d) => d.from),
  );
  const sameManifest = parse.ok && previous !== undefined && jsonEqual(parse.manifest, previous);
  return { text, parse, diagnostics: found.map((d, i) => ({ ...d, line: lines[i] })), sameManifest };
}

/** Checks texts one after the other, each compared with the last manifest found. */
export function analyzer(): (text: string) => YamlAnalysis {
  let previous: Application | undefined;
  return (text) => {
    const analysis = analyzeYaml(text, previous);
    if (analysis.parse.ok) previous = analysis.parse.manifest;
    return analysis;
  };
}
