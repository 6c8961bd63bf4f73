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
  // As the worker does: one checker for every text, answering without the text.
  const check = analyzer();
  const sent: unknown[] = [];
  const answer = (i: number) => {
    const data = { id: posted[i].id, analysis: check(posted[i].text) };
    // What crosses to the page is a copy, as with a real worker.
    sent.push(structuredClone(data));
    worker.onmessage?.({ data: sent[sent.length - 1] } as MessageEvent);
  };
  return { worker, posted, sent, answer, start: () => worker as unknown as Worker };
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

  it('is sent back neither the text nor an unchanged manifest, and still gives both', () => {
    const fake = fakeWorker();
    const results: YamlAnalysis[] = [];
    const analyzer = createYamlAnalyzer((a) => results.push(a), fake.start);
    const text = 'metadata:\n  name: a\nspec:\n  argoApp:\n    spec:\n      source: {repoURL: r}\n      destination: {}\n';
    for (const [i, next] of [text, `# a note\n${text}`, text.replace('name: a', 'name: b')].entries()) {
      analyzer.request(next);
      fake.answer(i);
    }
    expect(JSON.stringify(fake.sent)).not.toContain('repoURL: r');
    // The comment changed nothing: nothing of the manifest is sent, and the page keeps the one it has.
    expect(JSON.stringify(fake.sent[1])).not.toContain('"metadata"');
    expect(results.map((r) => r.text)).toEqual([text, `# a note\n${text}`, text.replace('name: a', 'name: b')]);
    expect(results.map((r) => r.sameManifest)).toEqual([false, true, false]);
    expect(results[1].parse.ok && results[1].parse.manifest).toBe(results[0].parse.ok && results[0].parse.manifest);
    expect(results[2].parse.ok && results[2].parse.manifest.metadata.name).toBe('b');
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
