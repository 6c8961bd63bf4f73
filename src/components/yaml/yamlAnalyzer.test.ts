import { describe, expect, it, vi } from 'vitest';
import type { YamlAnalysis } from './analysis';
import { analyzer, analyzeYaml } from './analysis';
import { createYamlAnalyzer, type AnalysisRequest } from './yamlAnalyzer';

/** A worker the test answers by hand. */
function fakeWorker() {
  const posted: AnalysisRequest[] = [];
  const worker = {
    onmessage: null as ((e: MessageEvent) => void) | null,
    onerror: null as (() => void) | null,
    onmessageerror: null as (() => void) | null,
    postMessage: (m: AnalysisRequest) => posted.push(m),
    terminate: vi.fn(),
  };
  const answer = (i: number) => worker.onmessage?.({ data: { id: posted[i].id, analysis: analyzeYaml(posted[i].text) } } as MessageEvent);
  return { worker, posted, answer, start: () => worker as unknown as Worker };
}

const waitFor = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe('the YAML view checking its text off the keystroke', () => {
  it('checks one text at a time, and of those typed meanwhile only the last', () => {
    const fake = fakeWorker();
    const results: string[] = [];
    const analyzer = createYamlAnalyzer((a) => results.push(a.text), fake.start);
    analyzer.request('a: 1');
    analyzer.request('a: 12');
    analyzer.request('a: 123');
    expect(fake.posted.map((p) => p.text)).toEqual(['a: 1']);
    fake.answer(0);
    expect(fake.posted.map((p) => p.text)).toEqual(['a: 1', 'a: 123']);
    fake.answer(1);
    expect(results).toEqual(['a: 1', 'a: 123']);
  });

  it('checks on the page when the worker cannot load, and loses no text', async () => {
    const fake = fakeWorker();
    const results: YamlAnalysis[] = [];
    const analyzer = createYamlAnalyzer((a) => results.push(a), fake.start);
    analyzer.request('metadata:\n  name: a: b\n');
    fake.worker.onerror?.();
    await waitFor(() => results.length > 0);
    expect(fake.worker.terminate).toHaveBeenCalled();
    expect(results[0].parse.ok).toBe(false);
    analyzer.request('kind: Application\n');
    await waitFor(() => results.length > 1);
    expect(results[1].parse.ok).toBe(true);
    expect(fake.posted).toHaveLength(1);
  });

  it('says nothing more once the view has closed', () => {
    const fake = fakeWorker();
    const onResult = vi.fn();
    const analyzer = createYamlAnalyzer(onResult, fake.start);
    analyzer.request('a: 1');
    analyzer.dispose();
    fake.answer(0);
    expect(onResult).not.toHaveBeenCalled();
    expect(fake.worker.terminate).toHaveBeenCalled();
  });

  it('gives each problem the line it is on', () => {
    const text =
      'metadata:\n  name: x\nspec:\n  argoApp:\n    spec:\n      source: {repoURL: r}\n      destination: {}\n  extra: 1\nmore: 2\n';
    const { diagnostics } = analyzeYaml(text);
    const dropped = diagnostics.filter((d) => d.dropped).map((d) => [d.dropped?.text, d.line]);
    expect(dropped).toEqual([
      ['spec.extra', 8],
      ['more', 9],
    ]);
  });

  it('tells a change of comments or layout from a change of the manifest', () => {
    const analyze = analyzer();
    expect(analyze('metadata:\n  name: a\n').sameManifest).toBe(false);
    expect(analyze('# a note\nmetadata: {name: a}\n').sameManifest).toBe(true);
    expect(analyze('metadata: {name: b}\n').sameManifest).toBe(false);
    expect(analyze('metadata: {name: b').sameManifest).toBe(false);
    expect(analyze('metadata: {name: b}\n').sameManifest).toBe(true);
  });
});
