/**
 * Logging in as with ks-apiserver 4.1.3: `POST /oauth/token` (password and
 * refresh grants of the `kubesphere` client), tokens that authenticate later
 * calls, and how expired, revoked or foreign tokens are refused.
 */
import { describe, expect, it } from 'vitest';
import { call, DEMO_NS, GITOPS, useEmulator } from './harness';

const env = useEmulator();

const FORM = 'application/x-www-form-urlencoded';
const CLIENT = { client_id: 'kubesphere', client_secret: 'kubesphere' };

function login(fields: Record<string, string>, options: { contentType?: string; method?: string } = {}) {
  return call('/oauth/token', {
    method: options.method ?? 'POST',
    raw: new URLSearchParams(fields).toString(),
    contentType: options.contentType ?? FORM,
  });
}

const password = (username: string, pass = 'P@88w0rd') => login({ grant_type: 'password', username, password: pass, ...CLIENT });
const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
const oauthError = (error: string, description: string) => `{\n "error": "${error}",\n "error_description": "${description}"\n}`;
const status401 = (message: string) =>
  `{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":${JSON.stringify(message)},"reason":"Unauthorized","code":401}\n`;

describe('POST /oauth/token', () => {
  it('issues a Bearer access token and a refresh token for the password grant', async () => {
    const r = await password('admin');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json');
    expect([r.headers.get('cache-control'), r.headers.get('pragma')]).toEqual(['no-store', 'no-cache']);
    expect(Object.keys(r.json)).toEqual(['access_token', 'token_type', 'refresh_token', 'expires_in']);
    expect(r.json).toMatchObject({ token_type: 'Bearer', expires_in: 7200 });
    expect(r.text.startsWith('{\n "access_token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.')).toBe(true);
    const claims = JSON.parse(Buffer.from(r.json.access_token.split('.')[1], 'base64url').toString());
    const iat = Date.parse('2025-03-01T10:00:00Z') / 1000;
    expect(claims).toEqual({
      iss: 'http://ks-console.kubesphere-system.svc:30880',
      sub: 'admin',
      exp: iat + 7200,
      iat,
      token_type: 'access_token',
      username: 'admin',
    });
  });

  it('authenticates later calls as that user', async () => {
    const tenant = (await password('tenant')).json.access_token;
    const sync = await call(`${DEMO_NS}/applications/inventory/sync`, { method: 'POST', body: {}, ...bearer(tenant) });
    expect(sync.json.spec.argoApp.operation.initiatedBy).toEqual({ username: 'tenant' });
    const staging = await call(`${GITOPS}/namespaces/demo-staging/applications/guestbook-staging/sync`, {
      method: 'POST',
      body: {},
      ...bearer(tenant),
    });
    expect([staging.status, staging.json.message]).toEqual([
      403,
      'applications.gitops.kubesphere.io "guestbook-staging" is forbidden: User "tenant" cannot create resource "applications/sync" in API group "gitops.kubesphere.io" in the namespace "demo-staging"',
    ]);
    const byEmail = (await password('outsider@example.com')).json.access_token;
    expect((await call(`${DEMO_NS}/applications`, bearer(byEmail))).json.message).toContain('User "outsider" cannot list');
  });

  it('refuses a wrong password, an unknown user or a missing field as ks-apiserver does', async () => {
    for (const r of [await password('admin', 'wrong'), await password('mallory'), await password('admin', '')]) {
      expect([r.status, r.text, r.headers.get('content-type')]).toEqual([
        400,
        oauthError('invalid_grant', 'Invalid username or password.'),
        'application/json',
      ]);
    }
  });

  it('checks the client, then the grant type', async () => {
    const unknown = await login({ grant_type: 'password', username: 'admin', password: 'P@88w0rd', client_id: 'other' });
    expect([unknown.status, unknown.text]).toEqual([
      400,
      oauthError('invalid_client', 'The provided client_id is invalid or does not exist.'),
    ]);
    const secret = await login({
      grant_type: 'password',
      username: 'admin',
      password: 'P@88w0rd',
      client_id: 'kubesphere',
      client_secret: 'x',
    });
    expect([secret.status, secret.text]).toEqual([401, oauthError('unauthorized_client', 'Invalid client credential.')]);
    const grant = await login({ grant_type: 'client_credentials', ...CLIENT });
    expect([grant.status, grant.text]).toEqual([400, oauthError('unsupported_grant_type', 'The provided grant_type is not supported.')]);
    const provider = await login({ grant_type: 'password', username: 'admin', password: 'P@88w0rd', provider: 'ldap', ...CLIENT });
    expect([provider.status, provider.text]).toEqual([
      500,
      oauthError('server_error', 'An internal server error occurred while processing the request.'),
    ]);
  });

  it('routes as go-restful: forms only, POST only, unknown paths 404', async () => {
    const json = await call('/oauth/token', { method: 'POST', body: { grant_type: 'password', ...CLIENT } });
    expect([json.status, json.text]).toEqual([415, '415: Unsupported Media Type']);
    const get = await call('/oauth/token');
    expect([get.status, get.text, get.headers.get('allow')]).toEqual([405, '405: Method Not Allowed', 'POST']);
    expect((await call('/oauth/nothing')).text).toBe('404: Page Not Found');
  });

  it('renews tokens with the refresh grant, which takes refresh tokens only', async () => {
    const first = (await password('viewer')).json;
    const renewed = await login({ grant_type: 'refresh_token', refresh_token: first.refresh_token, ...CLIENT });
    expect(renewed.status).toBe(200);
    expect((await call(`${DEMO_NS}/applications?limit=1`, bearer(renewed.json.access_token))).status).toBe(200);
    const wrong = await login({ grant_type: 'refresh_token', refresh_token: first.access_token, ...CLIENT });
    expect([wrong.status, wrong.text]).toEqual([400, oauthError('invalid_grant', 'The refresh token is invalid or expired.')]);
  });

  it('is not affected by the API faults', async () => {
    env.emulator.setFaults({ sessionExpired: true, errorRate: 1 });
    expect((await password('admin')).status).toBe(200);
  });
});

describe('refused tokens', () => {
  it('an expired token: 401 with the Go duration since it expired', async () => {
    const token = (await password('admin')).json.access_token;
    env.emulator.advance(7200_000 + 1500);
    const r = await call(`${DEMO_NS}/applications`, bearer(token));
    expect([r.status, r.text]).toEqual([401, status401('jwt: token is expired by 1.5s')]);
  });

  it('a revoked token (logout): token not found in cache', async () => {
    const token = (await password('tenant')).json.access_token;
    const out = await call('/oauth/logout', bearer(token));
    expect([out.status, out.text]).toEqual([200, '{\n "message": "success"\n}']);
    const r = await call(`${DEMO_NS}/applications`, bearer(token));
    expect([r.status, r.text]).toEqual([401, status401('token not found in cache')]);
    // Authentication runs before the handler: a second logout is refused the same way.
    expect((await call('/oauth/logout', bearer(token))).status).toBe(401);
  });

  it('a token signed by this issuer but altered: signature is invalid', async () => {
    const token: string = (await password('admin')).json.access_token;
    const [header, , signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ iss: 'http://ks-console.kubesphere-system.svc:30880', username: 'admin' })).toString(
      'base64url',
    );
    const r = await call(`${DEMO_NS}/applications`, bearer(`${header}.${forged}.${signature}`));
    expect([r.status, r.json.message]).toEqual([401, 'signature is invalid']);
    const none = Buffer.from('{"alg":"none"}').toString('base64url');
    const unsigned = await call(`${DEMO_NS}/applications`, bearer(`${none}.${forged}.`));
    expect([unsigned.status, unsigned.json.message]).toEqual([401, 'signing method none is invalid']);
  });
});
