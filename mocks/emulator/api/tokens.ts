/**
 * ks-apiserver 4.1.3's token operator: JWTs signed with the issuer's secret
 * and remembered in a cache for as long as they live
 * (kubesphere pkg/models/auth/token.go L67-131, pkg/apiserver/authentication/token/issuer.go).
 * Verification runs in its order and answers with its messages: the JWT
 * parser, the expiry (`jwt: token is expired by <Go duration>`), then the
 * cache (`token not found in cache`).
 */
import { goDurationMs } from '../core/gotime';
import { jwtClaims, parseJwt, signHS256 } from '../core/jwt';
import { marshalCompact } from '../core/gojson';

export type TokenType = 'access_token' | 'refresh_token';

/** ks-core chart defaults (config/ks-core/values.yaml L61-62): accessTokenMaxAge 2h, accessTokenInactivityTimeout 30m. */
export const ACCESS_TOKEN_MAX_AGE_S = 2 * 3600;
export const ACCESS_TOKEN_INACTIVITY_TIMEOUT_S = 30 * 60;

/** The issuer URL, the portal's (`portal.url`, config/ks-core/templates/_helpers.tpl L68-82, values.yaml L31-36), written to `iss`. */
export const ISSUER = 'http://ks-console.kubesphere-system.svc:30880';

export type Verified = { ok: true; username: string; type: string } | { ok: false; message: string };

export class TokenIssuer {
  /** The token cache (redis or in-memory in KubeSphere): token -> owner and expiry. */
  private readonly cache = new Map<string, { username: string; expiresAt: number }>();

  constructor(
    private readonly now: () => number,
    private readonly secret: string,
  ) {}

  /**
   * issuer.IssueTo (issuer.go L110-160): claims in the order of the Go
   * struct (RegisteredClaims iss, sub, exp, iat, then token_type, username),
   * times in whole seconds (jwt.NumericDate); cached for ExpiresIn (token.go L82-93).
   */
  issue(username: string, type: TokenType, expiresInS: number): string {
    const iat = Math.floor(this.now() / 1000);
    const claims = marshalCompact({ iss: ISSUER, sub: username, exp: iat + expiresInS, iat, token_type: type, username });
    const token = signHS256(claims, this.secret);
    this.cache.set(token, { username, expiresAt: (iat + expiresInS) * 1000 });
    return token;
  }

  /** token.go L41-51: Revoke deletes the token from the cache, known or not. */
  revoke(token: string): void {
    this.cache.delete(token);
  }

  /**
   * Whether `token` claims to come from this issuer (signed by it, or naming
   * it in `iss`): such tokens are verified; a JWT of another origin is not
   * this issuer's business.
   */
  claims(token: string): boolean {
    if (jwtClaims(token)?.iss === ISSUER) return true;
    const parsed = parseJwt(token, this.secret);
    return parsed.ok && parsed.signatureValid;
  }

  /** tokenOperator.Verify (token.go L67-80) → issuer.Verify (issuer.go L164-193) → tokenCacheValidate (L113-121). */
  verify(token: string): Verified {
    const parsed = parseJwt(token, this.secret);
    if (!parsed.ok) return { ok: false, message: parsed.error };
    if (!parsed.signatureValid) return { ok: false, message: 'signature is invalid' };
    const { exp, username, token_type: type } = parsed.claims;
    const now = this.now();
    // issuer.go L176-180: claims.VerifyExpiresAt(now, false) is now.Before(exp) (jwt/v4 claims.go L243-248); the delta prints with %v.
    if (typeof exp === 'number' && now >= exp * 1000) {
      return { ok: false, message: `jwt: token is expired by ${goDurationMs(now - exp * 1000)}` };
    }
    const cached = this.cache.get(token);
    if (!cached || cached.expiresAt <= now) return { ok: false, message: 'token not found in cache' };
    return { ok: true, username: typeof username === 'string' ? username : '', type: typeof type === 'string' ? type : '' };
  }
}
