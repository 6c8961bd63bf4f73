/**
 * HS256 JSON Web Tokens as ks-apiserver issues them (github.com/golang-jwt/jwt/v4
 * v4.5.1): header `{"alg":"HS256","typ":"JWT"}`, segments in unpadded base64url,
 * signature HMAC-SHA256 over `header.claims`. SHA-256 is implemented here so the
 * emulator stays synchronous and runs the same in Node, jsdom and browsers.
 */

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be,
  0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa,
  0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
  0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
  0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f,
  0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** FIPS 180-4 SHA-256. */
export function sha256(data: Uint8Array): Uint8Array {
  const bitLength = data.length * 8;
  const padded = new Uint8Array(((data.length + 9 + 63) >> 6) << 6);
  padded.set(data);
  padded[data.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 0x100000000));
  view.setUint32(padded.length - 4, bitLength >>> 0);
  const h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const w = new Uint32Array(64);
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      [hh, g, f, e, d, c, b, a] = [g, f, e, (d + t1) >>> 0, c, b, a, (t1 + t2) >>> 0];
    }
    [a, b, c, d, e, f, g, hh].forEach((v, i) => (h[i] = (h[i] + v) >>> 0));
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  h.forEach((v, i) => outView.setUint32(i * 4, v));
  return out;
}

/** RFC 2104 HMAC with SHA-256. */
export function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array {
  const block = new Uint8Array(64);
  block.set(key.length > 64 ? sha256(key) : key);
  const inner = new Uint8Array(64 + message.length);
  const outer = new Uint8Array(64 + 32);
  for (let i = 0; i < 64; i++) {
    inner[i] = block[i] ^ 0x36;
    outer[i] = block[i] ^ 0x5c;
  }
  inner.set(message, 64);
  outer.set(sha256(inner), 64);
  return sha256(outer);
}

const utf8 = (s: string) => new TextEncoder().encode(s);

/** jwt.EncodeSegment: base64.RawURLEncoding. */
export function encodeSegment(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** jwt.DecodeSegment (RawURLEncoding); undefined when the segment is not base64url. */
export function decodeSegment(segment: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(segment) || segment.length % 4 === 1) return undefined;
  const b64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  return Uint8Array.from(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0));
}

/** The header jwt.NewWithClaims(jwt.SigningMethodHS256, …) writes (a Go map: keys sorted). */
const HS256_HEADER = encodeSegment(utf8('{"alg":"HS256","typ":"JWT"}'));

/** SignedString: `claims` must already be the JSON Go would write (field order of the claims struct). */
export function signHS256(claimsJson: string, secret: string): string {
  const signing = `${HS256_HEADER}.${encodeSegment(utf8(claimsJson))}`;
  return `${signing}.${encodeSegment(hmacSha256(utf8(secret), utf8(signing)))}`;
}

export type Parsed = { ok: true; claims: Record<string, unknown>; signatureValid: boolean } | { ok: false; error: string };

function decodeJson(segment: string): Record<string, unknown> | undefined {
  const bytes = decodeSegment(segment);
  if (!bytes) return undefined;
  try {
    const value = JSON.parse(new TextDecoder().decode(bytes));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The claims of a three-segment token, unverified; undefined when it is not one. */
export function jwtClaims(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  return parts.length === 3 ? decodeJson(parts[1]) : undefined;
}

/** The algorithms golang-jwt/jwt v4 registers (GetSigningMethod); any other `alg` is "unavailable". */
const KNOWN_ALGS = 'HS256 HS384 HS512 RS256 RS384 RS512 PS256 PS384 PS512 ES256 ES384 ES512 EdDSA none'.split(' ');

/**
 * jwt/v4 Parser.ParseWithClaims (parser.go L24-110) with the issuer's
 * options (ks issuer.go L164-170: valid methods HS256 and RS256, no claims
 * validation) and key function (L206-216), checking an HS256 signature
 * against `secret`. Messages are the parser's: segment count (L127),
 * unknown alg (L169), a method not allowed (L72), a bad signature
 * (hmac.go L21, L73). A segment that does not decode is reported as
 * `token is malformed` (the parser relays the base64 or JSON error).
 */
export function parseJwt(token: string, secret: string): Parsed {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, error: 'token contains an invalid number of segments' };
  const header = decodeJson(parts[0]);
  const claims = decodeJson(parts[1]);
  if (!header || !claims) return { ok: false, error: 'token is malformed' };
  const alg = header.alg;
  if (typeof alg !== 'string' || !KNOWN_ALGS.includes(alg)) return { ok: false, error: 'signing method (alg) is unavailable.' };
  if (alg !== 'HS256' && alg !== 'RS256') return { ok: false, error: `signing method ${alg} is invalid` };
  // The issuer's key function hands RS256 its private key (issuer.go L211-212, L294-296), which
  // SigningMethodRSA.Verify refuses (rsa.go L58-63, errors.go L10): ID tokens never verify as bearers.
  if (alg === 'RS256') return { ok: false, error: 'key is of invalid type' };
  const expected = encodeSegment(hmacSha256(utf8(secret), utf8(`${parts[0]}.${parts[1]}`)));
  return { ok: true, claims, signatureValid: parts[2] === expected };
}
