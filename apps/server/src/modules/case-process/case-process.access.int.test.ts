import { codesValidOn, osloDate, SAKSINNHOLD } from '@vern/domain';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { accessSuite, sessionHeaders, type SuiteContext } from '../../../test/support/access-suite.js';
import { buildTestApp } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { buildWorld, caseOf, type World } from '../../../test/support/world.js';

describe('case process routes', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let w: World;
  const today = osloDate(new Date());
  const saksinnhold = [{ kode: codesValidOn(SAKSINNHOLD, today)[0]?.code ?? '' }];
  const melding = { receivedAt: new Date().toISOString(), channel: 'telefon', content: 'Naboen ringer.' };
  const newChildren: string[] = [];
  let vedtakCase = { sakId: '', undersokelseId: '' };

  async function newPerson(name: string): Promise<string> {
    const p = await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .insertInto('person')
        .values({ tenant_id: w.tenantId, given_name: name, family_name: 'Tilgang', birth_date: '2016-01-01' })
        .returning('id')
        .executeTakeFirstOrThrow(),
    );
    return p.id;
  }

  async function post(who: string, url: string, payload: object) {
    const res = await app.inject({
      method: 'POST',
      url,
      headers: await sessionHeaders(t, w, who, 'POST'),
      payload,
    });
    if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res.json<{ sakId: string; version: number; command: Record<string, string> }>();
  }

  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
    ({ app } = await buildTestApp(t));
    newChildren.push(await newPerson('Første'));
    await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .insertInto('vedtak_delegation')
        .values({
          tenant_id: w.tenantId,
          lov: 'BVL2021',
          kapittel: '3',
          paragraf: null,
          role: 'fagleder',
          staff_user_id: null,
          granted_by: null,
        })
        .execute(),
    );
    // A case of sara's with a concluded undersøkelse, ready for a vedtak.
    const created = await post('sara', '/api/cases', {
      childPersonId: await newPerson('Vedtak'),
      melding,
      melder: [{ kode: '11' }],
      saksinnhold,
    });
    const meldingId = created.command.meldingId ?? '';
    const u = await post('sara', `/api/cases/${created.sakId}/steps`, {
      expectedVersion: 1,
      command: { type: 'open-undersokelse', dato: today, meldingId },
    });
    const undersokelseId = u.command.undersokelseId ?? '';
    await post('sara', `/api/cases/${created.sakId}/steps`, {
      expectedVersion: 2,
      command: {
        type: 'add-plan',
        dato: today,
        plantype: '7',
        fra: { type: 'Undersokelse', id: undersokelseId },
      },
    });
    await post('sara', `/api/cases/${created.sakId}/steps`, {
      expectedVersion: 3,
      command: {
        type: 'conclude-undersokelse',
        dato: today,
        undersokelseId,
        kode: '1',
        vedtaksgrunnlag: saksinnhold,
        barnetsMedvirkning: { startDato: today, medvirkningType: '1.1' },
      },
    });
    vedtakCase = { sakId: created.sakId, undersokelseId };
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });
  const ctx = (): SuiteContext => ({ t, app, w });

  const createCase = () => () => ({
    method: 'POST' as const,
    url: '/api/cases',
    payload: { childPersonId: newChildren[0], melding, melder: [{ kode: '11' }], saksinnhold },
  });
  accessSuite('POST /api/cases', ctx, createCase(), [
    { who: 'sindre', status: 403, audit: {}, name: 'a role that cannot register meldinger is refused' },
    { who: 'anonymous', status: 401 },
    { who: 'mona', status: 201, audit: { allowed: 2 }, name: 'intake opens the case (unassigned)' },
    { who: 'sara', status: 409, audit: {}, name: 'a second case for the child is refused' },
    {
      who: 'mona',
      status: 200,
      request: () => ({ method: 'GET', url: '/api/cases' }),
      audit: { allowed: 2 },
      name: 'and intake sees it among the unassigned',
      check: (body) => expect((body as { items: unknown[] }).items.length).toBe(2),
    },
  ]);

  const stepOn =
    (key: string, expectedVersion = 0) =>
    (w: World) => ({
      method: 'POST' as const,
      url: `/api/cases/${caseOf(w, key).id}/steps`,
      payload: {
        expectedVersion,
        command: { type: 'receive-melding', dato: today, melder: [{ kode: '2' }], saksinnhold },
        melding,
      },
    });
  accessSuite('POST /api/cases/{id}/steps', ctx, stepOn('assigned'), [
    { who: 'siv', status: 404, name: 'a caseworker without need gets 404' },
    { who: 'fia', status: 404, name: 'a leader of another unit gets 404' },
    { who: 'mona', status: 404, name: 'intake gets 404 on an assigned case' },
    { who: 'sindre', status: 404, name: 'the system administrator gets 404' },
    { who: 'berit', status: 404, request: stepOn('blocked'), name: 'a blocked head of service gets 404' },
    { who: 'anonymous', status: 401 },
    { who: 'sara', status: 201, name: 'the caseworker takes the step' },
    { who: 'frode', status: 201, request: stepOn('assigned', 1), name: 'so does the unit leader' },
    {
      who: 'berit',
      status: 409,
      audit: {},
      request: stepOn('assigned', 1),
      name: 'a stale version is refused',
    },
    { who: 'mona', status: 201, request: stepOn('unassigned'), name: 'intake works on an unassigned case' },
    {
      who: 'vilde',
      status: 201,
      audit: { allowed: 1 },
      request: (w) => ({
        method: 'POST',
        url: `/api/cases/${caseOf(w, 'otherUnit').id}/break-glass`,
        payload: { reason: 'Akutt situasjon på kveldstid, må se saken' },
      }),
      name: 'out-of-hours duty breaks the glass',
    },
    {
      who: 'vilde',
      status: 403,
      audit: {},
      request: stepOn('otherUnit'),
      name: 'but may only read through it',
    },
  ]);

  const assign =
    (key: string, to: (w: World) => { unitId: string; caseworkerId: string | null }) => (w: World) => ({
      method: 'POST' as const,
      url: `/api/cases/${caseOf(w, key).id}/assign`,
      payload: to(w),
    });
  const toSara = (w: World) => ({ unitId: w.units.a, caseworkerId: w.staff['sara']?.staffUserId ?? null });
  accessSuite('POST /api/cases/{id}/assign', ctx, assign('unassigned', toSara), [
    { who: 'sara', status: 403, audit: {}, name: 'a caseworker cannot assign' },
    {
      who: 'fia',
      status: 404,
      request: assign('assigned', toSara),
      name: 'a leader of another unit gets 404',
    },
    { who: 'frode', status: 404, request: assign('blocked', toSara), name: 'a blocked leader gets 404' },
    { who: 'anonymous', status: 401 },
    { who: 'mona', status: 204, name: 'intake routes an unassigned case to a caseworker' },
    { who: 'mona', status: 404, name: 'and then no longer sees it' },
    {
      who: 'frode',
      status: 204,
      request: assign('assigned', (w) => ({ unitId: w.units.a, caseworkerId: null })),
      name: 'a leader sends a case back to intake',
    },
  ]);

  const proposals = () => ({
    method: 'GET' as const,
    url: `/api/cases/${vedtakCase.sakId}/vedtak-proposals`,
  });
  const propose = () => ({
    method: 'POST' as const,
    url: `/api/cases/${vedtakCase.sakId}/vedtak-proposals`,
    payload: {
      command: {
        dato: today,
        lovhjemmel: { lov: 'BVL2021', kapittel: '3', paragraf: '1', ledd: [], bokstav: [], punktum: [] },
        jmfrLovhjemmel: [],
        status: '1',
        undersokelseId: vedtakCase.undersokelseId,
      },
      begrunnelse: 'Hjelpetiltak i hjemmet.',
    },
  });
  const made: string[] = [];
  const keep = (body: unknown) => made.push((body as { id: string }).id);
  accessSuite('POST /api/cases/{id}/vedtak-proposals', ctx, propose, [
    { who: 'siv', status: 404, name: 'a caseworker without need gets 404' },
    { who: 'anonymous', status: 401 },
    { who: 'sara', status: 201, name: 'the caseworker proposes', check: keep },
    { who: 'sara', status: 201, name: 'and proposes another', check: keep },
  ]);
  accessSuite('GET /api/cases/{id}/vedtak-proposals', ctx, proposals, [
    { who: 'siv', status: 404, name: 'a caseworker without need gets 404' },
    { who: 'fia', status: 404, name: 'a leader of another unit gets 404' },
    { who: 'anonymous', status: 401 },
    {
      who: 'frode',
      status: 200,
      name: 'the unit leader sees them, and that he may decide them',
      check: (b) => {
        const items = (b as { items: { mayDecide: boolean }[] }).items;
        expect(items.map((i) => i.mayDecide)).toEqual([true, true]);
      },
    },
    {
      who: 'sara',
      status: 200,
      name: 'the caseworker sees them, and that she may not',
      check: (b) =>
        expect((b as { items: { mayDecide: boolean }[] }).items.map((i) => i.mayDecide)).toEqual([
          false,
          false,
        ]),
    },
  ]);
  const act = (what: 'decide' | 'return', index: number, payload: object) => () => ({
    method: 'POST' as const,
    url: `/api/cases/${vedtakCase.sakId}/vedtak-proposals/${made[index]}/${what}`,
    payload,
  });
  accessSuite(
    'POST /api/cases/{id}/vedtak-proposals/{proposalId}/decide',
    ctx,
    act('decide', 0, { expectedVersion: 4 }),
    [
      { who: 'siv', status: 404, name: 'a caseworker without need gets 404' },
      { who: 'anonymous', status: 401 },
      { who: 'sara', status: 403, audit: {}, name: 'the caseworker has no delegated authority' },
      { who: 'frode', status: 201, name: 'the leader with delegation decides' },
      { who: 'frode', status: 409, audit: {}, name: 'a decided proposal cannot be decided again' },
    ],
  );
  accessSuite(
    'POST /api/cases/{id}/vedtak-proposals/{proposalId}/return',
    ctx,
    act('return', 1, { reason: 'Begrunnelsen må utdypes.' }),
    [
      { who: 'siv', status: 404, name: 'a caseworker without need gets 404' },
      { who: 'anonymous', status: 401 },
      { who: 'sara', status: 403, audit: {}, name: 'only one who could decide may return it' },
      { who: 'frode', status: 204, name: 'the leader returns it with a reason' },
      {
        who: 'sara',
        status: 200,
        audit: {},
        request: () => ({ method: 'GET', url: '/api/notifications' }),
        name: 'and the proposer is told it came back (kind and ids only)',
        check: (b) =>
          expect((b as { items: object[] }).items).toContainEqual(
            expect.objectContaining({ kind: 'proposal_returned', sakId: vedtakCase.sakId, refId: made[1] }),
          ),
      },
    ],
  );
});
