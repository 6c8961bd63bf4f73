/**
 * ks-apiserver 4.1.3's OAuth endpoints the console and scripts log in with
 * (kubesphere pkg/kapis/oauth): `POST /oauth/token` (password and refresh
 * token grants) and `GET /oauth/logout`. Every emulator user's password is
 * KubeSphere's documented default, `P@88w0rd`; the OAuth client is the one
 * the ks-core chart installs (`kubesphere`/`kubesphere`, trusted,
 * config/ks-core/templates/oauthclient-config.yaml). Answers are go-restful
 * entities (`MarshalIndent(v, "", " ")`, application/json).
 */
import { acceptsJson, json, restfulError } from './responses';
import { ACCESS_TOKEN_INACTIVITY_TIMEOUT_S, ACCESS_TOKEN_MAX_AGE_S, type TokenIssuer } from './tokens';
import type { UserDef } from '../sim/context';

export const DEFAULT_PASSWORD = 'P@88w0rd';
const CLIENT = { name: 'kubesphere', secret: 'kubesphere', trusted: true, redirectURIs: [] as string[] };
const FORM = 'application/x-www-form-urlencoded';
const INTERNAL = 'An internal server error occurred while processing the request.';

/** oauth.Error (pkg/apiserver/authentication/oauth/error.go): `error`, `error_description`. */
function oauthError(status: number, error: string, description: string): Response {
  return withNoStore(json({ error, error_description: description }, status));
}

/** handler.go L366-370: token responses must not be cached. */
function withNoStore(response: Response): Response {
  response.headers.set('Cache-Control', 'no-store');
  response.headers.set('Pragma', 'no-cache');
  return response;
}

/**
 * Go url.ParseQuery as http.Request.ParseForm uses it: `+` is a space, a bad
 * escape or a `;` is an error, and BodyParameter (go-restful request.go
 * L61-67) then answers "" for every field.
 */
function parseForm(body: string): Map<string, string> | undefined {
  const form = new Map<string, string>();
  for (const pair of body.split('&')) {
    if (pair === '') continue;
    if (pair.includes(';')) return undefined;
    const eq = pair.indexOf('=');
    const [rawKey, rawValue] = eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
    try {
      const key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
      if (!form.has(key)) form.set(key, decodeURIComponent(rawValue.replace(/\+/g, ' ')));
    } catch {
      return undefined;
    }
  }
  return form;
}

export interface OAuthRequest {
  request: Request;
  url: URL;
  users: UserDef[];
  tokens: TokenIssuer;
}

/**
 * The `/oauth` WebService (register.go L43-172): route by path, then
 * go-restful's checks (405 with Allow, 415 for a body that is not a form,
 * 406), then the handler. Routes this emulator does not serve answer 404.
 */
export async function handleOAuth(r: OAuthRequest): Promise<Response> {
  const path = r.url.pathname.replace(/\/+$/, '');
  const routes: Record<string, Record<string, (r: OAuthRequest) => Promise<Response> | Response>> = {
    '/oauth/token': { POST: token },
    '/oauth/logout': { GET: logout },
  };
  const methods = routes[path];
  if (!methods) return restfulError(404, '404: Page Not Found');
  const handler = methods[r.request.method];
  if (!handler) return restfulError(405, '405: Method Not Allowed', { Allow: Object.keys(methods).join(', ') });
  if (r.request.method === 'POST') {
    // jsr311.go L116-131: the token route consumes forms only; a non-empty body of another type is refused.
    const contentType = (r.request.headers.get('content-type') ?? '').split(';')[0].trim();
    const body = await r.request.clone().arrayBuffer();
    if (contentType !== FORM && body.byteLength > 0) return restfulError(415, '415: Unsupported Media Type');
  }
  if (!acceptsJson(r.request.headers.get('accept'))) {
    return restfulError(406, '406: Not Acceptable\n\nAvailable representations: application/json');
  }
  return handler(r);
}

/** handler.go L361-410. */
async function token(r: OAuthRequest): Promise<Response> {
  const isForm = (r.request.headers.get('content-type') ?? '').split(';')[0].trim() === FORM;
  const form = (isForm ? parseForm(await r.request.text()) : new Map<string, string>()) ?? new Map<string, string>();
  const field = (name: string) => form.get(name) ?? '';
  if (field('client_id') !== CLIENT.name) {
    return oauthError(400, 'invalid_client', 'The provided client_id is invalid or does not exist.');
  }
  if (field('client_secret') !== CLIENT.secret) return oauthError(401, 'unauthorized_client', 'Invalid client credential.');
  switch (field('grant_type')) {
    case 'password':
      return passwordGrant(r, field);
    case 'refresh_token':
      return refreshTokenGrant(r, field('refresh_token'));
    case 'code':
    case 'authorization_code':
      // codeGrant (L560-575): no code, or a client without redirect URIs (the kubesphere client has none).
      if (!field('code')) return oauthError(400, 'invalid_request', 'The authorization code is empty or missing.');
      return oauthError(400, 'invalid_request', 'Redirect URI is not allowed.');
    default:
      return oauthError(400, 'unsupported_grant_type', 'The provided grant_type is not supported.');
  }
}

/**
 * passwordGrant (L420-472) with the password authenticator
 * (pkg/models/auth/password.go L40-87, mapper.go L43-67): an empty field, an
 * unknown user (by name, or by email when the username parses as an
 * address) or a wrong password is "Invalid username or password."; a
 * provider that is not configured fails as an internal error.
 */
function passwordGrant(r: OAuthRequest, field: (name: string) => string): Response {
  const username = field('username');
  const password = field('password');
  if (!username || !password) return oauthError(400, 'invalid_grant', 'Invalid username or password.');
  if (field('provider')) return oauthError(500, 'server_error', INTERNAL);
  const byEmail = /^[^\s@<>]+@[^\s@<>]+$/.test(username);
  const user = r.users.find((u) => (byEmail ? u.email === username : u.name === username));
  if (!user || password !== DEFAULT_PASSWORD) return oauthError(400, 'invalid_grant', 'Invalid username or password.');
  return issueTokenTo(r, user.name);
}

/** refreshTokenGrant (L514-558): the refresh token must verify and be one. */
function refreshTokenGrant(r: OAuthRequest, refreshToken: string): Response {
  const verified = r.tokens.verify(refreshToken);
  if (!verified.ok || verified.type !== 'refresh_token') {
    return oauthError(400, 'invalid_grant', 'The refresh token is invalid or expired.');
  }
  return issueTokenTo(r, verified.username);
}

/**
 * issueTokenTo (L474-512): an access token for accessTokenMaxAge and a
 * refresh token for that plus the inactivity timeout; multipleLogin is on in
 * the chart (config/ks-core/templates/kubesphere-config.yaml L16), so earlier
 * tokens stay valid. oauth.Token field order: access_token, token_type,
 * refresh_token, expires_in (pkg/apiserver/authentication/oauth/options.go L93-112).
 */
function issueTokenTo(r: OAuthRequest, username: string): Response {
  const accessToken = r.tokens.issue(username, 'access_token', ACCESS_TOKEN_MAX_AGE_S);
  const refreshToken = r.tokens.issue(username, 'refresh_token', ACCESS_TOKEN_MAX_AGE_S + ACCESS_TOKEN_INACTIVITY_TIMEOUT_S);
  return withNoStore(
    json({ access_token: accessToken, token_type: 'Bearer', refresh_token: refreshToken, expires_in: ACCESS_TOKEN_MAX_AGE_S }),
  );
}

/**
 * logout (L661-703): revokes the bearer token (authentication has already
 * verified it), then `{"message": "success"}` (pkg/server/errors/errors.go
 * L19) or a 302 to `post_logout_redirect_uri` with `state` added.
 */
function logout(r: OAuthRequest): Response {
  const parts = (r.request.headers.get('authorization') ?? '').trim().split(' ');
  if (parts.length >= 2 && parts[0].toLowerCase() === 'bearer') r.tokens.revoke(parts[1]);
  const redirect = r.url.searchParams.get('post_logout_redirect_uri');
  if (!redirect) return json({ message: 'success' });
  const state = r.url.searchParams.get('state');
  let location = redirect;
  if (state) location += (redirect.includes('?') ? '&' : '?') + `state=${encodeURIComponent(state)}`;
  return new Response(null, { status: 302, headers: { Location: location, 'Content-Type': 'text/plain' } });
}
