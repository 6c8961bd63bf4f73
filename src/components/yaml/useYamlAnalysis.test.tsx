// @vitest-environment jsdom
import * as React from 'react';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { YamlAnalysis } from './analysis';
import { useYamlAnalysis } from './useYamlAnalysis';
import { createYamlAnalyzer } from './yamlAnalyzer';

const asked: string[] = [];
/** Checks on the page (no worker in jsdom), noting every text asked for. */
const counting = (onResult: (analysis: YamlAnalysis) => void) => {
  const analyzer = createYamlAnalyzer(onResult, () => null);
  return { ...analyzer, request: (text: string) => (asked.push(text), analyzer.request(text)) };
};

// The page's clock is driven by hand: how many checks run must not depend on how fast the test runs.
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  asked.length = 0;
});

/** Lets every pending timer (pauses, checks) run. */
const settle = () => act(() => void vi.runAllTimers());

function Probe({ text }: { text: string }) {
  const { analysis, checking } = useYamlAnalysis(text, counting);
  return <p data-testid="state">{checking ? 'checking' : analysis?.parse.ok ? `ok ${analysis.text.length}` : 'invalid'}</p>;
}

/** Types `typed` after `from`, one character a keystroke. */
function typeInto(rerender: (ui: React.ReactElement) => void, from: string, typed: string) {
  for (let i = 1; i <= typed.length; i++) rerender(<Probe text={from + typed.slice(0, i)} />);
  return from + typed;
}

const head = 'metadata:\n  name: a\n';

describe('checking the YAML view text', () => {
  it('checks a short text at every keystroke', () => {
    const { rerender } = render(<Probe text={head} />);
    const text = typeInto(rerender, head, '# note');
    settle();
    expect(screen.getByTestId('state').textContent).toBe(`ok ${text.length}`);
    expect(asked).toHaveLength(7);
  });

  it('checks a long text once typing pauses, not at every keystroke', () => {
    const long = `${head}${'# a line of notes, one of many\n'.repeat(1_000)}`;
    const { rerender } = render(<Probe text={long} />);
    const text = typeInto(rerender, long, '# note');
    expect(screen.getByTestId('state').textContent).toBe('checking');
    settle();
    expect(screen.getByTestId('state').textContent).toBe(`ok ${text.length}`);
    expect(asked).toEqual([text]);
  });
});
