/**
 * What the YAML view needs to know about its text, computed in one go so that it can run off
 * the main thread (see `yamlAnalyzer.ts`): the manifest or the syntax error, and the
 * diagnostics with the line each one is on, counted in the text that was checked.
 */
import type { Application } from '../../model/application/types';
import { jsonEqual } from '../../model/wizard/draftMerge';
import { checkManifestYaml, type YamlDiagnostic, type YamlParse } from '../../model/wizard/wizardYaml';

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
   * changed): the draft has nothing new to take, and `parse.manifest` is that same object.
   * Told by the checker, off the page's thread, because comparing two manifests of thousands of
   * lines takes a while.
   */
  sameManifest: boolean;
}

/**
 * A check as the worker sends it back: without the text (the page asked with it) and, when the
 * manifest did not change, without the manifest (the page has it from the previous check). Both
 * run to hundreds of kilobytes at 5,000 lines, and each copy is made on the page's thread.
 */
export interface SentAnalysis {
  parse: YamlParse | { ok: true; manifest?: undefined };
  diagnostics: LinedDiagnostic[];
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
  const { parse, diagnostics: found } = checkManifestYaml(text);
  const lines = linesOf(
    text,
    found.map((d) => d.from),
  );
  const sameManifest = parse.ok && previous !== undefined && jsonEqual(parse.manifest, previous);
  return { text, parse, diagnostics: found.map((d, i) => ({ ...d, line: lines[i] })), sameManifest };
}

/** Checks texts one after the other, each compared with the last manifest found. */
export function analyzer(): (text: string) => SentAnalysis {
  let previous: Application | undefined;
  return (text) => {
    const { parse, diagnostics, sameManifest } = analyzeYaml(text, previous);
    if (parse.ok) previous = parse.manifest;
    return { parse: sameManifest ? { ok: true } : parse, diagnostics, sameManifest };
  };
}

/**
 * The page's side of `analyzer`: puts the text and, for an unchanged manifest, the manifest
 * received last back into a check. Returns the manifest to keep for the next one.
 */
export function receiver(): (text: string, sent: SentAnalysis) => YamlAnalysis {
  let last: Application | undefined;
  return (text, sent) => {
    const { parse } = sent;
    if (parse.ok && parse.manifest) last = parse.manifest;
    const full: YamlParse = parse.ok ? { ok: true, manifest: (parse.manifest ?? last) as Application } : parse;
    return { text, parse: full, diagnostics: sent.diagnostics, sameManifest: sent.sameManifest };
  };
}
