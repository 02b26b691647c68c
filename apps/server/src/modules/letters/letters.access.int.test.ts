import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { accessSuite, type AccessCase, type SuiteContext } from '../../../test/support/access-suite.js';
import { buildTestApp } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { actor, buildWorld, caseOf, type World } from '../../../test/support/world.js';
import { withStaffAccess } from '../../platform/access/gateway.js';
import { breakGlass } from '../cases/break-glass.js';
import { createLetter } from './create-letter.js';
import { editLetter } from './edit-letter.js';
import { giveLetterCase } from './test-letters.js';

const WRITERS = ['sara', 'siv', 'frode', 'berit'] as const;

describe('letters access', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let w: World;
  let parentId = '';
  /** One finished draft per writer and route, so each success acts on a letter of its own. */
  const drafts: Record<string, string> = {};
  let shared = '';
  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
    ({ app } = await buildTestApp(t));
    const other = await buildWorld(t.database);
    const a = caseOf(w, 'assigned').id;
    parentId = (await giveLetterCase(t.database, w, 'assigned', 11)).parentId;
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
    const draft = async () => {
      const { id } = await withStaffAccess(t.database, actor(w, 'sara'), {}, (access) =>
        createLetter(access, a, {
          templateId: 'innkalling',
          lang: 'nb',
          recipient: { kind: 'person', personId: parentId },
        }),
      );
      await withStaffAccess(t.database, actor(w, 'sara'), {}, (access) =>
        editLetter(access, a, id, {
          version: 1,
          inputs: { 'mote.dato': '2026-12-01', 'mote.klokkeslett': '10:00', 'mote.sted': 'Rådhuset' },
        }),
      );
      return id;
    };
    shared = await draft();
    for (const who of WRITERS) {
      drafts[`send:${who}`] = await draft();
      drafts[`edit:${who}`] = await draft();
    }
    await withStaffAccess(t.database, actor(w, 'vilde'), {}, (access) =>
      breakGlass(access, a, 'Akutt plassering i natt, trenger sakens brev'),
    );
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });
  const ctx = (): SuiteContext => ({ t, app, w });
  const sak = (w: World, key: string) => caseOf(w, key).id;

  /** Who may and who may not, the same for every letter route; `ok` is the success status. */
  function standardCases(
    route: (w: World, key: string, who: string) => InjectOptions,
    ok: number,
    write: boolean,
  ): AccessCase[] {
    const as =
      (who: string, key = 'assigned') =>
      (w: World) =>
        route(w, key, who);
    return [
      { who: 'sara', status: ok, request: as('sara'), name: 'the caseworker may' },
      { who: 'siv', status: ok, request: as('siv'), name: 'a co-worker may' },
      { who: 'frode', status: ok, request: as('frode'), name: 'the unit leader may' },
      { who: 'berit', status: ok, request: as('berit'), name: 'the head of service may' },
      { who: 'ola', status: 404, request: as('ola'), name: "another unit's caseworker gets 404" },
      { who: 'mona', status: 404, request: as('mona'), name: 'intake gets 404 on an assigned case' },
      { who: 'frode', status: 404, request: as('frode', 'blocked'), name: 'a blocked unit leader gets 404' },
      {
        who: 'berit',
        status: 404,
        request: as('berit', 'blocked'),
        name: 'a blocked head of service gets 404',
      },
      {
        who: 'foreign',
        status: 404,
        request: as('foreign'),
        audit: {},
        name: 'staff of another tenant get 404 (audited in their own tenant)',
      },
      { who: 'anonymous', status: 401, request: as('anonymous') },
      write
        ? {
            who: 'vilde',
            status: 403,
            request: as('vilde'),
            audit: {},
            name: 'break-the-glass may read but not write',
          }
        : {
            who: 'vilde',
            status: 200,
            request: as('vilde'),
            name: 'break-the-glass may read (audited as an emergency)',
          },
    ];
  }

  accessSuite(
    'GET /api/cases/{id}/letter-options',
    ctx,
    (w) => ({ method: 'GET', url: `/api/cases/${sak(w, 'assigned')}/letter-options` }),
    standardCases(
      (w, key) => ({ method: 'GET', url: `/api/cases/${sak(w, key)}/letter-options` }),
      200,
      false,
    ),
  );
  accessSuite(
    'GET /api/cases/{id}/letters',
    ctx,
    (w) => ({ method: 'GET', url: `/api/cases/${sak(w, 'assigned')}/letters` }),
    standardCases((w, key) => ({ method: 'GET', url: `/api/cases/${sak(w, key)}/letters` }), 200, false),
  );
  const create = (w: World, key: string): InjectOptions => ({
    method: 'POST',
    url: `/api/cases/${sak(w, key)}/letters`,
    payload: {
      templateId: 'innkalling',
      recipient: { kind: 'organisasjon', organisasjonsnummer: '974760673', navn: 'Skolen' },
    },
  });
  accessSuite(
    'POST /api/cases/{id}/letters',
    ctx,
    (w) => create(w, 'assigned'),
    standardCases(create, 201, true),
  );
  accessSuite(
    'GET /api/cases/{id}/letters/{letterId}',
    ctx,
    (w) => ({ method: 'GET', url: `/api/cases/${sak(w, 'assigned')}/letters/${shared}` }),
    standardCases(
      (w, key) => ({ method: 'GET', url: `/api/cases/${sak(w, key)}/letters/${shared}` }),
      200,
      false,
    ),
  );
  const edit = (w: World, key: string, who: string): InjectOptions => ({
    method: 'PUT',
    url: `/api/cases/${sak(w, key)}/letters/${drafts[`edit:${who}`] ?? shared}`,
    payload: { version: 2, inputs: { 'fritekst.tema': 'Samarbeid om tiltak.' } },
  });
  accessSuite(
    'PUT /api/cases/{id}/letters/{letterId}',
    ctx,
    (w) => edit(w, 'assigned', 'x'),
    standardCases(edit, 200, true),
  );
  accessSuite(
    'GET /api/cases/{id}/letters/{letterId}/pdf',
    ctx,
    (w) => ({ method: 'GET', url: `/api/cases/${sak(w, 'assigned')}/letters/${shared}/pdf` }),
    standardCases(
      (w, key) => ({ method: 'GET', url: `/api/cases/${sak(w, key)}/letters/${shared}/pdf` }),
      200,
      false,
    ),
  );
  const send = (w: World, key: string, who: string): InjectOptions => ({
    method: 'POST',
    url: `/api/cases/${sak(w, key)}/letters/${drafts[`send:${who}`] ?? shared}/send`,
    payload: { version: 2 },
  });
  accessSuite(
    'POST /api/cases/{id}/letters/{letterId}/send',
    ctx,
    (w) => send(w, 'assigned', 'x'),
    standardCases(send, 200, true),
  );

  describe('a letter id of another case', () => {
    accessSuite(
      'GET /api/cases/{id}/letters/{letterId}',
      ctx,
      (w) => ({ method: 'GET', url: `/api/cases/${sak(w, 'unassigned')}/letters/${shared}` }),
      [
        {
          who: 'berit',
          status: 404,
          audit: {},
          name: 'is not found through a case one may open (no audit row: nothing was read)',
          check: (body) => expect(JSON.stringify(body)).not.toContain('Rådhuset'),
        },
      ],
    );
  });
});
