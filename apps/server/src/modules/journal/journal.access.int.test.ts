import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessSuite, type AccessCase, type SuiteContext } from '../../../test/support/access-suite.js';
import { buildTestApp } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { actor, buildWorld, caseOf, type World } from '../../../test/support/world.js';
import { withStaffAccess } from '../../platform/access/gateway.js';
import { breakGlass } from '../cases/break-glass.js';
import { addJournalNote } from './add-journal-note.js';
import { databaseDocumentStore } from './document-store.js';
import { SAMPLES } from './test-files.js';
import { uploadDocument } from './upload-document.js';
import { eicarScanner } from './virus-scanner.js';

describe('journal access', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let w: World;
  let noteId = '';
  let docId = '';
  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
    ({ app } = await buildTestApp(t));
    const other = await buildWorld(t.database);
    const a = caseOf(w, 'assigned').id;
    await t.database.withTenant(w.tenantId, async (trx) => {
      // siv co-works on the assigned case; ola is a caseworker of the other unit
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
    noteId = (
      await withStaffAccess(t.database, actor(w, 'sara'), {}, (access) =>
        addJournalNote(access, a, {
          noteDate: '2026-01-02',
          title: 'Notat',
          body: 'Tekst',
          step: null,
          correctsNoteId: null,
        }),
      )
    ).id;
    docId = (
      await withStaffAccess(t.database, actor(w, 'sara'), {}, (access) =>
        uploadDocument(
          access,
          a,
          {
            bytes: SAMPLES['application/pdf'],
            contentType: 'application/pdf',
            title: 'Brev',
            filename: 'brev.pdf',
            documentDate: '2026-01-03',
            step: null,
          },
          { store: databaseDocumentStore, scanner: eicarScanner },
        ),
      )
    ).id;
    // out-of-hours duty (unit B) breaks the glass on the assigned case
    await withStaffAccess(t.database, actor(w, 'vilde'), {}, (access) =>
      breakGlass(access, a, 'Akutt plassering i natt, trenger sakens dokumenter'),
    );
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });
  const ctx = (): SuiteContext => ({ t, app, w });

  /** Who may and who may not, the same for every journal route; `ok` is the success status. */
  function standardCases(
    route: (w: World, key: string) => InjectOptions,
    ok: number,
    write: boolean,
  ): AccessCase[] {
    const on = (key: string) => (w: World) => route(w, key);
    return [
      { who: 'sara', status: ok, name: 'the caseworker may' },
      { who: 'siv', status: ok, name: 'a co-worker may' },
      { who: 'frode', status: ok, name: 'the unit leader may' },
      { who: 'berit', status: ok, name: 'the head of service may' },
      { who: 'ola', status: 404, name: "another unit's caseworker gets 404" },
      { who: 'mona', status: 404, name: 'intake gets 404 on an assigned case' },
      { who: 'frode', status: 404, request: on('blocked'), name: 'a blocked unit leader gets 404' },
      { who: 'berit', status: 404, request: on('blocked'), name: 'a blocked head of service gets 404' },
      {
        who: 'foreign',
        status: 404,
        audit: {},
        name: 'staff of another tenant get 404 (audited in their own tenant)',
      },
      { who: 'anonymous', status: 401 },
      write
        ? { who: 'vilde', status: 403, audit: {}, name: 'break-the-glass may read but not write' }
        : { who: 'vilde', status: 200, name: 'break-the-glass may read (audited as an emergency)' },
    ];
  }
  const sak = (w: World, key: string) => caseOf(w, key).id;

  accessSuite(
    'POST /api/cases/{id}/notes',
    ctx,
    (w) => ({
      method: 'POST',
      url: `/api/cases/${sak(w, 'assigned')}/notes`,
      payload: { noteDate: '2026-01-05', title: 'T', body: 'B' },
    }),
    standardCases(
      (w, key) => ({
        method: 'POST',
        url: `/api/cases/${sak(w, key)}/notes`,
        payload: { noteDate: '2026-01-05', title: 'T', body: 'B' },
      }),
      201,
      true,
    ),
  );
  accessSuite(
    'GET /api/cases/{id}/notes',
    ctx,
    (w) => ({ method: 'GET', url: `/api/cases/${sak(w, 'assigned')}/notes` }),
    standardCases((w, key) => ({ method: 'GET', url: `/api/cases/${sak(w, key)}/notes` }), 200, false),
  );
  accessSuite(
    'GET /api/cases/{id}/notes/{noteId}',
    ctx,
    (w) => ({ method: 'GET', url: `/api/cases/${sak(w, 'assigned')}/notes/${noteId}` }),
    standardCases(
      (w, key) => ({ method: 'GET', url: `/api/cases/${sak(w, key)}/notes/${noteId}` }),
      200,
      false,
    ),
  );
  const uploadTo = (w: World, key: string): InjectOptions => ({
    method: 'POST',
    url: `/api/cases/${sak(w, key)}/documents?title=Brev&filename=brev.pdf&documentDate=2026-01-04`,
    headers: { 'content-type': 'application/pdf' },
    payload: SAMPLES['application/pdf'],
  });
  accessSuite(
    'POST /api/cases/{id}/documents',
    ctx,
    (w) => uploadTo(w, 'assigned'),
    standardCases(uploadTo, 201, true),
  );
  accessSuite(
    'GET /api/cases/{id}/documents',
    ctx,
    (w) => ({ method: 'GET', url: `/api/cases/${sak(w, 'assigned')}/documents` }),
    standardCases((w, key) => ({ method: 'GET', url: `/api/cases/${sak(w, key)}/documents` }), 200, false),
  );
  accessSuite(
    'GET /api/cases/{id}/documents/{docId}/content',
    ctx,
    (w) => ({ method: 'GET', url: `/api/cases/${sak(w, 'assigned')}/documents/${docId}/content` }),
    standardCases(
      (w, key) => ({ method: 'GET', url: `/api/cases/${sak(w, key)}/documents/${docId}/content` }),
      200,
      false,
    ),
  );

  it('audits a break-the-glass read as an emergency, linked to the grant', async () => {
    const rows = await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .selectFrom('audit_event')
        .select(['action', 'object_type', 'emergency', 'break_glass_id'])
        .where('actor_id', '=', actor(w, 'vilde').staffUserId)
        .where('object_type', 'in', ['journal_note', 'document'])
        .execute(),
    );
    expect(rows.length).toBe(4);
    expect(rows.every((r) => r.emergency && r.break_glass_id !== null && r.action === 'read')).toBe(true);
  });
});
