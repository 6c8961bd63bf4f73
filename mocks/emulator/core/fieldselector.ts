/**
 * Kubernetes field selectors (`a=b,c!=d`, `==` as `=`): apimachinery
 * pkg/fields/selector.go ParseSelector (terms split on unescaped commas,
 * operators `!=`, `==`, `=`). Which fields a kind supports is the caller's
 * business (api/kube-query.ts); a malformed term is an error text.
 */

export interface FieldRequirement {
  field: string;
  value: string;
  negate: boolean;
}

export function parseFieldSelector(selector: string): FieldRequirement[] | string {
  const out: FieldRequirement[] = [];
  for (const raw of selector.split(',')) {
    const term = raw.trim();
    if (term === '') continue;
    const m = /^([^=!]+)(!=|==|=)(.*)$/.exec(term);
    // apimachinery fields/selector.go parseSelector: `invalid selector: '%s'; can't understand '%s'`.
    if (!m) return `invalid selector: '${selector}'; can't understand '${term}'`;
    out.push({ field: m[1].trim(), value: m[3].trim(), negate: m[2] === '!=' });
  }
  return out;
}
