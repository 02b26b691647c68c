import { generateIdentityNumber } from '@vern/domain';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessSuite, sessionHeaders, type AccessCase } from '../../../test/support/access-suite.js';
import { buildTestApp } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { actor, buildWorld, caseOf, type World } from '../../../test/support/world.js';
import { withStaffAccess } from '../../platform/access/gateway.js';
import { registerManualItem } from '../intake/register-manual-item.js';
import { registerMelding } from '../intake/register-melding.js';
import { manualBody } from '../intake/test-items.js';

interface Entry {
  source: string;
  id: string;
  direction: string;
  kind: string;
  at: string;
  dayOnly: boolean;
  title: string | null;
  counterpart: string | null;
  status: string | null;
  byName: string | null;
}

describe("a case's communication log", () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let w: World;
  const sakId = () => caseOf(w, 'assigned').id;

  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
    ({ app } = await buildTestApp(t));
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  const log = async (who = 'sara') => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/cases/${sakId()}/communication`,
      headers: await sessionHeaders(t, w, who),
    });
    expect(res.statusCode).toBe(200);
    return (res.json() as { items: Entry[] }).items;
  };

  it('shows a call noted in the journal, a report registered from the inbox and a letter sent, newest first', async () => {
    expect(await log()).toEqual([]);
    // a phone call from the mother, noted the day it happened (yesterday: a dated entry)
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const note = await app.inject({
      method: 'POST',
      url: `/api/cases/${sakId()}/notes`,
      headers: await sessionHeaders(t, w, 'sara', 'POST'),
      payload: {
        noteDate: yesterday,
        title: 'Mor ringte om samværet',
        body: 'Mor ønsker å flytte samværet til lørdag.',
        contact: { kind: 'telefon', direction: 'inn', counterpart: 'mor' },
      },
    });
    expect(note.statusCode).toBe(201);
    // an ordinary journal note is not communication
    await app.inject({
      method: 'POST',
      url: `/api/cases/${sakId()}/notes`,
      headers: await sessionHeaders(t, w, 'sara', 'POST'),
      payload: { noteDate: yesterday, title: 'Vurdering', body: 'Intern vurdering.' },
    });
    // a report that came in by phone an hour ago, registered on the case by the head of service
    const item = await withStaffAccess(t.database, actor(w, 'berit'), {}, (a) =>
      registerManualItem(a, manualBody('Naboen er bekymret for barnet.')),
    );
    await withStaffAccess(t.database, actor(w, 'berit'), {}, (a) =>
      registerMelding(
        a,
        item.id,
        {
          children: [{ personId: caseOf(w, 'assigned').childId, sakId: sakId() }],
          melder: [],
          saksinnhold: [],
        },
        { allowSynthetic: true },
      ),
    );
    // a letter to a parent, sent just now
    const fnr = generateIdentityNumber('1985-06-07', 'female', 'fodselsnummer', () => 0.3, {
      synthetic: 'skatteetaten',
    });
    const letter = await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .insertInto('forsendelse')
        .values({
          tenant_id: w.tenantId,
          sak_id: sakId(),
          created_by: actor(w, 'sara').staffUserId,
          recipient_kind: 'person',
          recipient_fnr: fnr,
          recipient_name: 'Mor Testesen',
          title: 'Innkalling til møte',
          notification_text: 'Du har fått et brev fra barneverntjenesten.',
          confidential: true,
        })
        .returning('id')
        .executeTakeFirstOrThrow(),
    );

    const items = await log();
    expect(items.map((e) => [e.source, e.direction, e.kind])).toEqual([
      ['forsendelse', 'ut', 'brev'],
      ['inbox_item', 'inn', 'telefon'],
      ['journal_note', 'inn', 'telefon'],
    ]);
    expect(items[0]).toMatchObject({
      id: letter.id,
      title: 'Innkalling til møte',
      counterpart: 'Mor Testesen',
      status: 'queued',
      byName: 'Sara Testesen',
    });
    expect(items[1]).toMatchObject({ id: item.id, status: 'registered', title: null });
    expect(items[2]).toMatchObject({
      title: 'Mor ringte om samværet',
      counterpart: 'mor',
      dayOnly: true,
      status: null,
    });
    // the log carries headings, never a note's text
    expect(JSON.stringify(items)).not.toContain('lørdag');
  });

  it('refuses an incomplete contact with the field and reason, and writes nothing', async () => {
    const before = (await log()).length;
    const res = await app.inject({
      method: 'POST',
      url: `/api/cases/${sakId()}/notes`,
      headers: await sessionHeaders(t, w, 'sara', 'POST'),
      payload: {
        noteDate: '2026-01-05',
        title: 'Møte',
        body: 'Tekst',
        contact: { kind: 'brevdue', direction: 'inn', counterpart: '' },
      },
    });
    expect(res.statusCode).toBe(400);
    const fields = (res.json() as { error: { details: { field: string }[] } }).error.details.map(
      (d) => d.field,
    );
    expect(fields).toEqual(expect.arrayContaining(['body.contact.kind', 'body.contact.counterpart']));
    expect((await log()).length).toBe(before);
  });

  const ctx = () => ({ t, app, w });
  const route = (key: string) => (w: World) => ({
    method: 'GET' as const,
    url: `/api/cases/${caseOf(w, key).id}/communication`,
  });
  const cases: AccessCase[] = [
    { who: 'sara', status: 200, name: 'the caseworker may' },
    { who: 'frode', status: 200, name: 'the unit leader may' },
    { who: 'berit', status: 200, name: 'the head of service may' },
    { who: 'mona', status: 404, name: 'intake gets 404 on an assigned case' },
    { who: 'frode', status: 404, request: route('blocked'), name: 'a blocked unit leader gets 404' },
    { who: 'anonymous', status: 401 },
  ];
  accessSuite('GET /api/cases/{id}/communication', ctx, route('assigned'), cases);
});
