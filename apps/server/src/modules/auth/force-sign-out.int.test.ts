import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAuthTestApp,
  signInAsCitizen,
  signInAsStaff,
  type AuthTestApp,
  type SignedIn,
} from '../../../test/support/auth.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { actor, buildWorld, type World } from '../../../test/support/world.js';

describe('POST /api/staff/{staffUserId}/force-logout', () => {
  let t: TestDatabase;
  let s: AuthTestApp;
  let w: World;
  let other: World;

  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
    other = await buildWorld(t.database);
    s = await buildAuthTestApp(t);
  });
  afterAll(async () => {
    await s?.close();
    await t?.close();
  });

  const as = (who: string, world = w) => signInAsStaff(s.app, t.database, who, { tenantId: world.tenantId });
  const force = (by: SignedIn, targetId: string) =>
    s.app.inject({
      method: 'POST',
      url: `/api/staff/${targetId}/force-logout`,
      headers: { cookie: by.cookie, 'x-csrf-token': by.csrfToken },
    });
  const alive = async (who: SignedIn) =>
    (await s.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: who.cookie } }))
      .statusCode === 200;
  const audits = (world: World) =>
    t.database.withTenant(world.tenantId, (trx) =>
      trx
        .selectFrom('audit_event')
        .select(['actor_id', 'outcome', 'object_id'])
        .where('action', '=', 'force_sign_out')
        .orderBy('occurred_at')
        .execute(),
    );

  it.each(['barnevernleder:berit', 'fagleder:frode', 'systemansvarlig:sindre'])(
    '%s signs a caseworker out of every session, effective on the next request',
    async (role) => {
      const leader = await as(role.split(':')[1] ?? '');
      const phone = await as('sara');
      const laptop = await as('sara');
      expect(await alive(phone)).toBe(true);
      const res = await force(leader, actor(w, 'sara').staffUserId);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ revokedSessions: 2 });
      expect(await alive(phone)).toBe(false);
      expect(await alive(laptop)).toBe(false);
      expect(await alive(leader)).toBe(true);
      expect((await audits(w)).at(-1)).toEqual({
        actor_id: actor(w, role.split(':')[1] ?? '').staffUserId,
        outcome: 'allowed',
        object_id: actor(w, 'sara').staffUserId,
      });
    },
  );

  it.each(['sara', 'mona', 'vilde'])(
    '%s (no such capability) gets 403 FORBIDDEN, audited as denied',
    async (who) => {
      const target = await as('siv');
      const before = (await audits(w)).length;
      const res = await force(await as(who), actor(w, 'siv').staffUserId);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
      expect(await alive(target)).toBe(true);
      expect((await audits(w)).slice(before).map((a) => a.outcome)).toEqual(['denied']);
    },
  );

  it('a user of another service and an unknown id both give the same 404', async () => {
    const leader = await as('berit');
    const foreign = await as('sara', other);
    const a = await force(leader, actor(other, 'sara').staffUserId);
    const b = await force(leader, randomUUID());
    expect(a.statusCode).toBe(404);
    expect(b.statusCode).toBe(404);
    expect(a.json().error.code).toBe(b.json().error.code);
    expect(a.json().error.message).toBe(b.json().error.message);
    expect(await alive(foreign)).toBe(true);
    expect((await audits(w)).slice(-2).map((r) => r.outcome)).toEqual(['denied', 'denied']);
    expect(await audits(other)).toEqual([]);
  });

  it('needs a session (401) and the CSRF token (403)', async () => {
    const target = actor(w, 'sara').staffUserId;
    expect(
      (await s.app.inject({ method: 'POST', url: `/api/staff/${target}/force-logout` })).statusCode,
    ).toBe(401);
    const leader = await as('berit');
    const res = await s.app.inject({
      method: 'POST',
      url: `/api/staff/${target}/force-logout`,
      headers: { cookie: leader.cookie },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_FAILED');
  });

  it('a citizen session cannot use it (401)', async () => {
    const citizen = await signInAsCitizen(s.app, t.database, '14838512470');
    const res = await force(citizen, actor(w, 'sara').staffUserId);
    expect(res.statusCode).toBe(401);
  });

  it('refuses a malformed id with 400', async () => {
    const res = await force(await as('berit'), 'not-a-uuid');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([{ field: 'params.staffUserId', reason: 'must be a UUID' }]);
  });
});
