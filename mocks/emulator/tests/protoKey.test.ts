import { expect, it } from 'vitest';
import { scanGoJson, toPlain } from '../core/goscan';
it('keeps __proto__ as data', () => {
  const text = '{"":{"__proto__":0},"a":{"__proto__":{"x":1}}}';
  const s = scanGoJson(text);
  expect(s.ok).toBe(true);
  if (s.ok) expect(toPlain(s.value)).toEqual(JSON.parse(text));
});
