import { osloDate } from '@vern/domain';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { accessSuite, type SuiteContext } from '../../../test/support/access-suite.js';
import { buildTestApp } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { buildWorld, caseOf, type World } from '../../../test/support/world.js';
import { seedDeadline } from './test-deadlines.js';
import { weekAhead } from './worklists.queries.js';

type Items = { items: { sakId: string; status: string; dueDate: string; ruleId: string }[] };

describe('worklists, absence and notifications: access', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let w: World;
  let notificationId = '';
  let absenceId = '';
  const today = osloDate(new Date());
  const past = '2024-01-10';
  const soon = weekAhead(today);

  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
    ({ app } = await buildTestApp(t));
    const id = (n: string) => w.staff[n]?.staffUserId ?? '';
    await seedDeadline(t.database, w.tenantId, caseOf(w, 'assigned').id, {
      rule: 'undersokelse-konklusjon',
      due: soon,
      owner: id('sara'),
      unit: w.units.a,
    });
    await seedDeadline(t.database, w.tenantId, caseOf(w, 'protected').id, {
      rule: 'undersokelse-konklusjon',
      due: past,
      owner: id('sara'),
      unit: w.units.a,
    });
    await seedDeadline(t.database, w.tenantId, caseOf(w, 'unassigned').id, {
      rule: 'melding-gjennomgang',
      due: soon,
      owner: null,
      unit: w.units.a,
    });
    await seedDeadline(t.database, w.tenantId, caseOf(w, 'otherUnit').id, {
      rule: 'undersokelse-konklusjon',
      due: soon,
      owner: id('siv'),
      unit: w.units.b,
    });
    await seedDeadline(t.database, w.tenantId, caseOf(w, 'blocked').id, {
      rule: 'undersokelse-konklusjon',
      due: soon,
      owner: id('siv'),
      unit: w.units.a,
    });
    const n = await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .insertInto('notification')
        .values({
          tenant_id: w.tenantId,
          recipient_id: id('sara'),
          kind: 'case_assigned',
          sak_id: caseOf(w, 'assigned').id,
          ref_id: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow(),
    );
    notificationId = n.id;
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });
  const ctx = (): SuiteContext => ({ t, app, w });
  const get = (url: string) => () => ({ method: 'GET' as const, url });
  const sakIds = (body: unknown) => (body as Items).items.map((i) => i.sakId);

  accessSuite('GET /api/worklists/mine', ctx, get('/api/worklists/mine'), [
    {
      who: 'sara',
      status: 200,
      audit: { allowed: 2 },
      name: 'a caseworker sees her own deadlines, overdue first, with counts',
      check: (body, w) => {
        const b = body as Items & { counts: { open: number; overdue: number } };
        expect(b.items.map((i) => [i.sakId, i.status])).toEqual([
          [caseOf(w, 'protected').id, 'overdue'],
          [caseOf(w, 'assigned').id, 'open'],
        ]);
        expect(b.counts).toMatchObject({ open: 2, overdue: 1 });
      },
    },
    {
      who: 'siv',
      status: 200,
      audit: { allowed: 2 },
      check: (body, w) =>
        expect(sakIds(body).sort()).toEqual([caseOf(w, 'otherUnit').id, caseOf(w, 'blocked').id].sort()),
    },
    { who: 'mona', status: 403, audit: {}, name: 'intake has no cases of its own' },
    { who: 'anonymous', status: 401 },
  ]);

  accessSuite('GET /api/worklists/team', ctx, get('/api/worklists/team'), [
    {
      who: 'frode',
      status: 200,
      audit: { allowed: 3 },
      name: "the team leader sees his unit's deadlines except a case he is blocked from",
      check: (body, w) =>
        expect(sakIds(body).sort()).toEqual(
          [caseOf(w, 'assigned').id, caseOf(w, 'protected').id, caseOf(w, 'unassigned').id].sort(),
        ),
    },
    {
      who: 'frode',
      status: 200,
      audit: { allowed: 1 },
      request: get('/api/worklists/team?caseworkerId=none'),
      name: 'filtered to unassigned cases',
      check: (body, w) => expect(sakIds(body)).toEqual([caseOf(w, 'unassigned').id]),
    },
    {
      who: 'frode',
      status: 200,
      audit: { allowed: 1 },
      request: get('/api/worklists/team?due=overdue'),
      name: 'filtered to overdue',
      check: (body, w) => expect(sakIds(body)).toEqual([caseOf(w, 'protected').id]),
    },
    {
      who: 'fia',
      status: 200,
      audit: { allowed: 1 },
      check: (body, w) => expect(sakIds(body)).toEqual([caseOf(w, 'otherUnit').id]),
    },
    { who: 'sara', status: 403, audit: {} },
    {
      who: 'frode',
      status: 400,
      audit: {},
      request: get('/api/worklists/team?due=tomorrow'),
      name: 'an unknown filter is refused',
    },
  ]);

  accessSuite('GET /api/worklists/service', ctx, get('/api/worklists/service'), [
    {
      who: 'berit',
      status: 200,
      audit: { allowed: 4 },
      name: 'the head of service sees all but a case she is blocked from, with counts per unit',
      check: (body) => {
        const b = body as Items & {
          units: { unitName: string; open: number }[];
          counts: { open: number; overdue: number; dueThisWeek: number };
        };
        expect(b.items).toHaveLength(4);
        expect(b.units.map((u) => [u.unitName, u.open])).toEqual([
          ['Enhet A', 3],
          ['Enhet B', 1],
        ]);
        expect(b.counts.open).toBe(4);
        expect(b.counts.overdue).toBe(b.items.filter((i) => i.status === 'overdue').length);
      },
    },
    { who: 'frode', status: 403, audit: {} },
  ]);

  accessSuite('GET /api/worklists/intake', ctx, get('/api/worklists/intake'), [
    {
      who: 'mona',
      status: 200,
      audit: { allowed: 1 },
      check: (body, w) => {
        const b = body as { items: { sakId: string; hoursLeft: number }[] };
        expect(b.items.map((i) => i.sakId)).toEqual([caseOf(w, 'unassigned').id]);
        expect(b.items[0]?.hoursLeft).toBeGreaterThan(6 * 24);
        expect(b.items[0]?.hoursLeft).toBeLessThanOrEqual(8 * 24);
      },
    },
    {
      who: 'fia',
      status: 200,
      audit: {},
      name: 'a leader of another unit sees none of it',
      check: (b) => expect(sakIds(b)).toEqual([]),
    },
    { who: 'sara', status: 403, audit: {} },
  ]);

  accessSuite('GET /api/worklists/caseload', ctx, get('/api/worklists/caseload?days=30'), [
    {
      who: 'frode',
      status: 200,
      check: (body) => {
        const b = body as { units: { unitName: string; openCases: number; openDeadlines: number }[] };
        expect(b.units).toEqual([
          expect.objectContaining({ unitName: 'Enhet A', openCases: 3, openDeadlines: 3 }),
        ]);
      },
    },
    {
      who: 'berit',
      status: 200,
      check: (body) => expect((body as { units: unknown[] }).units).toHaveLength(2),
    },
    { who: 'sara', status: 403, audit: {} },
  ]);

  const absence = (who: string) => (w: World) => ({
    method: 'POST' as const,
    url: `/api/staff/${w.staff[who]?.staffUserId}/absences`,
    payload: { kind: 'sick_leave', startsOn: today, expectedEndOn: soon },
  });
  accessSuite('POST /api/staff/{id}/absences', ctx, absence('sara'), [
    {
      who: 'sara',
      status: 201,
      name: 'a caseworker registers her own absence (a holiday two weeks on)',
      request: (w) => ({
        ...absence('sara')(w),
        payload: { kind: 'holiday', startsOn: weekAhead(soon), expectedEndOn: weekAhead(weekAhead(soon)) },
      }),
    },
    {
      who: 'frode',
      status: 201,
      name: 'her leader registers her sick leave',
      check: (body) => {
        absenceId = (body as { id: string }).id;
      },
    },
    {
      who: 'frode',
      status: 409,
      name: 'the same days again are refused as overlapping, naming the field',
      check: (body) =>
        expect((body as { error: { details: { field: string }[] } }).error.details[0]?.field).toBe(
          'body.startsOn',
        ),
    },
    { who: 'fia', status: 404, name: 'a leader of another unit gets 404' },
    { who: 'siv', status: 404, name: 'a colleague gets 404' },
    {
      who: 'sara',
      status: 400,
      audit: {},
      request: (w) => ({
        ...absence('sara')(w),
        payload: { kind: 'holiday', startsOn: soon, expectedEndOn: today },
      }),
      name: 'an absence ending before it starts is refused, naming the field',
      check: (body) =>
        expect((body as { error: { details: { field: string }[] } }).error.details[0]?.field).toBe(
          'body.expectedEndOn',
        ),
    },
  ]);

  accessSuite('GET /api/absences/affected', ctx, get('/api/absences/affected'), [
    {
      who: 'frode',
      status: 200,
      audit: { allowed: 2 },
      name: "the leader sees the absent caseworker's cases with deadlines inside the absence",
      check: (body, w) => {
        const b = body as { items: { cases: { sakId: string }[] }[] };
        expect(b.items.length).toBe(2);
        expect(b.items[0]?.cases.map((c) => c.sakId).sort()).toEqual(
          [caseOf(w, 'assigned').id, caseOf(w, 'protected').id].sort(),
        );
      },
    },
    {
      who: 'fia',
      status: 200,
      audit: {},
      check: (b) => expect((b as { items: unknown[] }).items).toEqual([]),
    },
    { who: 'sara', status: 403, audit: {} },
  ]);

  const move = (key: string, to: string) => (w: World) => ({
    method: 'POST' as const,
    url: `/api/absences/${absenceId}/redistribute`,
    payload: { moves: [{ sakId: caseOf(w, key).id, caseworkerId: w.staff[to]?.staffUserId }] },
  });
  accessSuite('POST /api/absences/{id}/redistribute', ctx, move('assigned', 'siv'), [
    { who: 'sara', status: 403, audit: {}, name: 'a caseworker cannot redistribute' },
    { who: 'fia', status: 404, name: 'a leader of another unit gets 404' },
    {
      who: 'frode',
      status: 404,
      request: move('otherUnit', 'siv'),
      name: 'a case the leader may not see gets 404',
    },
    {
      who: 'frode',
      status: 400,
      audit: {},
      request: move('unassigned', 'siv'),
      name: 'a case not with the absent caseworker is refused, naming the field',
      check: (body) =>
        expect((body as { error: { details: { field: string }[] } }).error.details[0]?.field).toBe(
          'body.moves.0.sakId',
        ),
    },
    {
      who: 'frode',
      status: 200,
      name: 'the leader moves a case; the deputy gets it, the absent one keeps access',
    },
    {
      who: 'siv',
      status: 200,
      audit: { allowed: 3 },
      request: get('/api/cases'),
      name: 'and the deputy now has it among her cases',
      check: (body, w) =>
        expect((body as { items: { id: string }[] }).items.map((i) => i.id)).toContain(
          caseOf(w, 'assigned').id,
        ),
    },
    {
      who: 'sara',
      status: 200,
      audit: { allowed: 1 },
      request: (w) => ({ method: 'GET', url: `/api/cases/${caseOf(w, 'assigned').id}` }),
      name: 'while the absent caseworker can still open it',
    },
  ]);

  accessSuite('GET /api/notifications', ctx, get('/api/notifications'), [
    {
      who: 'sara',
      status: 200,
      audit: {},
      check: (body) => {
        const b = body as { unread: number; items: { id: string; kind: string }[] };
        expect(b.items.map((i) => i.kind)).toEqual(['case_assigned']);
        expect(b.unread).toBe(1);
      },
    },
    { who: 'siv', status: 200, audit: {}, check: (b) => expect((b as { unread: number }).unread).toBe(1) },
    {
      who: 'sara',
      status: 200,
      audit: { allowed: 1 },
      name: 'withCases names the child and case of each notice, one audited read per case',
      request: get('/api/notifications?withCases=true'),
      check: (body, w) => {
        const b = body as {
          items: { sakId: string; about: { journalnummer: string; childName: string } | null }[];
        };
        expect(b.items).toHaveLength(1);
        expect(b.items[0]?.sakId).toBe(caseOf(w, 'assigned').id);
        expect(b.items[0]?.about).toMatchObject({
          childName: expect.stringMatching(/\S+ \S+/),
          deadline: null,
        });
      },
    },
  ]);

  accessSuite(
    'POST /api/notifications/{id}/read',
    ctx,
    () => ({ method: 'POST', url: `/api/notifications/${notificationId}/read` }),
    [
      { who: 'siv', status: 404, audit: {}, name: "someone else's notification answers 404" },
      { who: 'sara', status: 204, audit: {} },
      {
        who: 'sara',
        status: 200,
        audit: {},
        request: get('/api/notifications'),
        check: (b) => expect((b as { unread: number }).unread).toBe(0),
      },
    ],
  );
});
