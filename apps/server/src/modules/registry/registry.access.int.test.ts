import { generateIdentityNumber, osloDate, seededRandom } from '@vern/domain';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessSuite, sessionHeaders, type SuiteContext } from '../../../test/support/access-suite.js';
import { buildTestApp } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { buildWorld, type World } from '../../../test/support/world.js';

type Findings = {
  counts: Record<string, number>;
  casesChecked: number;
  items: { caseId: string; journalnummer: string; controlId: string; severity: string; field: string }[];
};

/**
 * Who may export the service to the registry and see the controls over every case: the
 * systemansvarlig and the head of service (capability registry.export). Everyone else is refused
 * with 403 (the action is no secret); an export that does not exist answers 404 and is audited.
 */
describe('registry routes', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let w: World;
  let exportId = '';
  const sakOf: Record<'withNumber' | 'withoutNumber', string> = { withNumber: '', withoutNumber: '' };
  const today = osloDate(new Date());

  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
    ({ app } = await buildTestApp(t));
    await t.database.withTenant(w.tenantId, (trx) =>
      sql`UPDATE tenant SET organisasjonsnummer = '999999999' WHERE id = ${w.tenantId}`.execute(trx),
    );
    const birth = `${Number(today.slice(0, 4)) - 9}-04-04`;
    for (const key of ['withNumber', 'withoutNumber'] as const) {
      const fnr =
        key === 'withNumber'
          ? generateIdentityNumber(birth, 'female', 'fodselsnummer', seededRandom(3), {
              synthetic: 'skatteetaten',
            })
          : null;
      const child = await t.database.withTenant(w.tenantId, (trx) =>
        trx
          .insertInto('person')
          .values({
            tenant_id: w.tenantId,
            given_name: key,
            family_name: 'Registersen',
            birth_date: birth,
            fodselsnummer: fnr,
          })
          .returning('id')
          .executeTakeFirstOrThrow(),
      );
      const res = await app.inject({
        method: 'POST',
        url: '/api/cases',
        headers: await sessionHeaders(t, w, 'sara', 'POST'),
        payload: {
          childPersonId: child.id,
          melding: { receivedAt: new Date().toISOString(), channel: 'brev', content: 'Bekymring.' },
          melder: [{ kode: '9' }],
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      sakOf[key] = res.json<{ sakId: string }>().sakId;
    }
    const made = await app.inject({
      method: 'POST',
      url: '/api/registry/exports',
      headers: await sessionHeaders(t, w, 'sindre', 'POST'),
      payload: { kind: 'total' },
    });
    expect(made.statusCode, made.body).toBe(201);
    exportId = made.json<{ id: string }>().id;
    // The head of service is blocked from the child without a number (e.g. a relative).
    await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .insertInto('case_block')
        .values({
          tenant_id: w.tenantId,
          sak_id: sakOf.withoutNumber,
          staff_user_id: w.staff.berit?.staffUserId ?? '',
          created_by: w.staff.frode?.staffUserId ?? '',
        })
        .execute(),
    );
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });
  const ctx = (): SuiteContext => ({ t, app, w });

  accessSuite(
    'POST /api/registry/exports',
    ctx,
    () => ({ method: 'POST', url: '/api/registry/exports', payload: { kind: 'total' } }),
    [
      {
        who: 'sindre',
        status: 201,
        name: 'the systemansvarlig exports (one audit row for the whole export)',
      },
      { who: 'berit', status: 201, name: 'the head of service exports' },
      {
        who: 'berit',
        status: 201,
        name: 'a change export continues from the newest export',
        request: () => ({ method: 'POST', url: '/api/registry/exports', payload: { kind: 'changes' } }),
        check: (body) => expect(body).toMatchObject({ status: 'ready', fileCount: 0 }),
      },
      { who: 'sara', status: 403, audit: {}, name: 'a caseworker may not export' },
      { who: 'frode', status: 403, audit: {}, name: 'a unit leader may not export' },
      { who: 'mona', status: 403, audit: {} },
      { who: 'anonymous', status: 401 },
    ],
  );

  const file = (id: () => string) => () => ({
    method: 'GET' as const,
    url: `/api/registry/exports/${id()}/file`,
  });
  accessSuite(
    'GET /api/registry/exports/{id}/file',
    ctx,
    file(() => exportId),
    [
      {
        who: 'sindre',
        status: 200,
        name: 'the systemansvarlig downloads the zip (audited)',
        check: (body) => expect(String(body).slice(0, 2)).toBe('PK'),
      },
      { who: 'berit', status: 200 },
      { who: 'sara', status: 403, audit: {}, name: 'a caseworker may not download it' },
      { who: 'vilde', status: 403, audit: {} },
      {
        who: 'sindre',
        status: 404,
        name: 'an export that does not exist answers 404, audited as denied',
        request: file(() => '8c0f6b9e-1d2a-4c3b-9e8f-7a6b5c4d3e2f'),
      },
      { who: 'anonymous', status: 401 },
    ],
  );

  const findings =
    (query = '') =>
    () => ({ method: 'GET' as const, url: `/api/registry/findings${query}` });
  accessSuite('GET /api/registry/findings', ctx, findings('?severity=ERROR'), [
    {
      who: 'sindre',
      status: 200,
      name: 'lists the ERRORs over every case, with case id and journalnummer',
      check: (body) => {
        const b = body as Findings;
        expect(b).toMatchObject({ casesChecked: 2, casesHidden: 0 });
        expect(b.items.length).toBeGreaterThan(0);
        expect(new Set(b.items.map((i) => i.severity))).toEqual(new Set(['ERROR']));
        const missing = b.items.find((i) => i.controlId === 'personalia-11');
        expect(missing).toMatchObject({ caseId: sakOf.withoutNumber, field: 'personalia' });
        expect(missing?.journalnummer).toMatch(/^\d{4}\/\d+$/);
        expect(b.items.filter((i) => i.controlId === 'personalia-11').map((i) => i.caseId)).toEqual([
          sakOf.withoutNumber,
        ]);
      },
    },
    {
      who: 'sindre',
      status: 200,
      name: 'counts every severity even when one is asked for',
      request: findings('?severity=FATAL'),
      check: (body) => {
        const b = body as Findings;
        expect(b.items).toEqual([]);
        expect(b.counts.ERROR).toBeGreaterThan(0);
      },
    },
    {
      who: 'berit',
      status: 200,
      name: 'a case the asker is blocked from is left out, only counted as hidden',
      check: (body) => {
        const b = body as Findings & { casesHidden: number };
        expect(b).toMatchObject({ casesChecked: 1, casesHidden: 1 });
        expect(b.items.map((i) => i.caseId)).not.toContain(sakOf.withoutNumber);
      },
    },
    { who: 'sara', status: 403, audit: {} },
    { who: 'frode', status: 403, audit: {} },
    { who: 'anonymous', status: 401 },
  ]);

  it('lists the export history for those who may export, newest first, and refuses others', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/registry/exports',
      headers: await sessionHeaders(t, w, 'sindre'),
    });
    expect(res.statusCode).toBe(200);
    const items = res.json<{ items: { id: string; seq: number; startedByName: string | null }[] }>().items;
    expect(items.at(-1)).toMatchObject({ id: exportId, startedByName: 'Sindre Testesen' });
    expect(items.map((i) => i.seq)).toEqual([...items.map((i) => i.seq)].sort((a, b) => b - a));
    const sara = await app.inject({
      method: 'GET',
      url: '/api/registry/exports',
      headers: await sessionHeaders(t, w, 'sara'),
    });
    expect(sara.statusCode).toBe(403);
  });
});
