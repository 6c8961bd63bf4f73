/** Go's `time.Duration.String()`, for messages that print a duration with `%v`. */

const SECOND_NS = 1e9;

/** `v / 10^prec` as Go's fmtFrac writes it: the fraction without trailing zeros, no point when it is zero. */
function split(v: number, prec: number): [fraction: string, integer: number] {
  const p = 10 ** prec;
  const frac = v % p;
  const integer = Math.floor(v / p);
  if (frac === 0) return ['', integer];
  return ['.' + String(frac).padStart(prec, '0').replace(/0+$/, ''), integer];
}

/**
 * Go time.Duration.String (src/time/time.go): `0s`, `1.5ms`, `999µs`, `1m0s`,
 * `2h0m3.25s`. Takes nanoseconds (rounded to an integer, as a Duration is one).
 */
export function goDuration(ns: number): string {
  let u = Math.abs(Math.round(ns));
  if (u === 0) return '0s';
  const sign = ns < 0 ? '-' : '';
  if (u < SECOND_NS) {
    // Below a second Go switches to smaller units: ns, µs (3 decimals), ms (6 decimals).
    const [unit, prec] = u < 1e3 ? ['ns', 0] : u < 1e6 ? ['µs', 3] : ['ms', 6];
    const [frac, integer] = split(u, prec as number);
    return `${sign}${integer}${frac}${unit}`;
  }
  const [frac, seconds] = split(u, 9);
  u = seconds;
  let out = `${u % 60}${frac}s`;
  u = Math.floor(u / 60);
  if (u > 0) {
    out = `${u % 60}m${out}`;
    u = Math.floor(u / 60);
    if (u > 0) out = `${u}h${out}`;
  }
  return sign + out;
}

/** A duration given in milliseconds (the emulator's clock), printed as Go prints it. */
export const goDurationMs = (ms: number): string => goDuration(ms * 1e6);
