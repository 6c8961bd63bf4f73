/** Application names: the DNS-1123 label check and the i18n key of each way a name can fail it. */
export const DNS_LABEL_PROBLEMS = ['empty', 'too-long', 'invalid-characters', 'invalid-start', 'invalid-end'] as const;
export type DnsLabelProblem = (typeof DNS_LABEL_PROBLEMS)[number];

export type DnsLabelCheck = { valid: true } | { valid: false; reason: DnsLabelProblem };

export const DNS_LABEL_MAX_LENGTH = 63;

/**
 * Whether `name` is a DNS-1123 label (lower-case letters, digits and `-`, starting and ending
 * with a letter or digit, at most 63 characters), with the first reason it is not.
 */
export function isValidDnsLabel(name: string): DnsLabelCheck {
  if (typeof name !== 'string' || name === '') return { valid: false, reason: 'empty' };
  if (name.length > DNS_LABEL_MAX_LENGTH) return { valid: false, reason: 'too-long' };
  if (!/^[a-z0-9-]+$/.test(name)) return { valid: false, reason: 'invalid-characters' };
  if (name.startsWith('-')) return { valid: false, reason: 'invalid-start' };
  if (name.endsWith('-')) return { valid: false, reason: 'invalid-end' };
  return { valid: true };
}

/** The i18n key for a DNS label problem (`GITOPS_NAME_INVALID_TOO_LONG` …). */
export function dnsLabelProblemKey(reason: DnsLabelProblem): string {
  return `GITOPS_NAME_INVALID_${reason.replace(/-/g, '_').toUpperCase()}`;
}
