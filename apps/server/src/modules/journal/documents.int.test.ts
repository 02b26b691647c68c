import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionHeaders } from '../../../test/support/access-suite.js';
import { buildTestApp, type LogCapture } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { giveHistory } from '../../../test/support/case-history.js';
import { actor, buildWorld, caseOf, type World } from '../../../test/support/world.js';
import { withStaffAccess } from '../../platform/access/gateway.js';
import { openPGlite } from '../../platform/db/database.js';
import { databaseDocumentStore } from './document-store.js';
import { SAMPLES } from './test-files.js';
import { MAX_DOCUMENT_BYTES, uploadDocument } from './upload-document.js';

const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$' + 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';
const PDF = 'application/pdf';
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('documents', () => {
  let t: TestDatabase;
  let pglite: Awaited<ReturnType<typeof openPGlite>>['pglite'] | undefined;
  let app: FastifyInstance;
  let logs: LogCapture;
  let w: World;
  beforeAll(async () => {
    if (process.env.VERN_TEST_ENGINE === 'postgres') {
      t = await createTestDatabase();
    } else {
      const opened = await openPGlite({});
      pglite = opened.pglite;
      t = { database: opened.database, engine: 'pglite', close: () => opened.database.close() };
    }
    w = await buildWorld(t.database);
    ({ app, logs } = await buildTestApp(t));
    await giveHistory(t, w, 'assigned');
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  /** SQL as the database owner: what someone with direct access to the database could do. */
  async function asOwner(text: string) {
    if (t.engine === 'postgres') {
      const c = new pg.Client({ connectionString: t.adminUrl });
      await c.connect();
      await c.query(text);
      await c.end();
    } else {
      await pglite?.exec(`RESET ROLE; ${text}; SET ROLE vern_app;`);
    }
  }

  const base = () => `/api/cases/${caseOf(w, 'assigned').id}/documents`;
  const upload = async (
    bytes: Buffer,
    contentType: string | undefined,
    query: Record<string, string> = {},
  ) => {
    const q = new URLSearchParams({
      title: 'Rapport fra skolen',
      filename: 'rapport.pdf',
      documentDate: '2026-01-20',
      ...query,
    });
    const headers: Record<string, string> = await sessionHeaders(t, w, 'sara', 'POST');
    if (contentType) headers['content-type'] = contentType;
    return app.inject({ method: 'POST', url: `${base()}?${q}`, payload: bytes, headers });
  };
  const download = async (docId: string) =>
    app.inject({
      method: 'GET',
      url: `${base()}/${docId}/content`,
      headers: await sessionHeaders(t, w, 'sara'),
    });
  const counts = () =>
    t.database.withTenant(w.tenantId, async (trx) => ({
      documents: (await trx.selectFrom('document').select('id').execute()).length,
      contents: (await trx.selectFrom('document_content').select('storage_key').execute()).length,
    }));

  it('stores a PDF with its checksum, lists it and serves it back as an attachment', async () => {
    const bytes = SAMPLES[PDF];
    const res = await upload(bytes, PDF, {
      stepType: 'Undersokelse',
      stepId: 'us-1',
      filename: 'C:\\tmp\\Rapport Åse.pdf',
    });
    expect(res.statusCode, res.body).toBe(201);
    const doc = res.json();
    expect(doc).toMatchObject({
      title: 'Rapport fra skolen',
      filename: 'Rapport Åse.pdf',
      mediaType: PDF,
      sizeBytes: bytes.length,
      sha256: sha(bytes),
      documentDate: '2026-01-20',
      step: { type: 'Undersokelse', id: 'us-1' },
      uploadedBy: { name: 'Sara Testesen' },
      scanStatus: 'clean',
    });
    const list = await app.inject({
      method: 'GET',
      url: base(),
      headers: await sessionHeaders(t, w, 'sara'),
    });
    expect((list.json() as { items: { id: string }[] }).items.map((d) => d.id)).toContain(doc.id);
    const got = await download(doc.id);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(bytes)).toBe(true);
    expect(got.headers['content-type']).toBe(PDF);
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(got.headers['content-disposition']).toBe(
      `attachment; filename="Rapport Ase.pdf"; filename*=UTF-8''Rapport%20%C3%85se.pdf`,
    );
    expect(logs.text).not.toContain('Rapport');
  });

  it('lists documents newest first by their date', async () => {
    await upload(SAMPLES['image/png'], 'image/png', { documentDate: '2025-06-01', filename: 'a.png' });
    await upload(SAMPLES['text/plain'], 'text/plain; charset=utf-8', {
      documentDate: '2026-02-01',
      filename: 'b.txt',
    });
    const list = await app.inject({
      method: 'GET',
      url: base(),
      headers: await sessionHeaders(t, w, 'sara'),
    });
    const dates = (list.json() as { items: { documentDate: string }[] }).items.map((d) => d.documentDate);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).toBe('2026-02-01');
  });

  it('refuses a file that is not what its Content-Type says, or not on the list (415), and stores nothing', async () => {
    const before = await counts();
    const refusals: [Buffer, string | undefined, string, RegExp][] = [
      [SAMPLES['image/png'], PDF, 'body', /is a PNG image file, not the PDF the Content-Type says/],
      [SAMPLES[PDF].subarray(0, 30), PDF, 'body', /the PDF is incomplete/],
      [Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), PDF, 'body', /none of the accepted types/],
      [SAMPLES[PDF], 'application/zip', 'headers.content-type', /not an accepted document type \(PDF, DOCX/],
      [SAMPLES[PDF], 'application/json', 'headers.content-type', /not an accepted document type/],
      [SAMPLES[PDF], undefined, 'headers.content-type', /not an accepted document type/],
    ];
    for (const [bytes, type, field, reason] of refusals) {
      const res = await upload(bytes, type);
      expect(res.statusCode, `${type}: ${res.body}`).toBe(415);
      const [detail] = res.json().error.details as { field: string; reason: string }[];
      expect(detail?.field).toBe(field);
      expect(detail?.reason).toMatch(reason);
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses invalid metadata (400) with the field and the reason, and stores nothing', async () => {
    const before = await counts();
    const refusals: [Record<string, string>, string, string][] = [
      [{ title: '' }, 'query.title', 'must not be empty'],
      [{ documentDate: '2026-13-01' }, 'query.documentDate', 'must be a date written YYYY-MM-DD'],
      [{ documentDate: '2999-01-01' }, 'query.documentDate', 'must not be after today'],
      [{ stepType: 'Melding' }, 'query.stepId', 'stepType and stepId go together: give both or neither'],
      [{ stepType: 'Vedtak', stepId: 'us-1' }, 'query.stepId', 'is not a Vedtak of this case'],
      [{ filename: '../..' }, 'query.filename', 'has no usable characters'],
      [{ owner: 'x' }, 'query.owner', 'is not a known field'],
    ];
    for (const [query, field, reason] of refusals) {
      const res = await upload(SAMPLES[PDF], PDF, query);
      expect(res.statusCode, JSON.stringify(query)).toBe(400);
      expect(res.json().error.details).toContainEqual({ field, reason });
    }
    const empty = await upload(Buffer.alloc(0), PDF);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details).toEqual([{ field: 'body', reason: 'is empty' }]);
    expect(await counts()).toEqual(before);
  });

  it('refuses a body over 25 MB (413) with the limit', async () => {
    const res = await upload(Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 0x41), 'text/plain');
    expect(res.statusCode).toBe(413);
    expect(res.json().error.details).toEqual([{ field: 'body', reason: 'must be at most 25 MB' }]);
  });

  it('refuses the EICAR test file (422), keeps none of it, and logs the signature but not the file', async () => {
    const before = await counts();
    const res = await upload(Buffer.from(EICAR, 'latin1'), 'text/plain', { filename: 'hemmelig-eicar.txt' });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error).toMatchObject({
      code: 'CONTENT_REFUSED',
      details: [{ field: 'body', reason: 'contains malware (Eicar-Test-Signature)' }],
    });
    expect(await counts()).toEqual(before);
    expect(logs.text).toContain('upload-infected');
    expect(logs.text).not.toContain('hemmelig-eicar');
  });

  it('keeps an upload the scanner could not check as pending, and does not serve it', async () => {
    const row = await withStaffAccess(t.database, actor(w, 'sara'), {}, (access) =>
      uploadDocument(
        access,
        caseOf(w, 'assigned').id,
        {
          bytes: SAMPLES['image/jpeg'],
          contentType: 'image/jpeg',
          title: 'Foto',
          filename: 'foto.jpg',
          documentDate: '2026-01-02',
          step: null,
        },
        {
          store: databaseDocumentStore,
          scanner: { scan: () => Promise.resolve({ verdict: 'unavailable' }) },
        },
      ),
    );
    expect(row.scanStatus).toBe('pending');
    const res = await download(row.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details).toEqual([
      { field: 'params.docId', reason: 'has not been virus-scanned yet; try again later' },
    ]);
  });

  it('never serves bytes that no longer match their checksum: 500, logged by document id', async () => {
    const doc = (await upload(SAMPLES['text/plain'], 'text/plain', { filename: 'endres.txt' })).json() as {
      id: string;
    };
    expect((await download(doc.id)).statusCode).toBe(200);
    await asOwner(
      `UPDATE document_content SET content = convert_to('Endret i databasen', 'UTF8') WHERE storage_key LIKE '%/${doc.id}'`,
    );
    const res = await download(doc.id);
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('Endret');
    expect(Object.keys(res.json().error)).toEqual(['code', 'message', 'requestId']);
    const line = logs.lines.find((l) => l.includes('document-integrity'));
    expect(line).toContain(doc.id);
    expect(line).toContain('checksum_mismatch');
  });

  it('the app role cannot change a document, nor delete the bytes a document refers to', async () => {
    const doc = (await upload(SAMPLES['image/tiff'], 'image/tiff', { filename: 'scan.tif' })).json() as {
      id: string;
    };
    await expect(
      t.database.withTenant(w.tenantId, (trx) =>
        trx.updateTable('document').set({ scan_status: 'clean' }).execute(),
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      t.database.withTenant(w.tenantId, (trx) =>
        trx.deleteFrom('document_content').where('storage_key', 'like', `%/${doc.id}`).execute(),
      ),
    ).rejects.toThrow(/kept/);
  });
});
