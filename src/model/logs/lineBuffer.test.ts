import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LogBuffer } from './lineBuffer';

const all = (buffer: LogBuffer) => {
  const view = buffer.snapshot();
  return Array.from({ length: view.length }, (_, i) => view.line(i));
};

describe('LogBuffer', () => {
  it('keeps a partial last line until its newline arrives', () => {
    const buffer = new LogBuffer();
    buffer.append('one\ntw');
    expect(all(buffer)).toEqual(['one']);
    buffer.append('o\nthree');
    expect(all(buffer)).toEqual(['one', 'two']);
    buffer.end();
    expect(all(buffer)).toEqual(['one', 'two', 'three']);
  });

  it('drops carriage returns of CRLF lines', () => {
    const buffer = new LogBuffer();
    buffer.append('a\r\nb\r\n');
    expect(all(buffer)).toEqual(['a', 'b']);
  });

  it('gives the same lines however the text is cut into chunks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', '\n', 'é', ' '), { maxLength: 60 }), fc.array(fc.nat(60)), (chars, cuts) => {
        const text = chars.join('');
        const whole = new LogBuffer();
        whole.append(text);
        whole.end();
        const pieces = new LogBuffer();
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        let at = 0;
        for (const p of [...points, text.length]) {
          pieces.append(text.slice(at, p));
          at = p;
        }
        pieces.end();
        expect(all(pieces)).toEqual(all(whole));
      }),
    );
  });

  it('drops the oldest lines beyond the line cap and counts them', () => {
    const buffer = new LogBuffer({ maxLines: 3, maxChars: 1_000 });
    buffer.append('1\n2\n3\n4\n5\n');
    expect(all(buffer)).toEqual(['3', '4', '5']);
    expect(buffer.dropped).toBe(2);
    expect(buffer.snapshot().first).toBe(2);
  });

  it('drops the oldest lines beyond the size cap but always keeps the newest', () => {
    const buffer = new LogBuffer({ maxLines: 100, maxChars: 10 });
    buffer.append('aaaa\nbbbb\ncccc\n');
    expect(all(buffer)).toEqual(['bbbb', 'cccc']);
    buffer.append(`${'x'.repeat(50)}\n`);
    expect(all(buffer)).toEqual(['x'.repeat(50)]);
  });

  it('leaves a snapshot unchanged while lines keep arriving and old ones are dropped', () => {
    const buffer = new LogBuffer({ maxLines: 5_000, maxChars: 1e9 });
    for (let i = 0; i < 5_000; i++) buffer.append(`line ${i}\n`);
    const before = buffer.snapshot();
    for (let i = 5_000; i < 20_000; i++) buffer.append(`line ${i}\n`);
    expect(before.length).toBe(5_000);
    expect(before.line(0)).toBe('line 0');
    expect(before.line(4_999)).toBe('line 4999');
    const after = buffer.snapshot();
    expect(after.first).toBe(15_000);
    expect(after.line(0)).toBe('line 15000');
  });

  it('joins the lines for a download', () => {
    const buffer = new LogBuffer();
    buffer.append('a\nb\n');
    expect(buffer.snapshot().text()).toBe('a\nb\n');
    expect(buffer.snapshot().text((l) => l.toUpperCase())).toBe('A\nB\n');
  });

  it('starts a new generation when cleared', () => {
    const buffer = new LogBuffer();
    buffer.append('a\n');
    const gen = buffer.snapshot().generation;
    buffer.clear();
    expect(buffer.snapshot().generation).not.toBe(gen);
    expect(buffer.length).toBe(0);
  });

  it('takes 10 MB of log in chunks and caps it', () => {
    const line = `2024-05-01T10:00:00.123456789Z INFO request handled path=/api/v1/things status=200 ${'x'.repeat(20)}\n`;
    const chunk = line.repeat(1_000);
    const buffer = new LogBuffer();
    let total = 0;
    while (total < 10 * 1024 * 1024) {
      // Cut mid-line, as the network does.
      buffer.append(chunk.slice(0, 5_000));
      buffer.append(chunk.slice(5_000));
      total += chunk.length;
    }
    buffer.end();
    expect(buffer.length).toBe(50_000);
    expect(buffer.dropped).toBe(total / line.length - 50_000);
    expect(buffer.snapshot().line(49_999)).toBe(line.slice(0, -1));
  });
});
