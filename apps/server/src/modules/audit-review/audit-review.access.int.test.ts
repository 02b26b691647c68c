import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { accessSuite, type SuiteContext } from '../../../test/support/access-suite.js';
import { buildTestApp } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { actor, buildWorld, CANARY_STREET, caseOf, type World } from '../../../test/support/world.js';
import { withStaffAccess } from '../../platform/access/gateway.js';
import { breakGlass } from '../cases/break-glass.js';

const CITIZEN = '14838512470';

describe('person, access-review and innsynslogg routes', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let w: World;
  let openGrant: string;
  let blockedGrant: string;
  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
    ({ app } = await buildTestApp(t));
    openGrant = (
      await withStaffAccess(t.database, actor(w, 'vilde'), {}, (a) =>
        breakGlass(a, caseOf(w, 'otherUnit').id, 'Politiet ringte om akutt situasjon'),
      )
    ).grantId;
    blockedGrant = (
      await withStaffAccess(t.database, actor(w, 'mona'), {}, (a) =>
        breakGlass(a, caseOf(w, 'blocked').id, 'Ny melding kom inn på telefon i dag'),
      )
    ).grantId;
    await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .updateTable('person')
        .set({ fodselsnummer: CITIZEN })
        .where('id', '=', caseOf(w, 'assigned').childId)
        .execute(),
    );
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });
  const ctx = (): SuiteContext => ({ t, app, w });

  const person = (key: string) => (w: World) => ({
    method: 'GET' as const,
    url: `/api/persons/${caseOf(w, key).childId}`,
  });
  accessSuite('GET /api/persons/{id}', ctx, person('assigned'), [
    { who: 'sara', status: 200 },
    { who: 'siv', status: 404 },
    { who: 'berit', status: 404, request: person('blocked'), name: 'blocked head of service gets 404' },
    { who: 'anonymous', status: 401 },
    {
      who: 'sara',
      status: 200,
      request: person('protected'),
      name: 'no protected address without the capability',
      check: (b) => expect(JSON.stringify(b)).not.toContain(CANARY_STREET),
    },
    {
      who: 'berit',
      status: 200,
      request: person('protected'),
      name: 'protected address with it',
      check: (b) => expect(JSON.stringify(b)).toContain(CANARY_STREET),
    },
  ]);

  const innsyn = (key: string) => (w: World) => ({
    method: 'GET' as const,
    url: `/api/persons/${caseOf(w, key).childId}/innsynslogg`,
  });
  accessSuite('GET /api/persons/{id}/innsynslogg', ctx, innsyn('assigned'), [
    {
      who: 'sara',
      status: 200,
      audit: { allowed: 2 },
      check: (body) => {
        const items = (body as { items: { roles: string[]; staffName?: string }[] }).items;
        expect(items.length).toBeGreaterThan(0);
        expect(items.every((i) => i.staffName === undefined)).toBe(true);
      },
    },
    { who: 'siv', status: 404 },
    { who: 'frode', status: 404, request: innsyn('blocked'), name: 'blocked unit leader gets 404' },
    { who: 'anonymous', status: 401 },
  ]);

  const log =
    (key: string, query = '') =>
    (w: World) => ({ method: 'GET' as const, url: `/api/cases/${caseOf(w, key).id}/access-log${query}` });
  accessSuite('GET /api/cases/{id}/access-log', ctx, log('assigned'), [
    {
      who: 'frode',
      status: 200,
      check: (b) => expect((b as { items: unknown[] }).items.length).toBeGreaterThan(0),
    },
    { who: 'sara', status: 403, audit: {}, name: 'a caseworker may not review accesses' },
    { who: 'fia', status: 404, name: 'a leader without need gets 404' },
    { who: 'berit', status: 404, request: log('blocked'), name: 'a blocked head of service gets 404' },
    {
      who: 'berit',
      status: 200,
      request: log('otherUnit', '?format=csv'),
      name: 'CSV export shows the break-the-glass reason',
      check: (b) => {
        expect(String(b)).toMatch(/^tidspunkt,handling,/);
        expect(String(b)).toContain('Politiet ringte om akutt situasjon');
      },
    },
    { who: 'anonymous', status: 401 },
  ]);

  const bg =
    (query = '') =>
    () => ({ method: 'GET' as const, url: `/api/audit/break-glass${query}` });
  accessSuite('GET /api/audit/break-glass', ctx, bg(), [
    {
      who: 'fia',
      status: 200,
      audit: { allowed: 1 },
      name: "a unit leader sees the events on her unit's cases",
      check: (b) => expect((b as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([openGrant]),
    },
    {
      who: 'frode',
      status: 200,
      audit: {},
      name: "a unit leader sees neither another unit's events nor one on a case he is blocked from",
      check: (b) => expect((b as { items: unknown[] }).items).toEqual([]),
    },
    {
      who: 'berit',
      status: 200,
      audit: { allowed: 1 },
      name: 'the blocked head of service sees only the event on a case she may see',
      check: (b) => expect((b as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([openGrant]),
    },
    {
      who: 'fia',
      status: 200,
      audit: { allowed: 1 },
      request: bg('?format=csv'),
      name: 'CSV export',
      check: (b) => expect(String(b).split('\r\n').filter(Boolean)).toHaveLength(2),
    },
    { who: 'sara', status: 403, audit: {} },
    { who: 'anonymous', status: 401 },
  ]);

  const review = (grant: () => string) => () => ({
    method: 'POST' as const,
    url: `/api/audit/break-glass/${grant()}/review`,
  });
  accessSuite(
    'POST /api/audit/break-glass/{id}/review',
    ctx,
    review(() => openGrant),
    [
      { who: 'sara', status: 403, audit: {} },
      {
        who: 'frode',
        status: 404,
        request: review(() => blockedGrant),
        name: 'not on a case the reviewer is blocked from',
      },
      { who: 'anonymous', status: 401 },
      { who: 'berit', status: 204 },
    ],
  );

  accessSuite('GET /api/me/innsynslogg', ctx, () => ({ method: 'GET', url: '/api/me/innsynslogg' }), [
    {
      who: `citizen:${CITIZEN}`,
      status: 200,
      name: 'a citizen sees who looked at their records, by role and unit, without names',
      check: (b) => {
        const items = (
          b as { items: { roles: string[]; unit: string | null; staffName?: string; service: string }[] }
        ).items;
        expect(items.length).toBeGreaterThan(0);
        expect(items.every((i) => i.staffName === undefined && i.service.startsWith('Testtjeneste'))).toBe(
          true,
        );
      },
    },
    {
      who: 'citizen:21860951387',
      status: 200,
      audit: {},
      name: 'a citizen with no records sees an empty log',
      check: (b) => expect(b).toEqual({ items: [] }),
    },
    { who: 'sara', status: 401, audit: {}, name: 'staff cannot use the citizen route' },
    { who: 'anonymous', status: 401 },
  ]);
});
