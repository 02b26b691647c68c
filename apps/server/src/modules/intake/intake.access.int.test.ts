import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withStaffAccess } from '../../platform/access/gateway.js';
import { accessSuite, type SuiteContext } from '../../../test/support/access-suite.js';
import { buildTestApp, type LogCapture } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { actor, buildWorld, caseOf, type World } from '../../../test/support/world.js';
import { deliveryFromFiles } from '../../cli/import-fiks.js';
import { SAMPLES } from '../journal/test-files.js';
import { example, PDF } from './fiks/test-messages.js';
import { receiveFiksMessage } from './receive-fiks-message.js';
import { registerManualItem, type ManualItemBody } from './register-manual-item.js';
import { manualBody } from './test-items.js';
import { registerMelding } from './register-melding.js';

const RULES = { allowSynthetic: true };
// The EICAR test file inside a PDF, in two halves so that this source is no test file itself.
const EICAR_PDF = Buffer.from(
  `%PDF-1.7\n${'X5O!P%@AP[4\\PZX54(P^)7CC)7}$'}${'EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'}\n%%EOF\n`,
  'latin1',
);

describe('intake (meldingsmottak): access', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let logs: LogCapture;
  let w: World;
  const ids = {
    fiks: '',
    fiksPdf: '',
    quarantined: '',
    match: '',
    register: '',
    link: '',
    notMelding: '',
    blocked: '',
    scan: '',
  };
  let melding = { sakId: '', meldingId: '' };

  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
    ({ app, logs } = await buildTestApp(t));
    const now = new Date();
    const fiks = await receiveFiksMessage(
      t.database,
      w.tenantId,
      deliveryFromFiles(
        { json: Buffer.from(JSON.stringify(example('no.ks.fiks.bekymringsmelding.offentlig.v2'))), pdf: PDF },
        { now },
      ),
    );
    ids.fiks = fiks.itemId;
    const bad = example('no.ks.fiks.bekymringsmelding.privat.v2');
    delete bad['melding'];
    ids.quarantined = (
      await receiveFiksMessage(
        t.database,
        w.tenantId,
        deliveryFromFiles({ json: Buffer.from(JSON.stringify(bad)) }, { now }),
      )
    ).itemId;
    const mona = actor(w, 'mona');
    const manual = (body: ManualItemBody) =>
      withStaffAccess(t.database, mona, {}, (a) => registerManualItem(a, body)).then((r) => r.id);
    const child = {
      name: 'Barn-unassigned Testesen',
      fodselsnummer: null,
      birthDate: '2015-03-04',
      address: null,
    };
    ids.match = await manual(manualBody('Barnet kom sulten på skolen i dag.', { children: [child] }));
    ids.register = await manual(manualBody('Nabo ringte om et nytt barn.'));
    ids.link = await manual(manualBody('Brevet som bekrefter samtalen.', { channel: 'brev' }));
    ids.notMelding = await manual(manualBody('Spørsmål om åpningstider.'));
    ids.scan = await manual(manualBody('Brev fra fastlegen, skannet.', { channel: 'brev' }));
    ids.blocked = await manual(manualBody('Melding om barnet i den sperrede saken.'));
    const first = await manual(manualBody('Første melding om barnet i den utildelte saken.'));
    const done = await withStaffAccess(t.database, mona, {}, (a) =>
      registerMelding(
        a,
        first,
        {
          children: [{ personId: caseOf(w, 'unassigned').childId, sakId: caseOf(w, 'unassigned').id }],
          melder: [],
          saksinnhold: [],
        },
        RULES,
      ),
    );
    melding = {
      sakId: done.registrations[0]?.sakId ?? '',
      meldingId: done.registrations[0]?.meldingId ?? '',
    };
    // An item registered to the case the head of service and the unit leader are blocked from.
    await t.database.withTenant(w.tenantId, async (trx) => {
      await trx
        .insertInto('inbox_registration')
        .values({
          tenant_id: w.tenantId,
          item_id: ids.blocked,
          sak_id: caseOf(w, 'blocked').id,
          melding_id: 'm-blocked',
          person_id: caseOf(w, 'blocked').childId,
          kind: 'linked',
          created_by: mona.staffUserId,
        })
        .execute();
      await trx
        .updateTable('inbox_item')
        .set({ status: 'linked', resolved_at: new Date(), resolved_by: mona.staffUserId })
        .where('id', '=', ids.blocked)
        .execute();
      const pdf = await trx
        .selectFrom('inbox_attachment')
        .select('id')
        .where('item_id', '=', ids.fiks)
        .executeTakeFirstOrThrow();
      ids.fiksPdf = pdf.id;
    });
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });
  const ctx = (): SuiteContext => ({ t, app, w });
  const get = (url: string) => () => ({ method: 'GET' as const, url });
  const post = (url: () => string, payload: () => unknown) => () => ({
    method: 'POST' as const,
    url: url(),
    payload: payload() as object,
  });
  const itemIds = (body: unknown) => (body as { items: { id: string }[] }).items.map((i) => i.id);

  accessSuite('GET /api/intake/items', ctx, get('/api/intake/items'), [
    {
      who: 'mona',
      status: 200,
      audit: { allowed: 7 },
      name: 'intake sees every open item, quarantined ones included, oldest first',
      check: (body) => {
        expect(itemIds(body).sort()).toEqual(
          [ids.fiks, ids.quarantined, ids.match, ids.register, ids.link, ids.notMelding, ids.scan].sort(),
        );
        expect((body as { items: { status: string }[] }).items.map((i) => i.status)).toContain('quarantined');
      },
    },
    { who: 'vilde', status: 200, audit: { allowed: 7 }, name: 'the out-of-hours duty sees the inbox' },
    { who: 'frode', status: 200, audit: { allowed: 7 }, name: 'a team leader sees the inbox' },
    {
      who: 'berit',
      status: 200,
      audit: {},
      request: get('/api/intake/items?status=linked'),
      name: 'an item tied to a case she is blocked from is left out',
      check: (body) => expect(itemIds(body)).toEqual([]),
    },
    {
      who: 'mona',
      status: 200,
      audit: { allowed: 1 },
      request: get('/api/intake/items?status=linked'),
      check: (body) => expect(itemIds(body)).toEqual([ids.blocked]),
    },
    { who: 'sara', status: 403, audit: {}, name: 'a caseworker does not work the inbox' },
    { who: 'sindre', status: 403, audit: {} },
    {
      who: 'mona',
      status: 400,
      audit: {},
      request: get('/api/intake/items?status=lost'),
      name: 'an unknown filter is refused',
    },
    { who: 'anonymous', status: 401 },
  ]);

  const newKey = randomUUID();
  const retried = () => ({
    ...manualBody('Lærer ringte om blåmerker.'),
    clientKey: newKey,
    receivedAt: '2026-01-05T08:30:00.000Z',
  });
  accessSuite(
    'POST /api/intake/items',
    ctx,
    post(() => '/api/intake/items', retried),
    [
      { who: 'mona', status: 201, name: 'intake registers a phone call' },
      { who: 'mona', status: 200, name: 'a retry with the same key answers with the same item, audited' },
      {
        who: 'mona',
        status: 409,
        audit: {},
        request: post(
          () => '/api/intake/items',
          () => ({ ...retried(), text: 'Noe annet.' }),
        ),
        name: 'the same key with other content is refused',
        check: (body) => expect(JSON.stringify(body)).toContain('body.clientKey'),
      },
      {
        who: 'vilde',
        status: 201,
        request: post(
          () => '/api/intake/items',
          () => ({ ...manualBody('Politiet ringte i natt.'), channel: 'barnevernvakt' }),
        ),
      },
      {
        who: 'mona',
        status: 400,
        audit: {},
        request: post(
          () => '/api/intake/items',
          () => ({ ...manualBody('x'), receivedAt: '2999-01-01T00:00:00Z' }),
        ),
        name: 'a receipt time in the future is refused, naming the field',
        check: (body) => expect(JSON.stringify(body)).toContain('body.receivedAt'),
      },
      { who: 'sara', status: 403, audit: {} },
      { who: 'anonymous', status: 401 },
    ],
  );

  accessSuite('GET /api/intake/items/{id}', ctx, get('/api/intake/items/ID'), [
    {
      who: 'mona',
      status: 200,
      request: () => get(`/api/intake/items/${ids.fiks}`)(),
      name: 'intake reads an item with what arrived, unchanged',
      check: (body) => {
        const b = body as { raw: string; content: { children: unknown[] }; attachments: unknown[] };
        expect(JSON.parse(b.raw)).toEqual(example('no.ks.fiks.bekymringsmelding.offentlig.v2'));
        expect(b.content.children).toHaveLength(2);
        expect(b.attachments).toHaveLength(1);
      },
    },
    {
      who: 'frode',
      status: 200,
      request: () => get(`/api/intake/items/${ids.quarantined}`)(),
      name: 'a quarantined item shows its problems',
      check: (body) =>
        expect((body as { problems: { field: string }[] }).problems).toEqual([
          { field: 'melding', reason: 'is required' },
        ]),
    },
    {
      who: 'berit',
      status: 404,
      request: () => get(`/api/intake/items/${ids.blocked}`)(),
      name: 'blocked: 404',
    },
    {
      who: 'mona',
      status: 404,
      request: get(`/api/intake/items/${randomUUID()}`),
      name: 'unknown: 404 alike',
    },
    { who: 'sara', status: 403, audit: {}, request: () => get(`/api/intake/items/${ids.fiks}`)() },
    { who: 'anonymous', status: 401, request: () => get(`/api/intake/items/${ids.fiks}`)() },
  ]);

  accessSuite(
    'GET /api/intake/items/{id}/attachments/{attachmentId}/content',
    ctx,
    () => get(`/api/intake/items/${ids.fiks}/attachments/${ids.fiksPdf}/content`)(),
    [
      {
        who: 'mona',
        status: 200,
        check: (body) => expect(String(body)).toMatch(/^%PDF-/),
      },
      {
        who: 'mona',
        status: 404,
        request: () => get(`/api/intake/items/${ids.fiks}/attachments/${randomUUID()}/content`)(),
      },
      { who: 'sara', status: 403, audit: {} },
    ],
  );

  accessSuite(
    'GET /api/intake/items/{id}/matches',
    ctx,
    () => get(`/api/intake/items/${ids.match}/matches`)(),
    [
      {
        who: 'mona',
        status: 200,
        audit: { allowed: 2 },
        name: 'intake gets the child of the unassigned case by name and birth date, with its case',
        check: (body, w) => {
          const b = body as {
            children: { candidates: { personId: string; matchedBy: string[]; case: { sakId: string } }[] }[];
          };
          const top = b.children[0]?.candidates[0];
          expect(top?.personId).toBe(caseOf(w, 'unassigned').childId);
          expect(top?.matchedBy).toEqual(['name', 'birth_date']);
          expect(top?.case.sakId).toBe(caseOf(w, 'unassigned').id);
        },
      },
      {
        who: 'vilde',
        status: 200,
        audit: { allowed: 1 },
        name: 'no suggestion outside one’s need-to-know',
        check: (body) =>
          expect((body as { children: { candidates: unknown[] }[] }).children[0]?.candidates).toEqual([]),
      },
      { who: 'berit', status: 404, request: () => get(`/api/intake/items/${ids.blocked}/matches`)() },
      { who: 'sara', status: 403, audit: {} },
    ],
  );

  const newChild = {
    children: [
      {
        newPerson: { givenName: 'Nyfødt', familyName: 'Nysen', birthDate: '2026-01-02' },
        unitId: undefined as string | undefined,
      },
    ],
    melder: [],
    saksinnhold: [],
  };
  accessSuite(
    'POST /api/intake/items/{id}/register',
    ctx,
    post(
      () => `/api/intake/items/${ids.register}/register`,
      () => ({ ...newChild, children: [{ ...newChild.children[0], unitId: w.units.a }] }),
    ),
    [
      {
        who: 'mona',
        status: 200,
        audit: { allowed: 4 },
        name: 'intake registers a new child and opens the case: person, case, step and item, each audited',
        check: (body) =>
          expect((body as { registrations: { kind: string }[] }).registrations.map((r) => r.kind)).toEqual([
            'new_case',
          ]),
      },
      {
        who: 'mona',
        status: 200,
        audit: {},
        name: 'a retry answers with the same registration and changes nothing',
      },
      {
        who: 'berit',
        status: 404,
        request: post(
          () => `/api/intake/items/${ids.blocked}/register`,
          () => newChild,
        ),
      },
      { who: 'sara', status: 403, audit: {} },
    ],
  );

  accessSuite(
    'POST /api/intake/items/{id}/link',
    ctx,
    post(
      () => `/api/intake/items/${ids.link}/link`,
      () => melding,
    ),
    [
      {
        who: 'mona',
        status: 404,
        request: post(
          () => `/api/intake/items/${ids.link}/link`,
          () => ({ sakId: caseOf(w, 'assigned').id, meldingId: 'x' }),
        ),
        name: 'a case she may not open answers 404',
      },
      { who: 'mona', status: 200, name: 'intake links the letter to the melding of the call' },
      {
        who: 'berit',
        status: 404,
        request: post(
          () => `/api/intake/items/${ids.blocked}/link`,
          () => melding,
        ),
      },
      { who: 'sara', status: 403, audit: {} },
    ],
  );

  accessSuite(
    'POST /api/intake/items/{id}/not-melding',
    ctx,
    post(
      () => `/api/intake/items/${ids.notMelding}/not-melding`,
      () => ({ reason: 'Spørsmål om åpningstider' }),
    ),
    [
      { who: 'sara', status: 403, audit: {} },
      { who: 'frode', status: 200 },
      { who: 'mona', status: 200, audit: {}, name: 'a retry with the same reason changes nothing' },
      {
        who: 'mona',
        status: 409,
        audit: {},
        request: post(
          () => `/api/intake/items/${ids.notMelding}/not-melding`,
          () => ({ reason: 'Noe annet' }),
        ),
      },
      {
        who: 'berit',
        status: 404,
        request: post(
          () => `/api/intake/items/${ids.blocked}/not-melding`,
          () => ({ reason: 'x' }),
        ),
      },
    ],
  );

  const upload = (item: () => string, bytes: Buffer, type: string) => () => ({
    method: 'POST' as const,
    url: `/api/intake/items/${item()}/attachments?filename=brev.pdf`,
    headers: { 'content-type': type },
    payload: bytes,
  });
  accessSuite(
    'POST /api/intake/items/{id}/attachments',
    ctx,
    upload(() => ids.scan, PDF, 'application/pdf'),
    [
      { who: 'mona', status: 201, name: 'intake adds the scanned letter' },
      { who: 'mona', status: 200, name: 'the same bytes again are the same attachment (a retried upload)' },
      {
        who: 'mona',
        status: 415,
        audit: {},
        request: upload(() => ids.scan, SAMPLES['image/png'], 'application/pdf'),
        name: 'an image sent as a PDF is refused',
      },
      {
        who: 'mona',
        status: 415,
        audit: {},
        request: upload(() => ids.scan, SAMPLES['text/plain'], 'text/plain'),
        name: 'a type a scan is not is refused',
      },
      {
        who: 'mona',
        status: 422,
        audit: {},
        request: upload(() => ids.scan, EICAR_PDF, 'application/pdf'),
        name: 'malware is refused by the virus scan',
      },
      { who: 'berit', status: 404, request: upload(() => ids.blocked, PDF, 'application/pdf') },
      { who: 'sara', status: 403, audit: {} },
      { who: 'anonymous', status: 401 },
    ],
  );

  it('no name, number or words of a report reach the log, at trace level', () => {
    expect(logs.lines.length).toBeGreaterThan(20);
    for (const canary of [
      'Barn Barnesen',
      '28071364498',
      'Navnesen',
      'blåmerker',
      'Nyfødt',
      'Ringer Ringesen',
      'åpningstider',
    ]) {
      expect(logs.text).not.toContain(canary);
    }
  });
});
