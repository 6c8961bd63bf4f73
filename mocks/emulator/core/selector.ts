/**
 * Kubernetes label selector syntax (`a=b,c!=d,e in (x,y),!f`) as used by the
 * `label`/`annotation` list filters. An unparsable selector matches nothing,
 * which is what KubeSphere's labelMatch does after logging a warning.
 */

type Requirement = (labels: Record<string, string>) => boolean;

const KEY = String.raw`(?:[a-z0-9A-Z.\-]+\/)?[a-z0-9A-Z](?:[-a-z0-9A-Z_.]*[a-z0-9A-Z])?`;
const VALUE = String.raw`(?:[a-z0-9A-Z](?:[-a-z0-9A-Z_.]*[a-z0-9A-Z])?)?`;
const SET = new RegExp(String.raw`^(${KEY})\s+(in|notin)\s+\(\s*(${VALUE}(?:\s*,\s*${VALUE})*)\s*\)$`);
const EQ = new RegExp(String.raw`^(${KEY})\s*(==|=|!=)\s*(${VALUE})$`);
const EXISTS = new RegExp(String.raw`^(!)?\s*(${KEY})$`);

/** Splits on commas that are not inside a set's parentheses. */
function splitTerms(selector: string): string[] {
  const terms: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of selector) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      terms.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  terms.push(current.trim());
  return terms;
}

export function parseSelector(selector: string): Requirement[] | undefined {
  if (selector.trim() === '') return [];
  const reqs: Requirement[] = [];
  for (const term of splitTerms(selector)) {
    let m = SET.exec(term);
    if (m) {
      const [, key, op, list] = m;
      const values = new Set(list.split(',').map((s) => s.trim()));
      reqs.push(op === 'in' ? (l) => key in l && values.has(l[key]) : (l) => !(key in l) || !values.has(l[key]));
      continue;
    }
    m = EQ.exec(term);
    if (m) {
      const [, key, op, value] = m;
      reqs.push(op === '!=' ? (l) => l[key] !== value : (l) => key in l && l[key] === value);
      continue;
    }
    m = EXISTS.exec(term);
    if (m) {
      const [, not, key] = m;
      reqs.push(not ? (l) => !(key in l) : (l) => key in l);
      continue;
    }
    return undefined;
  }
  return reqs;
}

export function selectorMatches(selector: string, labels: Record<string, string>): boolean {
  const reqs = parseSelector(selector);
  if (!reqs) return false;
  return reqs.every((r) => r(labels));
}
