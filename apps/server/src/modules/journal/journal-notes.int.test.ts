import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionHeaders } from '../../../test/support/access-suite.js';
import { buildTestApp, type LogCapture } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { giveHistory } from '../../../test/support/case-history.js';
import { buildWorld, caseOf, type World } from '../../../test/support/world.js';

const CANARY_TITLE = 'Samtale med Kanari Hemmeligsen';

describe('journal notes', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let logs: LogCapture;
  let w: World;
  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
    ({ app, logs } = await buildTestApp(t));
    await giveHistory(t, w, 'assigned');
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  const url = (key = 'assigned') => `/api/cases/${caseOf(w, key).id}/notes`;
  const post = async (payload: object, key = 'assigned') =>
    app.inject({
      method: 'POST',
      url: url(key),
      payload,
      headers: await sessionHeaders(t, w, 'sara', 'POST'),
    });
  const get = async (path: string) =>
    app.inject({ method: 'GET', url: path, headers: await sessionHeaders(t, w, 'sara') });
  const countNotes = () =>
    t.database.withTenant(w.tenantId, async (trx) => {
      const r = await trx
        .selectFrom('journal_note')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(r.n);
    });

  it('writes a note, reads it back with its author, and audits ids only', async () => {
    const res = await post({
      noteDate: '2026-01-10',
      title: CANARY_TITLE,
      body: 'Barnet fortalte om skolen.',
    });
    expect(res.statusCode, res.body).toBe(201);
    const { id } = res.json() as { id: string };
    const note = (await get(`${url()}/${id}`)).json();
    expect(note).toMatchObject({
      id,
      noteDate: '2026-01-10',
      title: CANARY_TITLE,
      body: 'Barnet fortalte om skolen.',
      step: null,
      correctsNoteId: null,
      correctedByNoteIds: [],
      author: { id: w.staff.sara?.staffUserId, name: 'Sara Testesen' },
    });
    const audit = await t.database.withTenant(w.tenantId, (trx) =>
      trx.selectFrom('audit_event').selectAll().where('object_id', '=', id).orderBy('occurred_at').execute(),
    );
    expect(audit.map((a) => [a.action, a.object_type, a.sak_id, a.person_id])).toEqual([
      ['create', 'journal_note', caseOf(w, 'assigned').id, caseOf(w, 'assigned').childId],
      ['read', 'journal_note', caseOf(w, 'assigned').id, caseOf(w, 'assigned').childId],
    ]);
    expect(JSON.stringify(audit)).not.toContain('Kanari');
    expect(logs.text).not.toContain('Kanari');
  });

  it('lists notes newest first: by the day they are about, then by when they were written', async () => {
    await giveHistory(t, w, 'protected');
    const ids: string[] = [];
    for (const noteDate of ['2026-02-01', '2025-12-24', '2026-02-01']) {
      const res = await post({ noteDate, title: `Notat ${noteDate}`, body: 'Tekst' }, 'protected');
      expect(res.statusCode, res.body).toBe(201);
      ids.push((res.json() as { id: string }).id);
    }
    const list = (await get(url('protected'))).json() as { items: { id: string; body?: string }[] };
    expect(list.items.map((n) => n.id)).toEqual([ids[2], ids[0], ids[1]]);
    expect(list.items[0]).not.toHaveProperty('body');
    const page = (await get(`${url('protected')}?limit=1&offset=1`)).json() as { items: { id: string }[] };
    expect(page.items.map((n) => n.id)).toEqual([ids[0]]);
  });

  it('links a note to a step of the case and refuses a step the case does not have', async () => {
    const ok = await post({
      noteDate: '2026-01-11',
      title: 'Om meldingen',
      body: 'x',
      step: { type: 'Melding', id: 'melding-1' },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const note = (await get(`${url()}/${(ok.json() as { id: string }).id}`)).json();
    expect(note.step).toEqual({ type: 'Melding', id: 'melding-1' });
    const before = await countNotes();
    const wrongType = await post({
      noteDate: '2026-01-11',
      title: 'x',
      body: 'x',
      step: { type: 'Vedtak', id: 'melding-1' },
    });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.details).toEqual([
      { field: 'body.step.stepId', reason: 'is not a Vedtak of this case' },
    ]);
    const noHistory = await post(
      { noteDate: '2026-01-11', title: 'x', body: 'x', step: { type: 'Melding', id: 'melding-1' } },
      'unassigned',
    );
    expect(noHistory.statusCode).toBe(404); // sara may not see the unassigned case at all
    expect(await countNotes()).toBe(before);
  });

  it('refuses invalid notes with the field and the reason, and writes nothing', async () => {
    const before = await countNotes();
    const cases: [object, string, string][] = [
      [{ noteDate: '2999-01-01', title: 'x', body: 'x' }, 'body.noteDate', 'must not be after today'],
      [
        { noteDate: '2026-02-30', title: 'x', body: 'x' },
        'body.noteDate',
        'must be a date written YYYY-MM-DD',
      ],
      [{ noteDate: '2026-01-01', title: '   ', body: 'x' }, 'body.title', 'must not be empty'],
      [{ noteDate: '2026-01-01', title: 'x', body: ' \n ' }, 'body.body', 'must not be empty'],
      [{ noteDate: '2026-01-01', title: 'x', body: 'x', author: 'y' }, 'body.author', 'is not a known field'],
      [
        { noteDate: '2026-01-01', title: 'x', body: 'x', step: { type: 'Sak', id: 'a' } },
        'body.step.type',
        '',
      ],
      [
        {
          noteDate: '2026-01-01',
          title: 'x',
          body: 'x',
          correctsNoteId: '8c0f6b9e-1d2a-4c3b-9e8f-7a6b5c4d3e2f',
        },
        'body.correctsNoteId',
        'is not a note of this case',
      ],
    ];
    for (const [payload, field, reason] of cases) {
      const res = await post(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      const details = res.json().error.details as { field: string; reason: string }[];
      expect(details.map((d) => d.field)).toContain(field);
      if (reason) expect(details.find((d) => d.field === field)?.reason).toBe(reason);
    }
    expect(await countNotes()).toBe(before);
  });

  it('corrects a note with a new one and keeps the original as it was', async () => {
    const first = (await post({ noteDate: '2026-01-12', title: 'Møte', body: 'Mor møtte.' })).json() as {
      id: string;
    };
    const fix = await post({
      noteDate: '2026-01-12',
      title: 'Møte (rettet)',
      body: 'Far møtte.',
      correctsNoteId: first.id,
    });
    expect(fix.statusCode, fix.body).toBe(201);
    const original = (await get(`${url()}/${first.id}`)).json();
    expect(original.body).toBe('Mor møtte.');
    expect(original.correctedByNoteIds).toEqual([(fix.json() as { id: string }).id]);
    // a note of another case cannot be corrected from here
    const other = await post(
      { noteDate: '2026-01-12', title: 'x', body: 'x', correctsNoteId: first.id },
      'protected',
    );
    expect(other.statusCode).toBe(400);
  });

  it('answers 404 for a note id of another case, like a missing one', async () => {
    const inProtected = (await get(url('protected'))).json() as { items: { id: string }[] };
    const res = await get(`${url()}/${inProtected.items[0]?.id}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  });

  it('the app role cannot change or delete a note', async () => {
    await expect(
      t.database.withTenant(w.tenantId, (trx) => sql`UPDATE journal_note SET body = 'endret'`.execute(trx)),
    ).rejects.toThrow(/permission denied/);
    await expect(
      t.database.withTenant(w.tenantId, (trx) => sql`DELETE FROM journal_note`.execute(trx)),
    ).rejects.toThrow(/permission denied/);
  });
});
