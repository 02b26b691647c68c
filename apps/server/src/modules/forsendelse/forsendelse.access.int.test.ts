import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { accessSuite, type AccessCase, type SuiteContext } from '../../../test/support/access-suite.js';
import { buildTestApp } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { actor, buildWorld, caseOf, type World } from '../../../test/support/world.js';
import { withStaffAccess } from '../../platform/access/gateway.js';
import { breakGlass } from '../cases/break-glass.js';
import { NO_FAULTS } from './channels/fake-faults.js';
import { FAKE_ORGANISATIONS as O } from './enhetsregisteret/enhetsregisteret-fake.js';
import { FakeDispatchServices } from './fake-services.js';
import { enqueueTest, relayUntilIdle, testFnr, TEST_ADDRESS } from './test-forsendelser.js';

describe('forsendelse access', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let w: World;
  const fakes = new FakeDispatchServices();
  /** Forsendelser by key: in the assigned and blocked cases, outside a case, and dead letters per caller. */
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
    ({ app } = await buildTestApp(t));
    const other = await buildWorld(t.database);
    const a = caseOf(w, 'assigned').id;
    await t.database.withTenant(w.tenantId, async (trx) => {
      await trx
        .insertInto('case_co_worker')
        .values({ tenant_id: w.tenantId, sak_id: a, staff_user_id: actor(w, 'siv').staffUserId })
        .execute();
      const ola = await trx
        .insertInto('staff_user')
        .values({ tenant_id: w.tenantId, username: 'ola', display_name: 'Ola Testesen', unit_id: w.units.b })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('staff_role')
        .values({ tenant_id: w.tenantId, staff_user_id: ola.id, role: 'saksbehandler' })
        .execute();
      w.staff.ola = { ...actor(w, 'sara'), staffUserId: ola.id, username: 'ola', unitId: w.units.b };
    });
    w.staff.foreign = actor(other, 'berit');
    const sara = actor(w, 'sara').staffUserId;
    ids.assigned = (await enqueueTest(t.database, w, fakes)).id;
    ids.blocked = (
      await enqueueTest(t.database, w, fakes, {
        sakId: caseOf(w, 'blocked').id,
        createdBy: actor(w, 'siv').staffUserId,
      })
    ).id;
    ids.noCase = (await enqueueTest(t.database, w, fakes, { sakId: null })).id;
    await relayUntilIdle(t.database, fakes);
    // dead letters (the channel always fails), with an address so they can be printed
    fakes.setFaults({ ...NO_FAULTS, failRate: 1 });
    for (const key of [
      'sara',
      'siv',
      'frode',
      'berit',
      'blocked',
      'other',
      'psara',
      'psiv',
      'pfrode',
      'pberit',
      'pblocked',
      'pother',
    ])
      ids[`dead-${key}`] = (
        await enqueueTest(t.database, w, fakes, {
          sakId: caseOf(w, key.endsWith('blocked') ? 'blocked' : 'assigned').id,
          createdBy: sara,
          recipient: { kind: 'person', fodselsnummer: testFnr(7), name: 'Mor', address: TEST_ADDRESS },
        })
      ).id;
    await relayUntilIdle(t.database, fakes);
    fakes.setFaults(NO_FAULTS);
    // out-of-hours duty (unit B) breaks the glass on the assigned case
    await withStaffAccess(t.database, actor(w, 'vilde'), {}, (access) =>
      breakGlass(access, a, 'Akutt plassering i natt, trenger sakens brev'),
    );
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });
  const ctx = (): SuiteContext => ({ t, app, w });

  function readCases(route: (key: string) => InjectOptions): AccessCase[] {
    return [
      { who: 'sara', status: 200, name: 'the caseworker may' },
      { who: 'siv', status: 200, name: 'a co-worker may' },
      { who: 'frode', status: 200, name: 'the unit leader may' },
      { who: 'berit', status: 200, name: 'the head of service may' },
      { who: 'ola', status: 404, name: "another unit's caseworker gets 404" },
      { who: 'mona', status: 404, name: 'intake gets 404 on an assigned case' },
      { who: 'frode', status: 404, request: () => route('blocked'), name: 'a blocked unit leader gets 404' },
      {
        who: 'foreign',
        status: 404,
        audit: {},
        name: 'staff of another tenant get 404 (audited in their own tenant)',
      },
      { who: 'anonymous', status: 401 },
      { who: 'vilde', status: 200, name: 'break-the-glass may read (audited as an emergency)' },
    ];
  }

  accessSuite(
    'GET /api/cases/{id}/forsendelser',
    ctx,
    (w) => ({ method: 'GET', url: `/api/cases/${caseOf(w, 'assigned').id}/forsendelser` }),
    [
      ...readCases((key) => ({ method: 'GET', url: `/api/cases/${caseOf(w, key).id}/forsendelser` })),
      {
        who: 'sara',
        status: 200,
        name: 'lists the case forsendelser with status and history',
        check: (body) => {
          const items = (body as { items: { id: string; status: string; events: { kind: string }[] }[] })
            .items;
          const mine = items.find((i) => i.id === ids.assigned);
          expect(mine?.status).toBe('sent');
          expect(mine?.events.map((e) => e.kind)).toEqual(['queued', 'sent']);
          expect(items.some((i) => i.id === ids.noCase)).toBe(false);
        },
      },
    ],
  );

  accessSuite(
    'GET /api/forsendelser/{id}',
    ctx,
    () => ({ method: 'GET', url: `/api/forsendelser/${ids.assigned}` }),
    [
      ...readCases((key) => ({ method: 'GET', url: `/api/forsendelser/${ids[key]}` })),
      {
        who: 'sara',
        status: 200,
        request: () => ({ method: 'GET', url: `/api/forsendelser/${ids.noCase}` }),
        name: 'the sender sees one outside a case',
      },
      {
        who: 'siv',
        status: 404,
        request: () => ({ method: 'GET', url: `/api/forsendelser/${ids.noCase}` }),
        name: 'no one else does',
      },
      {
        who: 'sara',
        status: 404,
        request: () => ({ method: 'GET', url: '/api/forsendelser/00000000-0000-4000-8000-000000000000' }),
        name: 'an unknown id is 404 like a hidden one',
      },
      {
        who: 'sara',
        status: 200,
        request: () => ({ method: 'GET', url: `/api/forsendelser/${ids['dead-sara']}` }),
        name: 'a dead letter shows its reason and every attempt',
        check: (body) => {
          const b = body as {
            status: string;
            statusReason: string;
            attempts: unknown[];
            documents: unknown[];
          };
          expect(b.status).toBe('dead_letter');
          expect(b.statusReason).toMatch(/Ga opp/);
          expect(b.attempts.length).toBeGreaterThanOrEqual(4);
          expect(b.documents).toHaveLength(1);
        },
      },
    ],
  );

  accessSuite('GET /api/forsendelser/mine', ctx, () => ({ method: 'GET', url: '/api/forsendelser/mine' }), [
    {
      who: 'sara',
      status: 200,
      name: 'the sender sees what she sent, in and outside cases',
      check: (body) => {
        const got = (body as { items: { id: string }[] }).items.map((i) => i.id);
        expect(got).toContain(ids.noCase);
        expect(got).toContain(ids.assigned);
      },
    },
    {
      who: 'sara',
      status: 200,
      request: () => ({ method: 'GET', url: '/api/forsendelser/mine?filter=failed' }),
      name: 'the failed filter shows only dead letters and failures',
      check: (body) => {
        const items = (body as { items: { status: string }[] }).items;
        expect(items.length).toBeGreaterThan(0);
        expect(items.every((i) => i.status === 'dead_letter' || i.status === 'failed')).toBe(true);
      },
    },
    {
      who: 'siv',
      status: 200,
      name: 'a case she is blocked from is left out of her own list',
      check: (body) => {
        // siv is the caseworker of the blocked case, which blocks frode and berit, not her
        expect((body as { items: { id: string }[] }).items.map((i) => i.id)).toContain(ids.blocked);
      },
    },
    { who: 'anonymous', status: 401 },
  ]);

  const write = (path: 'retry' | 'print', prefix: string): AccessCase[] => {
    const on = (key: string) => () => ({
      method: 'POST',
      url: `/api/forsendelser/${ids[`${prefix}${key}`]}/${path}`,
    });
    return [
      { who: 'sara', status: 200, request: on('sara'), name: 'the caseworker may' },
      { who: 'siv', status: 200, request: on('siv'), name: 'a co-worker may' },
      { who: 'frode', status: 200, request: on('frode'), name: 'the unit leader may' },
      { who: 'berit', status: 200, request: on('berit'), name: 'the head of service may' },
      { who: 'ola', status: 404, request: on('other'), name: "another unit's caseworker gets 404" },
      { who: 'mona', status: 404, request: on('other'), name: 'intake gets 404 on an assigned case' },
      { who: 'frode', status: 404, request: on('blocked'), name: 'a blocked unit leader gets 404' },
      {
        who: 'foreign',
        status: 404,
        request: on('other'),
        audit: {},
        name: 'staff of another tenant get 404',
      },
      { who: 'anonymous', status: 401, request: on('other') },
      {
        who: 'vilde',
        status: 403,
        request: on('other'),
        audit: {},
        name: 'break-the-glass may read but not write',
      },
      {
        who: 'sara',
        status: 409,
        request: on('sara'),
        audit: {},
        name: 'done once, it is no longer a dead letter to do again',
      },
    ];
  };
  accessSuite(
    'POST /api/forsendelser/{id}/retry',
    ctx,
    () => ({ method: 'POST', url: `/api/forsendelser/${ids['dead-sara']}/retry` }),
    write('retry', 'dead-'),
  );
  accessSuite(
    'POST /api/forsendelser/{id}/print',
    ctx,
    () => ({ method: 'POST', url: `/api/forsendelser/${ids['dead-psara']}/print` }),
    write('print', 'dead-p'),
  );

  accessSuite(
    'GET /api/forsendelse/organisasjoner/{orgnr}',
    ctx,
    () => ({ method: 'GET', url: `/api/forsendelse/organisasjoner/${O.naboBarnevern}` }),
    [
      {
        who: 'sara',
        status: 200,
        name: 'a caseworker sees the registered name',
        check: (body) => expect(body).toMatchObject({ ok: true, navn: 'NABO KOMMUNE BARNEVERNTJENESTEN' }),
      },
      {
        who: 'sara',
        status: 200,
        request: () => ({ method: 'GET', url: `/api/forsendelse/organisasjoner/${O.bankrupt}` }),
        name: 'a bankrupt one shows the refusal reason',
        check: (body) =>
          expect(body).toMatchObject({ ok: false, reason: 'konkurs', message: 'Enheten er konkurs.' }),
      },
      {
        who: 'sara',
        status: 400,
        request: () => ({ method: 'GET', url: '/api/forsendelse/organisasjoner/910000005' }),
        audit: {},
        name: 'a mistyped number is 400 naming the field',
        check: (body) =>
          expect((body as { error: { details: { field: string }[] } }).error.details[0]?.field).toBe(
            'params.orgnr',
          ),
      },
      { who: 'sindre', status: 403, audit: {}, name: 'a role that sends nothing may not' },
      { who: 'anonymous', status: 401 },
    ],
  );
});
