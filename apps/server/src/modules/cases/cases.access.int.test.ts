import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { accessSuite, type SuiteContext } from '../../../test/support/access-suite.js';
import { buildTestApp } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { actor, buildWorld, CANARY_STREET, caseOf, type World } from '../../../test/support/world.js';

describe('case routes', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let w: World;
  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
    ({ app } = await buildTestApp(t));
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });
  const ctx = (): SuiteContext => ({ t, app, w });
  type Items = { items: { id: string; childName: string }[] };
  const ids = (body: unknown) => (body as Items).items.map((i) => i.id).sort();

  accessSuite('GET /api/cases', ctx, () => ({ method: 'GET', url: '/api/cases' }), [
    {
      who: 'sara',
      status: 200,
      audit: { allowed: 2 },
      check: (body, w) =>
        expect(ids(body)).toEqual([caseOf(w, 'assigned').id, caseOf(w, 'protected').id].sort()),
    },
    {
      who: 'berit',
      status: 200,
      audit: { allowed: 4 },
      check: (body, w) => expect(ids(body)).not.toContain(caseOf(w, 'blocked').id),
    },
    {
      who: 'mona',
      status: 200,
      audit: { allowed: 1 },
      check: (body, w) => expect(ids(body)).toEqual([caseOf(w, 'unassigned').id]),
    },
    { who: 'sindre', status: 200, audit: {}, check: (body) => expect(ids(body)).toEqual([]) },
    { who: 'anonymous', status: 401 },
  ]);

  const openCase = (key: string) => (w: World) => ({
    method: 'GET' as const,
    url: `/api/cases/${caseOf(w, key).id}`,
  });
  accessSuite('GET /api/cases/{id}', ctx, openCase('assigned'), [
    { who: 'sara', status: 200, name: 'the caseworker reads it' },
    { who: 'frode', status: 200, name: 'the unit leader reads it' },
    { who: 'berit', status: 200, name: 'the head of service reads it' },
    { who: 'siv', status: 404, name: 'a caseworker without need gets 404' },
    { who: 'fia', status: 404, name: 'a leader of another unit gets 404' },
    { who: 'mona', status: 404, name: 'intake gets 404 on an assigned case' },
    { who: 'sindre', status: 404, name: 'the system administrator gets 404' },
    { who: 'vilde', status: 404, name: 'out-of-hours duty without break-the-glass gets 404' },
    {
      who: 'berit',
      status: 404,
      request: openCase('blocked'),
      name: 'the head of service gets 404 when blocked',
    },
    {
      who: 'frode',
      status: 404,
      request: openCase('blocked'),
      name: 'the unit leader gets 404 when blocked',
    },
    {
      who: 'siv',
      status: 404,
      request: () => ({ method: 'GET', url: '/api/cases/8c0f6b9e-1d2a-4c3b-9e8f-7a6b5c4d3e2f' }),
      name: 'a nonexistent id answers the same 404',
    },
    { who: 'anonymous', status: 401 },
    {
      who: 'sara',
      status: 200,
      request: openCase('protected'),
      name: 'the caseworker does not see a strengt fortrolig address',
      check: (body) => {
        expect(JSON.stringify(body)).not.toContain(CANARY_STREET);
        expect((body as { child: { addressHidden: boolean } }).child.addressHidden).toBe(true);
      },
    },
    {
      who: 'berit',
      status: 200,
      request: openCase('protected'),
      name: 'the head of service sees it',
      check: (body) => expect(JSON.stringify(body)).toContain(CANARY_STREET),
    },
  ]);

  const glass =
    (key: string, reason = 'Akutt melding fra legevakten, trenger oversikt nå') =>
    (w: World) => ({
      method: 'POST' as const,
      url: `/api/cases/${caseOf(w, key).id}/break-glass`,
      payload: { reason },
    });
  accessSuite('POST /api/cases/{id}/break-glass', ctx, glass('otherUnit'), [
    { who: 'sindre', status: 403, audit: {}, name: 'a role without break-the-glass is refused' },
    {
      who: 'vilde',
      status: 400,
      audit: {},
      request: glass('otherUnit', 'kort'),
      name: 'a reason under 10 characters is refused',
    },
    { who: 'frode', status: 404, request: glass('blocked'), name: 'a blocked user cannot break the glass' },
    {
      who: 'sara',
      status: 409,
      audit: {},
      request: glass('assigned'),
      name: 'one who has access already is told so',
    },
    { who: 'anonymous', status: 401 },
    {
      who: 'vilde',
      status: 201,
      name: 'with a reason, out-of-hours duty gets time-limited access',
      check: (body) =>
        expect(new Date((body as { expiresAt: string }).expiresAt).getTime()).toBeGreaterThan(
          Date.now() + 59 * 60_000,
        ),
    },
    { who: 'vilde', status: 200, request: openCase('otherUnit'), name: 'and can then open the case' },
  ]);

  const blocks = (key: string) => (w: World) => ({
    method: 'GET' as const,
    url: `/api/cases/${caseOf(w, key).id}/blocks`,
  });
  accessSuite('GET /api/cases/{id}/blocks', ctx, blocks('assigned'), [
    { who: 'frode', status: 200, check: (b) => expect(b).toEqual({ items: [] }) },
    { who: 'sara', status: 403, audit: {}, name: 'a caseworker may not manage blocks' },
    { who: 'fia', status: 404, name: 'a leader without need gets 404' },
    { who: 'berit', status: 404, request: blocks('blocked'), name: 'a blocked head of service gets 404' },
    { who: 'anonymous', status: 401 },
  ]);

  const block =
    (staff: string, key = 'assigned') =>
    (w: World) => ({
      method: 'POST' as const,
      url: `/api/cases/${caseOf(w, key).id}/blocks`,
      payload: { staffUserId: actor(w, staff).staffUserId },
    });
  accessSuite('POST /api/cases/{id}/blocks', ctx, block('sara'), [
    { who: 'sara', status: 403, audit: {}, name: 'a caseworker may not block anyone' },
    { who: 'fia', status: 404, name: 'a leader without need gets 404' },
    { who: 'anonymous', status: 401 },
    {
      who: 'frode',
      status: 400,
      audit: {},
      request: (w) => ({
        method: 'POST',
        url: `/api/cases/${caseOf(w, 'assigned').id}/blocks`,
        payload: { staffUserId: '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f' },
      }),
      name: 'someone who is not staff of this service is refused with the field',
    },
    { who: 'frode', status: 204, name: 'the unit leader blocks the caseworker' },
    {
      who: 'sara',
      status: 404,
      request: openCase('assigned'),
      name: 'the block takes effect on her very next request',
    },
    { who: 'frode', status: 409, audit: {}, name: 'blocking twice is a conflict' },
  ]);

  const unblock =
    (staff: string, key = 'assigned') =>
    (w: World) => ({
      method: 'DELETE' as const,
      url: `/api/cases/${caseOf(w, key).id}/blocks/${actor(w, staff).staffUserId}`,
    });
  accessSuite('DELETE /api/cases/{id}/blocks/{staffUserId}', ctx, unblock('sara'), [
    { who: 'sara', status: 403, audit: {}, name: 'the blocked person cannot lift it' },
    { who: 'fia', status: 404, name: 'a leader without need gets 404' },
    { who: 'anonymous', status: 401 },
    { who: 'frode', status: 204, name: 'the unit leader lifts it' },
    { who: 'sara', status: 200, request: openCase('assigned'), name: 'and the caseworker has her case back' },
    { who: 'frode', status: 404, name: 'lifting a block that is not there is 404' },
  ]);
});
