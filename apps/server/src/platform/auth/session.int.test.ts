import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAuthTestApp,
  signInAsCitizen,
  signInAsStaff,
  testClock,
  type AuthTestApp,
  type TestClock,
} from '../../../test/support/auth.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { DEMO_TENANT } from '../../modules/tenancy/demo-tenant.js';
import { seedDemo } from '../../modules/tenancy/seed-demo.js';
import type { RoutePlugin } from '../http/app.js';
import { SESSION_COOKIE } from './cookies.js';

const MINUTE = 60_000;

describe('sessions', () => {
  let t: TestDatabase;
  let s: AuthTestApp;
  let app: FastifyInstance;
  let clock: TestClock;

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.database);
    clock = testClock();
    s = await buildAuthTestApp(t, { clock });
    app = s.app;
  });
  afterAll(async () => {
    await s?.close();
    await t?.close();
  });

  const session = (cookie: string) =>
    app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } });
  const revokedReason = async (id: string) => {
    const row = await t.database.withTenant(DEMO_TENANT.id, (trx) =>
      trx
        .selectFrom('auth_session')
        .select(['revoked_reason', 'last_seen_at'])
        .where('id', '=', id)
        .executeTakeFirst(),
    );
    return row;
  };

  it('without a session cookie the session endpoint answers 401', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/auth/session' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('a malformed or unknown cookie gives no actor and is cleared', async () => {
    for (const value of ['x', 'A'.repeat(43), "'; DROP TABLE auth_session; --"]) {
      const res = await session(`${SESSION_COOKIE}=${value}`);
      expect(res.statusCode).toBe(401);
      expect(res.headers['set-cookie']).toEqual([
        `${SESSION_COOKIE}=; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=0`,
      ]);
    }
  });

  it('ends after the idle limit (30 minutes without a request), and stays ended', async () => {
    const sara = await signInAsStaff(app, t.database, 'sara');
    clock.advance(29 * MINUTE);
    expect((await session(sara.cookie)).statusCode).toBe(200); // activity: idle time starts again
    clock.advance(29 * MINUTE);
    expect((await session(sara.cookie)).statusCode).toBe(200);
    clock.advance(30 * MINUTE);
    expect((await session(sara.cookie)).statusCode).toBe(401);
    expect((await revokedReason(sara.sessionId))?.revoked_reason).toBe('idle');
    clock.advance(-30 * MINUTE); // even if the clock went back, a revoked session stays dead
    expect((await session(sara.cookie)).statusCode).toBe(401);
    clock.advance(30 * MINUTE);
  });

  it('ends at the absolute limit (10 hours) however active it is', async () => {
    const sara = await signInAsStaff(app, t.database, 'sara');
    for (let i = 0; i < 39; i++) {
      clock.advance(15 * MINUTE);
      expect((await session(sara.cookie)).statusCode, `after ${(i + 1) * 15} minutes`).toBe(200);
    }
    clock.advance(15 * MINUTE); // 10 h
    expect((await session(sara.cookie)).statusCode).toBe(401);
    expect((await revokedReason(sara.sessionId))?.revoked_reason).toBe('expired');
  });

  it('writes last_seen_at at most once a minute', async () => {
    const sara = await signInAsStaff(app, t.database, 'sara');
    const first = (await revokedReason(sara.sessionId))?.last_seen_at;
    clock.advance(30_000);
    await session(sara.cookie);
    expect((await revokedReason(sara.sessionId))?.last_seen_at).toEqual(first);
    clock.advance(31_000);
    const res = await session(sara.cookie);
    expect((await revokedReason(sara.sessionId))?.last_seen_at).toEqual(new Date(clock()));
    expect(Date.parse(res.json().idleExpiresAt)).toBe(clock() + 30 * MINUTE);
  });

  describe('CSRF', () => {
    let probeApp: AuthTestApp;
    beforeAll(async () => {
      // a state-changing route that exists only in this test: the check is the hook's, not a route's
      const probe: RoutePlugin = (api) => {
        api.route({
          method: ['POST', 'PUT', 'PATCH', 'DELETE'],
          url: '/test/change',
          schema: { tags: ['test'] },
          handler: async () => ({ changed: true }),
        });
      };
      probeApp = await buildAuthTestApp(t, { clock, extraModules: [probe] });
    });
    afterAll(() => probeApp?.close());

    it('a state-changing request of a session without the right x-csrf-token is 403 CSRF_FAILED', async () => {
      const sara = await signInAsStaff(probeApp.app, t.database, 'sara');
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH'] as const) {
        for (const headers of [{}, { 'x-csrf-token': 'wrong' }, { 'x-csrf-token': 'B'.repeat(43) }]) {
          const res = await probeApp.app.inject({
            method,
            url: '/api/test/change',
            headers: { cookie: sara.cookie, ...headers },
          });
          expect(res.statusCode, `${method} ${JSON.stringify(headers)}`).toBe(403);
          expect(res.json().error.code).toBe('CSRF_FAILED');
        }
      }
      const logout = await probeApp.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie: sara.cookie },
      });
      expect(logout.statusCode).toBe(403);
      expect((await session(sara.cookie)).statusCode).toBe(200); // the forged sign-out did nothing
    });

    it("the right token passes; another session's token does not", async () => {
      const sara = await signInAsStaff(probeApp.app, t.database, 'sara');
      const frode = await signInAsStaff(probeApp.app, t.database, 'frode');
      const ok = await probeApp.app.inject({
        method: 'PUT',
        url: '/api/test/change',
        headers: { cookie: sara.cookie, 'x-csrf-token': sara.csrfToken },
      });
      expect(ok.statusCode).toBe(200);
      const crossed = await probeApp.app.inject({
        method: 'PUT',
        url: '/api/test/change',
        headers: { cookie: sara.cookie, 'x-csrf-token': frode.csrfToken },
      });
      expect(crossed.statusCode).toBe(403);
    });

    it('GET needs no token, and an anonymous request is not asked for one', async () => {
      const sara = await signInAsStaff(probeApp.app, t.database, 'sara');
      expect(
        (
          await probeApp.app.inject({
            method: 'GET',
            url: '/api/auth/session',
            headers: { cookie: sara.cookie },
          })
        ).statusCode,
      ).toBe(200);
      expect((await probeApp.app.inject({ method: 'PUT', url: '/api/test/change' })).statusCode).toBe(200);
    });
  });

  it('sign-out ends this session only; the old cookie is then 401', async () => {
    const a = await signInAsStaff(app, t.database, 'berit');
    const b = await signInAsStaff(app, t.database, 'berit');
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: a.cookie, 'x-csrf-token': a.csrfToken },
    });
    expect(res.statusCode).toBe(204);
    expect(res.headers['set-cookie']).toEqual([
      `${SESSION_COOKIE}=; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=0`,
    ]);
    expect((await session(a.cookie)).statusCode).toBe(401);
    expect((await session(b.cookie)).statusCode).toBe(200);
    expect((await revokedReason(a.sessionId))?.revoked_reason).toBe('logout');
    const audit = await t.database.withTenant(DEMO_TENANT.id, (trx) =>
      trx
        .selectFrom('audit_event')
        .select('action')
        .where('session_id', '=', a.sessionId)
        .orderBy('occurred_at')
        .execute(),
    );
    expect(audit.map((r) => r.action)).toEqual(['sign_in', 'sign_out']);
  });

  it('signing out without a session is harmless (204)', async () => {
    expect((await app.inject({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
  });

  it("sign-out everywhere ends every session of the user and no one else's", async () => {
    const a = await signInAsStaff(app, t.database, 'mona');
    const b = await signInAsStaff(app, t.database, 'mona');
    const other = await signInAsStaff(app, t.database, 'sindre');
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/logout-everywhere',
      headers: { cookie: b.cookie, 'x-csrf-token': b.csrfToken },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().revokedSessions).toBeGreaterThanOrEqual(2);
    expect((await session(a.cookie)).statusCode).toBe(401);
    expect((await session(b.cookie)).statusCode).toBe(401);
    expect((await session(other.cookie)).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/api/auth/logout-everywhere' })).statusCode).toBe(401);
  });

  it("a deactivated user's live session is 401 on the next request", async () => {
    const frode = await signInAsStaff(app, t.database, 'frode');
    expect((await session(frode.cookie)).statusCode).toBe(200);
    await t.database.withTenant(DEMO_TENANT.id, (trx) =>
      trx.updateTable('staff_user').set({ active: false }).where('username', '=', 'frode').execute(),
    );
    expect((await session(frode.cookie)).statusCode).toBe(401);
    expect((await revokedReason(frode.sessionId))?.revoked_reason).toBe('user_deactivated');
    await t.database.withTenant(DEMO_TENANT.id, (trx) =>
      trx.updateTable('staff_user').set({ active: true }).where('username', '=', 'frode').execute(),
    );
    expect((await session(frode.cookie)).statusCode).toBe(401); // reactivation does not revive it
  });

  it('a citizen session: session view, sign-out everywhere across browsers', async () => {
    const a = await signInAsCitizen(app, t.database, '21860951387');
    const b = await signInAsCitizen(app, t.database, '21860951387');
    const petter = await signInAsCitizen(app, t.database, '14838512470');
    const view = await session(a.cookie);
    expect(view.json()).toMatchObject({
      kind: 'citizen',
      pidMasked: '218609*****',
      acr: 'idporten-loa-high',
    });
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/logout-everywhere',
      headers: { cookie: a.cookie, 'x-csrf-token': a.csrfToken },
    });
    expect(res.json()).toEqual({ revokedSessions: 2 });
    expect((await session(b.cookie)).statusCode).toBe(401);
    expect((await session(petter.cookie)).statusCode).toBe(200);
  });

  describe('in the database', () => {
    it('stores a SHA-256 of the session id, never the id', async () => {
      const sara = await signInAsStaff(app, t.database, 'sara');
      const token = sara.cookie.split('=')[1] ?? '';
      const { rows } = await sql<{ hex: string; csrf: string }>`
        SELECT encode(id_hash, 'hex') AS hex, csrf_token AS csrf FROM auth_session WHERE id = ${sara.sessionId}`.execute(
        t.database.db,
      );
      expect(rows).toEqual([]); // the app role sees no session without presenting it
      const seen = await t.database.withTenant(DEMO_TENANT.id, (trx) =>
        sql<{
          hex: string;
        }>`SELECT encode(id_hash, 'hex') AS hex FROM auth_session WHERE id = ${sara.sessionId}`.execute(trx),
      );
      const { createHash } = await import('node:crypto');
      expect(seen.rows[0]?.hex).toBe(
        createHash('sha256').update(Buffer.from(token, 'base64url')).digest('hex'),
      );
      const dump = await t.database.withTenant(DEMO_TENANT.id, (trx) =>
        sql`SELECT * FROM auth_session`.execute(trx),
      );
      expect(JSON.stringify(dump.rows)).not.toContain(token);
    });

    it("a tenant context sees its own staff sessions only; citizens' sessions need their own context", async () => {
      await signInAsCitizen(app, t.database, '14838512470');
      const seen = await t.database.withTenant(DEMO_TENANT.id, (trx) =>
        trx.selectFrom('auth_session').select(['kind', 'tenant_id']).execute(),
      );
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((r) => r.kind === 'staff' && r.tenant_id === DEMO_TENANT.id)).toBe(true);
      const other = await t.database.withTenant('00000000-0000-4000-8000-000000000001', (trx) =>
        trx.selectFrom('auth_session').select('id').execute(),
      );
      expect(other).toEqual([]);
    });

    it('the app role cannot change who a session belongs to, nor delete one', async () => {
      await expect(
        t.database.withTenant(DEMO_TENANT.id, (trx) =>
          sql`UPDATE auth_session SET staff_user_id = staff_user_id`.execute(trx),
        ),
      ).rejects.toThrow(/permission denied/);
      await expect(
        t.database.withTenant(DEMO_TENANT.id, (trx) => sql`DELETE FROM auth_session`.execute(trx)),
      ).rejects.toThrow(/permission denied/);
    });

    it('the sign-in lookup answers only "which accounts have this username", across services', async () => {
      const { rows } = await sql<{
        tenant_id: string;
      }>`SELECT * FROM vern_staff_login_lookup('SARA')`.execute(t.database.db);
      expect(rows.map((r) => r.tenant_id)).toEqual([DEMO_TENANT.id]);
      expect((await t.database.db.selectFrom('staff_user').selectAll().execute()).length).toBe(0);
    });
  });
});
