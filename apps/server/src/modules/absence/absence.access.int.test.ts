import { osloDate } from '@vern/domain';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { accessSuite, type SuiteContext } from '../../../test/support/access-suite.js';
import { buildTestApp } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { buildWorld, type World } from '../../../test/support/world.js';
import { weekAhead } from '../worklists/worklists.queries.js';

type Staff = {
  items: { id: string; name: string; roles: string[]; absent: boolean; absences: { kind: string }[] }[];
};

// The staff directory a leader picks from (absence for someone, redistribution to someone) and
// one's own absences. No case data, but names and absence kinds of staff: leaders only, audited.
describe('staff directory and my absences: access', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let w: World;
  const today = osloDate(new Date());
  const soon = weekAhead(today);

  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
    ({ app } = await buildTestApp(t));
    const id = (n: string) => w.staff[n]?.staffUserId ?? '';
    await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .insertInto('staff_absence')
        .values([
          // Sara is away now (registered by her leader), Siv was away and is back, Vilde goes soon.
          {
            tenant_id: w.tenantId,
            staff_user_id: id('sara'),
            kind: 'sick_leave',
            starts_on: today,
            expected_end_on: soon,
            registered_by: id('frode'),
          },
          {
            tenant_id: w.tenantId,
            staff_user_id: id('siv'),
            kind: 'holiday',
            starts_on: '2024-07-01',
            expected_end_on: '2024-07-21',
            registered_by: id('siv'),
          },
          {
            tenant_id: w.tenantId,
            staff_user_id: id('vilde'),
            kind: 'course',
            starts_on: soon,
            expected_end_on: null,
            registered_by: id('vilde'),
          },
        ])
        .execute(),
    );
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });
  const ctx = (): SuiteContext => ({ t, app, w });
  const get = (url: string) => () => ({ method: 'GET' as const, url });
  const names = (body: unknown) => (body as Staff).items.map((i) => i.name).sort();

  accessSuite('GET /api/staff', ctx, get('/api/staff'), [
    {
      who: 'frode',
      status: 200,
      name: 'a team leader sees the staff of his unit, with who is away now',
      check: (body) => {
        expect(names(body)).toEqual(
          ['Berit', 'Frode', 'Mona', 'Sara', 'Sindre', 'Siv'].map((n) => `${n} Testesen`),
        );
        const sara = (body as Staff).items.find((i) => i.name === 'Sara Testesen');
        expect(sara).toMatchObject({
          roles: ['saksbehandler'],
          absent: true,
          absences: [{ kind: 'sick_leave' }],
        });
        const siv = (body as Staff).items.find((i) => i.name === 'Siv Testesen');
        expect(siv).toMatchObject({ absent: false, absences: [] });
      },
    },
    {
      who: 'fia',
      status: 200,
      name: 'a leader of the other unit sees hers, a coming absence not yet as away',
      check: (body) => {
        expect(names(body)).toEqual(['Fia Testesen', 'Vilde Testesen']);
        const vilde = (body as Staff).items.find((i) => i.name === 'Vilde Testesen');
        expect(vilde).toMatchObject({ absent: false, absences: [{ kind: 'course' }] });
      },
    },
    {
      who: 'berit',
      status: 200,
      name: 'the head of service sees everyone',
      check: (body) => expect(names(body)).toHaveLength(8),
    },
    { who: 'sara', status: 403, audit: {}, name: 'a caseworker does not' },
    { who: 'mona', status: 403, audit: {}, name: 'nor does intake' },
    { who: 'anonymous', status: 401 },
  ]);

  accessSuite('GET /api/absences/mine', ctx, get('/api/absences/mine'), [
    {
      who: 'sara',
      status: 200,
      audit: {},
      name: 'a caseworker sees her own absence, who registered it, and her id to register under',
      check: (body, w) =>
        expect(body).toEqual({
          staffUserId: w.staff['sara']?.staffUserId,
          items: [
            expect.objectContaining({
              kind: 'sick_leave',
              startsOn: today,
              expectedEndOn: soon,
              registeredByName: 'Frode Testesen',
            }),
          ],
        }),
    },
    {
      who: 'siv',
      status: 200,
      audit: {},
      name: 'an absence that has ended is not listed',
      check: (body) => expect((body as { items: unknown[] }).items).toEqual([]),
    },
    {
      who: 'frode',
      status: 200,
      audit: {},
      name: "a leader's own list holds only his own",
      check: (body) => expect((body as { items: unknown[] }).items).toEqual([]),
    },
    { who: 'anonymous', status: 401 },
  ]);
});
