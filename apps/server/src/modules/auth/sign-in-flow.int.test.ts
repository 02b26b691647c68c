import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAuthTestApp, signInAsStaff, type AuthTestApp } from '../../../test/support/auth.js';
import { browserSignIn, CookieJar, follow, request } from '../../../test/support/browser.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { FLOW_COOKIE, SESSION_COOKIE } from '../../platform/auth/cookies.js';
import { subjectHash } from '../../platform/audit/security-event.js';
import { DEMO_TENANT } from '../tenancy/demo-tenant.js';
import { seedDemo } from '../tenancy/seed-demo.js';

const PETTER = '14838512470';

describe('sign-in through the development IdP over HTTP', () => {
  let t: TestDatabase;
  let s: AuthTestApp;

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.database);
    s = await buildAuthTestApp(t, { listen: true });
  });
  afterAll(async () => {
    await s?.close();
    await t?.close();
  });

  interface SessionBody {
    kind: string;
    username?: string;
    csrfToken: string;
    expiresAt: string;
    idleExpiresAt: string;
  }
  const sessionOf = async (jar: CookieJar) => {
    const r = await request(jar, `${s.url}/api/auth/session`);
    return { status: r.status, body: (await r.json()) as SessionBody };
  };

  const auditRows = (action: string) =>
    t.database.withTenant(DEMO_TENANT.id, async (trx) =>
      trx
        .selectFrom('audit_event')
        .select(['outcome', 'actor_id', 'session_id'])
        .where('action', '=', action)
        .execute(),
    );

  it('a caseworker signs in: code + PKCE + state + nonce, a new session, the session endpoint', async () => {
    const run = await browserSignIn(s.url, 'staff', { username: 'sara' });
    const authorize = new URL(String(run.toLoginPage[0]?.response.headers.get('location')));
    expect(authorize.searchParams.get('response_type')).toBe('code');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get('state')?.length).toBeGreaterThanOrEqual(32);
    expect(authorize.searchParams.get('nonce')?.length).toBeGreaterThanOrEqual(32);
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${s.url}/api/auth/staff/callback`);

    expect(run.callback.status).toBe(303);
    expect(run.callback.headers.get('location')).toBe('/');
    const cookies = run.callback.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    expect(session).toMatch(
      /^__Host-vern_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; Secure; SameSite=Lax$/,
    );
    expect(cookies).toContain(`${FLOW_COOKIE}=; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=0`);

    const { status, body } = await sessionOf(run.jar);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      kind: 'staff',
      displayName: 'Sara Saksbehandler',
      username: 'sara',
      roles: ['saksbehandler'],
      tenant: { id: DEMO_TENANT.id, name: DEMO_TENANT.name },
      unit: { name: 'Mottak og undersøkelse' },
    });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(body.expiresAt) - Date.now()).toBeGreaterThan(9.9 * 3600_000);
    expect(Date.parse(body.idleExpiresAt) - Date.now()).toBeLessThanOrEqual(30 * 60_000);
    expect((await auditRows('sign_in')).filter((r) => r.outcome === 'allowed').length).toBeGreaterThan(0);
  });

  it("the IdP's login page is ours: Norwegian, a button per demo user, no scripts, a strict CSP", async () => {
    const jar = new CookieJar();
    const hops = await follow(
      jar,
      { url: `${s.url}/api/auth/staff/login`, response: await request(jar, `${s.url}/api/auth/staff/login`) },
      s.url,
    );
    const page = hops.at(-1);
    const html = (await page?.response.text()) ?? '';
    expect(html).toContain('<html lang="nb">');
    expect(html).toMatch(/<button type="submit" name="username" value="sara">Sara Saksbehandler/);
    expect(html).toContain('ingen passord');
    expect(html).not.toMatch(/<script|\sstyle=|\son[a-z]+=/i);
    const csp = String(page?.response.headers.get('content-security-policy'));
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`form-action 'self' ${s.url}`);
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('returns to a same-site returnTo, and refuses any other', async () => {
    const run = await browserSignIn(
      s.url,
      'staff',
      { username: 'frode' },
      { returnTo: '/saker?filter=mine' },
    );
    expect(run.callback.headers.get('location')).toBe('/saker?filter=mine');
    for (const bad of ['//evil.example/', '/\\evil.example', 'https://evil.example/', 'saker', '/a\nb']) {
      const res = await s.app.inject({
        method: 'GET',
        url: `/api/auth/staff/login?returnTo=${encodeURIComponent(bad)}`,
      });
      expect(res.statusCode, bad).toBe(400);
      expect(res.headers['set-cookie'], bad).toBeUndefined();
    }
  });

  it('comes back to the loopback name the browser used, never to an unregistered Host', async () => {
    const alias = s.url.replace('127.0.0.1', 'localhost');
    const run = await browserSignIn(alias, 'staff', { username: 'sara' });
    expect(run.afterLogin.at(-1)?.url.startsWith(`${alias}/api/auth/staff/callback?`)).toBe(true);
    expect(run.callback.headers.get('location')).toBe('/');
    expect((await request(run.jar, `${alias}/api/auth/session`)).status).toBe(200);
    const spoofed = await s.app.inject({
      method: 'GET',
      url: '/api/auth/staff/login',
      headers: { host: 'evil.example' },
    });
    const authorize = new URL(String(spoofed.headers.location));
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${s.url}/api/auth/staff/callback`);
  });

  it('a citizen signs in at the high level and lands on Min side', async () => {
    const run = await browserSignIn(s.url, 'citizen', { pid: PETTER });
    const authorize = new URL(String(run.toLoginPage[0]?.response.headers.get('location')));
    expect(authorize.searchParams.get('acr_values')).toBe('idporten-loa-high');
    expect(run.loginPageHtml).toMatch(/Petter Forelder/);
    expect(run.loginPageHtml).toMatch(/Ylva Ungdom/);
    expect(run.callback.headers.get('location')).toBe('/portal/min-side');
    const { status, body } = await sessionOf(run.jar);
    expect(status).toBe(200);
    expect(body).toMatchObject({ kind: 'citizen', pidMasked: '148385*****', acr: 'idporten-loa-high' });
    // The name comes with the profile scope, as BankID's does through ID-porten.
    expect(authorize.searchParams.get('scope')).toBe('openid profile');
    expect(body).toMatchObject({ name: 'Petter Forelder' });
    expect(JSON.stringify(body)).not.toContain(PETTER);
    const events = await t.database.db
      .selectFrom('security_event')
      .selectAll()
      .where('actor_kind', '=', 'citizen')
      .execute();
    expect(
      events.filter((e) => e.event === 'sign_in' && e.outcome === 'allowed' && e.session_id !== null),
    ).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain(PETTER);
  });

  it('a citizen who signs in at a lower level gets a 403 page and no session', async () => {
    const run = await browserSignIn(s.url, 'citizen', {
      pid: '21860951387',
      acr: 'idporten-loa-substantial',
    });
    expect(run.callback.status).toBe(403);
    expect(await run.callback.text()).toContain('Innloggingen var ikke sikker nok');
    expect(run.jar.get(s.url, SESSION_COOKIE)).toBeUndefined();
    expect((await sessionOf(run.jar)).status).toBe(401);
    const refused = await t.database.db
      .selectFrom('security_event')
      .select(['outcome', 'problem'])
      .where('problem', '=', 'acr_too_low')
      .execute();
    expect(refused).toEqual([{ outcome: 'denied', problem: 'acr_too_low' }]);
  });

  it('an unknown or deactivated staff user gets ?innlogging=ukjent-bruker, no session, and a denied audit row', async () => {
    const unknown = await browserSignIn(s.url, 'staff', { username: 'ingen.slik' });
    expect(unknown.callback.headers.get('location')).toBe('/?innlogging=ukjent-bruker');
    expect(unknown.jar.get(s.url, SESSION_COOKIE)).toBeUndefined();
    // No tenant is known for an unknown user: the refusal is a security event, with only a hash of the name.
    const refused = await t.database.db
      .selectFrom('security_event')
      .select(['event', 'actor_kind', 'outcome', 'problem', 'subject_hash'])
      .where('subject_hash', '=', subjectHash('ingen.slik'))
      .execute();
    expect(refused).toEqual([
      {
        event: 'sign_in',
        actor_kind: 'staff',
        outcome: 'denied',
        problem: 'unknown_user',
        subject_hash: subjectHash('ingen.slik'),
      },
    ]);

    await t.database.withTenant(DEMO_TENANT.id, (trx) =>
      trx.updateTable('staff_user').set({ active: false }).where('username', '=', 'vilde').execute(),
    );
    const denied = (await auditRows('sign_in')).filter((r) => r.outcome === 'denied').length;
    const inactive = await browserSignIn(s.url, 'staff', { username: 'vilde' });
    expect(inactive.callback.headers.get('location')).toBe('/?innlogging=ukjent-bruker');
    expect(inactive.jar.get(s.url, SESSION_COOKIE)).toBeUndefined();
    expect((await auditRows('sign_in')).filter((r) => r.outcome === 'denied').length).toBe(denied + 1);
    expect(s.logs.text).toMatch(
      /"event":"sign-in-unknown-staff","usernameHash":"[0-9a-f]{12}","deactivated":true/,
    );
    expect(s.logs.text).not.toContain('ingen.slik');
    expect(s.logs.text).not.toMatch(/"username":"vilde"/);
  });

  it('a username with accounts in two services is refused with ?innlogging=flere-tjenester', async () => {
    const other = randomUUID();
    await t.database.withTenant(other, async (trx) => {
      await trx
        .insertInto('tenant')
        .values({
          id: other,
          slug: `annen-${other.slice(0, 8)}`,
          name: 'Annen tjeneste',
          kind: 'kommune',
          kommunenummer: '9998',
          bydelsnummer: null,
          bydelsnavn: null,
          organisasjonsnummer: null,
        })
        .execute();
      await trx
        .insertInto('staff_user')
        .values({ tenant_id: other, username: 'delt', display_name: 'Delt Person' })
        .execute();
    });
    await t.database.withTenant(DEMO_TENANT.id, (trx) =>
      trx
        .insertInto('staff_user')
        .values({ tenant_id: DEMO_TENANT.id, username: 'delt', display_name: 'Delt Person' })
        .execute(),
    );
    const run = await browserSignIn(s.url, 'staff', { username: 'delt' });
    expect(run.callback.headers.get('location')).toBe('/?innlogging=flere-tjenester');
    expect(run.jar.get(s.url, SESSION_COOKIE)).toBeUndefined();
  });

  it('never reuses a cookie from before sign-in (fixation), and each sign-in gets a new session id', async () => {
    const jar = new CookieJar();
    const planted = 'A'.repeat(43);
    jar.set(s.url, SESSION_COOKIE, planted);
    const first = await browserSignIn(s.url, 'staff', { username: 'sara' }, { jar });
    const firstCookie = jar.get(s.url, SESSION_COOKIE);
    expect(firstCookie).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(firstCookie).not.toBe(planted);
    expect(first.callback.status).toBe(303);

    // a live session in the browser (someone else's, say) is replaced and revoked, not carried on
    const mona = await signInAsStaff(s.app, t.database, 'mona');
    const monaJar = new CookieJar();
    monaJar.set(s.url, SESSION_COOKIE, mona.cookie.split('=')[1] ?? '');
    await browserSignIn(s.url, 'staff', { username: 'sara' }, { jar: monaJar });
    const after = monaJar.get(s.url, SESSION_COOKIE);
    expect(after).not.toBe(mona.cookie.split('=')[1]);
    expect((await sessionOf(monaJar)).body.username).toBe('sara');
    const old = await s.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: mona.cookie },
    });
    expect(old.statusCode).toBe(401);
    const reason = await t.database.withTenant(DEMO_TENANT.id, (trx) =>
      trx
        .selectFrom('auth_session')
        .select('revoked_reason')
        .where('id', '=', mona.sessionId)
        .executeTakeFirst(),
    );
    expect(reason?.revoked_reason).toBe('replaced');

    // the same person signing in again in the same browser gets yet another session
    const again = await browserSignIn(s.url, 'staff', { username: 'sara' }, { jar });
    expect(again.callback.status).toBe(303);
    expect(jar.get(s.url, SESSION_COOKIE)).not.toBe(firstCookie);
  });

  it('the development IdP asks who you are every time, even with its own session cookie', async () => {
    const jar = new CookieJar();
    await browserSignIn(s.url, 'staff', { username: 'sara' }, { jar });
    const second = await browserSignIn(s.url, 'staff', { username: 'berit' }, { jar });
    expect(second.loginPageHtml).toContain('Logg inn som ansatt');
    expect((await sessionOf(jar)).body.username).toBe('berit');
  });

  it('a callback cannot be replayed: the flow and the code are used up', async () => {
    const run = await browserSignIn(s.url, 'staff', { username: 'sara' });
    const callbackUrl = run.afterLogin.at(-1)?.url ?? '';
    expect(callbackUrl).toContain('/api/auth/staff/callback?code=');
    const flowJar = new CookieJar();
    const login = await request(flowJar, `${s.url}/api/auth/staff/login`);
    await login.arrayBuffer();
    const replay = await request(flowJar, callbackUrl);
    expect(replay.headers.get('location')).toBe('/?innlogging=feilet');
    expect(
      replay.headers
        .getSetCookie()
        .some((c) => c.startsWith(`${SESSION_COOKIE}=`) && !c.includes('Max-Age=0')),
    ).toBe(false);
  });

  it('cancelling at the IdP comes back as ?innlogging=avbrutt', async () => {
    const jar = new CookieJar();
    const hops = await follow(
      jar,
      { url: `${s.url}/api/auth/staff/login`, response: await request(jar, `${s.url}/api/auth/staff/login`) },
      s.url,
    );
    const page = hops.at(-1);
    await page?.response.arrayBuffer();
    const abort = `${page?.url}/abort`;
    const back = await follow(
      jar,
      { url: abort, response: await request(jar, abort, { method: 'POST' }) },
      s.url,
    );
    expect(back.at(-1)?.response.headers.get('location')).toBe('/?innlogging=avbrutt');
  });

  it('a citizen who set out from the report form and cancels comes back to the form, not the front page', async () => {
    const jar = new CookieJar();
    const start = `${s.url}/api/auth/citizen/login?returnTo=${encodeURIComponent('/portal/bekymring')}`;
    const hops = await follow(jar, { url: start, response: await request(jar, start) }, s.url);
    const page = hops.at(-1);
    await page?.response.arrayBuffer();
    const abort = `${page?.url}/abort`;
    const back = await follow(
      jar,
      { url: abort, response: await request(jar, abort, { method: 'POST' }) },
      s.url,
    );
    expect(back.at(-1)?.response.headers.get('location')).toBe('/portal/bekymring?innlogging=avbrutt');
  });

  it('the IdP refuses an authorization request without PKCE', async () => {
    const issuer = s.runtime.devIdpUrl;
    const res = await fetch(
      `${issuer}/auth?client_id=vern-staff&response_type=code&scope=openid&redirect_uri=${encodeURIComponent(`${s.url}/api/auth/staff/callback`)}&state=x&nonce=y`,
      { redirect: 'manual' },
    );
    const location = new URL(String(res.headers.get('location')));
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('error_description')).toMatch(/PKCE/);
  });

  it('logs no fødselsnummer, session id, code or token', async () => {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM auth_session`.execute(
      t.database.db,
    );
    expect(rows[0]?.n).toBe(0); // and the app role cannot even count them outside a context
    expect(s.logs.text).not.toContain(PETTER);
    expect(s.logs.text).not.toContain('21860951387');
    expect(s.logs.text).not.toMatch(/__Host-vern_session=|code=|id_token|eyJ/);
  });
});
