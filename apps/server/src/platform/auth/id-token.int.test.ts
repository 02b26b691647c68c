import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAuthTestApp, type AuthTestApp } from '../../../test/support/auth.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { seedDemo } from '../../modules/tenancy/seed-demo.js';
import { FLOW_COOKIE, SESSION_COOKIE } from './cookies.js';
import { RelyingParty, SignInRefused, type SignInKind } from './relying-party.js';

// AU1 (security.md): forged ID tokens are refused. A fake identity provider answers the relying
// party's calls (discovery, JWKS, token endpoint) and hands out whatever token a test makes with
// jose; everything from there on is the real validation code.
const ISSUER = 'https://idp.test.example';
const CLIENT = { staff: 'vern-staff-test', citizen: 'vern-citizen-test' } as const;
const SECRET = 'a-client-secret-for-tests-only';

type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

interface FakeIdp {
  fetch: typeof fetch;
  sign(claims: JWTPayload, options?: { key?: PrivateKey; kid?: string }): Promise<string>;
  otherKey: PrivateKey;
  nextIdToken: string;
}

async function fakeIdp(): Promise<FakeIdp> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const other = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const idp: FakeIdp = {
    nextIdToken: '',
    otherKey: other.privateKey,
    sign: (claims, options = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? 'k1', typ: 'JWT' })
        .sign(options.key ?? privateKey),
    fetch: (async (input: string | URL | Request) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      switch (url.pathname) {
        case '/.well-known/openid-configuration':
          return Response.json({
            issuer: ISSUER,
            authorization_endpoint: `${ISSUER}/authorize`,
            token_endpoint: `${ISSUER}/token`,
            jwks_uri: `${ISSUER}/jwks`,
            response_types_supported: ['code'],
            subject_types_supported: ['public'],
            id_token_signing_alg_values_supported: ['RS256'],
          });
        case '/jwks':
          return Response.json({ keys: [jwk] });
        case '/token':
          return Response.json({
            access_token: 'at',
            token_type: 'Bearer',
            expires_in: 60,
            id_token: idp.nextIdToken,
          });
        default:
          return new Response('not found', { status: 404 });
      }
    }) as typeof fetch,
  };
  return idp;
}

const now = () => Math.floor(Date.now() / 1000);

function goodClaims(kind: SignInKind, nonce: string): JWTPayload {
  const base = { iss: ISSUER, aud: CLIENT[kind], sub: 'subject-1', iat: now(), exp: now() + 120, nonce };
  return kind === 'staff'
    ? { ...base, preferred_username: 'sara', name: 'Sara Saksbehandler' }
    : { ...base, pid: '14838512470', acr: 'idporten-loa-high' };
}

/** Forgeries, each one thing wrong with an otherwise good token. */
const FORGERIES: [string, SignInKind, (idp: FakeIdp, nonce: string) => Promise<string>][] = [
  [
    'alg=none (unsigned)',
    'citizen',
    async (_idp, nonce) => new UnsecuredJWT(goodClaims('citizen', nonce)).encode(),
  ],
  [
    'signed by a key not in the JWKS',
    'citizen',
    (idp, nonce) => idp.sign(goodClaims('citizen', nonce), { key: idp.otherKey }),
  ],
  [
    'a tampered payload under a good signature',
    'staff',
    async (idp, nonce) => {
      const [h, , s] = (await idp.sign(goodClaims('staff', nonce))).split('.');
      const evil = Buffer.from(
        JSON.stringify({ ...goodClaims('staff', nonce), preferred_username: 'berit' }),
      ).toString('base64url');
      return `${h}.${evil}.${s}`;
    },
  ],
  [
    'HS256 with the client secret (algorithm confusion)',
    'staff',
    (_idp, nonce) =>
      new SignJWT(goodClaims('staff', nonce))
        .setProtectedHeader({ alg: 'HS256' })
        .sign(new TextEncoder().encode(SECRET)),
  ],
  [
    'the wrong audience',
    'staff',
    (idp, nonce) => idp.sign({ ...goodClaims('staff', nonce), aud: 'someone-else' }),
  ],
  [
    'the other client as audience',
    'citizen',
    (idp, nonce) => idp.sign({ ...goodClaims('citizen', nonce), aud: CLIENT.staff }),
  ],
  [
    'expired',
    'citizen',
    (idp, nonce) => idp.sign({ ...goodClaims('citizen', nonce), iat: now() - 3600, exp: now() - 600 }),
  ],
  [
    'another issuer',
    'staff',
    (idp, nonce) => idp.sign({ ...goodClaims('staff', nonce), iss: 'https://evil.example' }),
  ],
  [
    'another nonce (replayed token)',
    'citizen',
    (idp) => idp.sign(goodClaims('citizen', 'a-nonce-from-another-sign-in-000000')),
  ],
];

describe('ID token validation (AU1)', () => {
  let idp: FakeIdp;
  let rp: RelyingParty;

  beforeAll(async () => {
    idp = await fakeIdp();
    rp = new RelyingParty('http://vern.test', { fetch: idp.fetch });
    for (const kind of ['staff', 'citizen'] as const) {
      rp.use(kind, { issuer: ISSUER, clientId: CLIENT[kind], clientSecret: SECRET, allowHttp: false });
    }
  });

  async function finishWith(kind: SignInKind, make: (nonce: string) => Promise<string>) {
    const { url, secrets } = await rp.begin(kind);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    idp.nextIdToken = await make(secrets.nonce);
    return rp.finish(kind, `?code=c0de&state=${secrets.state}`, secrets);
  }

  it('accepts a good token (the control for the cases below)', async () => {
    await expect(finishWith('staff', (n) => idp.sign(goodClaims('staff', n)))).resolves.toMatchObject({
      kind: 'staff',
      username: 'sara',
    });
    await expect(finishWith('citizen', (n) => idp.sign(goodClaims('citizen', n)))).resolves.toMatchObject({
      kind: 'citizen',
      pid: '14838512470',
      acr: 'idporten-loa-high',
    });
  });

  it.each(FORGERIES)('refuses a token %s (%s)', async (_name, kind, forge) => {
    const error = await finishWith(kind, (n) => forge(idp, n)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInRefused);
    expect((error as SignInRefused).reason).toBe('invalid_response');
  });

  it.each([
    ['idporten-loa-substantial', 'idporten-loa-substantial'],
    ['no acr at all', undefined],
    ['a made-up level', 'level4'],
  ])('refuses a citizen token with %s as acr_too_low', async (_name, acr) => {
    const error = await finishWith('citizen', (n) => idp.sign({ ...goodClaims('citizen', n), acr })).catch(
      (e: unknown) => e,
    );
    expect((error as SignInRefused).reason).toBe('acr_too_low');
  });

  it('refuses a citizen token without a valid pid and a staff token without preferred_username', async () => {
    const noPid = await finishWith('citizen', (n) =>
      idp.sign({ ...goodClaims('citizen', n), pid: '123' }),
    ).catch((e: unknown) => e);
    expect((noPid as SignInRefused).reason).toBe('claims_missing');
    const noName = await finishWith('staff', (n) =>
      idp.sign({ ...goodClaims('staff', n), preferred_username: undefined }),
    ).catch((e: unknown) => e);
    expect((noName as SignInRefused).reason).toBe('claims_missing');
  });

  it('refuses a wrong state before the code is redeemed', async () => {
    const { secrets } = await rp.begin('staff');
    idp.nextIdToken = await idp.sign(goodClaims('staff', secrets.nonce));
    const error = await rp
      .finish('staff', '?code=c0de&state=not-the-state', secrets)
      .catch((e: unknown) => e);
    expect((error as SignInRefused).reason).toBe('invalid_response');
  });
});

describe('forged tokens through the HTTP callback give no session', () => {
  let t: TestDatabase;
  let s: AuthTestApp;
  let idp: FakeIdp;

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.database);
    idp = await fakeIdp();
    s = await buildAuthTestApp(t, {
      fetch: idp.fetch,
      env: {
        STAFF_OIDC_ISSUER: ISSUER,
        STAFF_OIDC_CLIENT_ID: CLIENT.staff,
        STAFF_OIDC_CLIENT_SECRET: SECRET,
        CITIZEN_OIDC_ISSUER: ISSUER,
        CITIZEN_OIDC_CLIENT_ID: CLIENT.citizen,
        CITIZEN_OIDC_CLIENT_SECRET: SECRET,
      },
    });
  });
  afterAll(async () => {
    await s?.close();
    await t?.close();
  });

  async function callbackWith(kind: SignInKind, make: (nonce: string) => Promise<string>) {
    const login = await s.app.inject({ method: 'GET', url: `/api/auth/${kind}/login` });
    expect(login.statusCode).toBe(303);
    const authorize = new URL(String(login.headers.location));
    expect(authorize.origin).toBe(ISSUER);
    const flow = String(login.headers['set-cookie']).match(/__Host-vern_flow=([^;]+)/)?.[1];
    idp.nextIdToken = await make(String(authorize.searchParams.get('nonce')));
    const res = await s.app.inject({
      method: 'GET',
      url: `/api/auth/${kind}/callback?code=c0de&state=${authorize.searchParams.get('state')}`,
      headers: { cookie: `${FLOW_COOKIE}=${flow}` },
    });
    const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    return {
      res,
      session: cookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`) && !c.includes('Max-Age=0')),
    };
  }

  it('a good token signs in (control)', async () => {
    const { res, session } = await callbackWith('citizen', (n) => idp.sign(goodClaims('citizen', n)));
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/portal/min-side');
    expect(session).toBeDefined();
  });

  it.each(FORGERIES)(
    '%s: redirected with innlogging=feilet, no session cookie',
    async (_name, kind, forge) => {
      const { res, session } = await callbackWith(kind, (n) => forge(idp, n));
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe(`${kind === 'staff' ? '/' : '/portal/'}?innlogging=feilet`);
      expect(session).toBeUndefined();
    },
  );

  it('too low an acr: 403 page, no session, a warning in the log without the fødselsnummer', async () => {
    const { res, session } = await callbackWith('citizen', (n) =>
      idp.sign({ ...goodClaims('citizen', n), acr: 'idporten-loa-substantial' }),
    );
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('ikke sikker nok');
    expect(session).toBeUndefined();
    expect(s.logs.text).toMatch(/"event":"sign-in-refused","kind":"citizen","problem":"acr_too_low"/);
    expect(s.logs.text).not.toContain('14838512470');
  });

  it('a callback without the flow cookie is refused, even with a good token', async () => {
    const login = await s.app.inject({ method: 'GET', url: '/api/auth/staff/login' });
    const authorize = new URL(String(login.headers.location));
    idp.nextIdToken = await idp.sign(goodClaims('staff', String(authorize.searchParams.get('nonce'))));
    const res = await s.app.inject({
      method: 'GET',
      url: `/api/auth/staff/callback?code=c0de&state=${authorize.searchParams.get('state')}`,
    });
    expect(res.headers.location).toBe('/?innlogging=feilet');
  });
});
