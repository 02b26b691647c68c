import { codesValidOn, osloDate, SAKSINNHOLD } from '@vern/domain';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withStaffAccess } from '../../../platform/access/gateway.js';
import { buildTestApp, type LogCapture } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-db.js';
import { actor, buildWorld, caseOf, type World } from '../../../../test/support/world.js';
import { recordStep } from '../../case-process/record-step.js';
import { parseStep } from '../../case-process/step-input.js';
import { registerMelding } from '../register-melding.js';
import { offentligReport, privatReport } from './test-reports.js';

const CANARY_TEXT = 'Kanarifugl-bekymring 4711 om naboen';
const CANARY_NAME = 'Kanari Fuglesen';

describe('public concern-report form: the server side', () => {
  let t: TestDatabase;
  let w: World;
  let app: FastifyInstance;
  let logs: LogCapture;
  let slug = '';
  const url = () => `/api/public/tjenester/${slug}/bekymringsmeldinger`;
  const post = (body: unknown, headers: Record<string, string> = {}, path = url()) =>
    app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/json', ...headers },
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const count = async (table: 'inbox_item' | 'public_report' | 'audit_event') =>
    Number(
      (
        await t.database.withTenant(w.tenantId, (trx) =>
          sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(trx),
        )
      ).rows[0]?.n,
    );

  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
    ({ app, logs } = await buildTestApp(t, { env: { VERN_REPORT_RATE_LIMIT: '0' } }));
    slug = (
      await t.database.db
        .selectFrom('tenant')
        .select('slug')
        .where('id', '=', w.tenantId)
        .executeTakeFirstOrThrow()
    ).slug;
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  it('lists the services one may report to', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/public/tjenester' });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toContainEqual({ slug, name: expect.any(String) });
  });

  it('takes an anonymous report into the inbox as it came, answers with the receipt after the commit, and a retry stores nothing', async () => {
    const body = JSON.stringify(privatReport(`${CANARY_TEXT}\n\nLimt inn: «æøå» – ok.`));
    const before = await count('inbox_item');
    const first = await post(body);
    expect(first.statusCode).toBe(201);
    const receipt = first.json();
    expect(receipt.reference).toMatch(/^BM-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(receipt.report.report.concern).toContain('«æøå»');
    expect(receipt.report.melder).toEqual({ kind: 'privat', anonymous: true });

    const item = await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .selectFrom('inbox_item')
        .select(['id', 'channel', 'source', 'status', 'raw_content', 'received_at', 'parsed', 'message_type'])
        .where('idempotency_key', '=', JSON.parse(body).idempotencyKey)
        .executeTakeFirstOrThrow(),
    );
    expect(item).toMatchObject({ channel: 'digitalt_skjema', source: 'skjema', status: 'new' });
    expect(item.message_type).toBe('vern.bekymringsmelding.privat.v1');
    expect(Buffer.from(item.raw_content).toString('utf8')).toBe(body);
    expect(item.received_at.toISOString()).toBe(receipt.receivedAt);
    expect(item.parsed).toMatchObject({ kind: 'skjema', melder: { anonymous: true, name: null } });

    const again = await post(body);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ ...receipt, duplicate: true });
    expect(await count('inbox_item')).toBe(before + 1);

    const audit = await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .selectFrom('audit_event')
        .select(['actor_kind', 'action', 'fields', 'outcome'])
        .where('object_id', '=', item.id)
        .orderBy('occurred_at')
        .execute(),
    );
    expect(audit.map((a) => [a.actor_kind, a.action, a.fields])).toEqual([
      ['system', 'receive', ['raw_content']],
      ['system', 'receive', ['duplicate']],
    ]);
  });

  it('refuses the same key with other content (409) and stores nothing', async () => {
    const report = privatReport('Første versjon.');
    expect((await post(report)).statusCode).toBe(201);
    const before = await count('inbox_item');
    const res = await post({ ...report, report: { concern: 'Endret etterpå.' } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details).toEqual([
      expect.objectContaining({ field: 'body.idempotencyKey', code: 'KEY_REUSED' }),
    ]);
    expect(await count('inbox_item')).toBe(before);
  });

  it('many retries of one report at once make one item and the same receipt', async () => {
    const body = JSON.stringify(privatReport('Sendt fra en ustabil mobil.'));
    const before = await count('inbox_item');
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(body)));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.json().reference)).size).toBe(1);
    expect(await count('inbox_item')).toBe(before + 1);
  });

  it('refuses an incomplete report field by field (400) and stores nothing', async () => {
    const before = { items: await count('inbox_item'), audit: await count('audit_event') };
    const bad = offentligReport('', {});
    const res = await post({
      ...bad,
      melder: {
        ...bad.melder,
        role: ' ',
        email: 'ikke-epost',
        organisation: { name: 'Skule', number: '12' },
      },
      children: [{ name: '', told: undefined }],
      extra: 'x',
    });
    expect(res.statusCode).toBe(400);
    const details = res.json().error.details as { field: string; code: string }[];
    expect(details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'body.extra', code: 'INVALID' }),
        expect.objectContaining({ field: 'body.report.concern', code: 'REQUIRED' }),
        expect.objectContaining({ field: 'body.children.0.name', code: 'REQUIRED' }),
        expect.objectContaining({ field: 'body.melder.email', code: 'EMAIL' }),
        expect.objectContaining({ field: 'body.melder.organisation.number', code: 'ORGNR' }),
      ]),
    );
    const good = offentligReport('Bekymring.');
    const cross = await post({
      ...good,
      melder: { ...good.melder, role: ' ' },
      children: [{ name: 'Barn' }],
    });
    expect(cross.statusCode).toBe(400);
    expect(cross.json().error.details).toEqual([
      expect.objectContaining({ field: 'body.melder.role', code: 'REQUIRED' }),
      expect.objectContaining({ field: 'body.children.0.told', code: 'REQUIRED' }),
    ]);
    const anonymousPro = await post({ ...good, melder: { ...good.melder, anonymous: true } });
    expect(anonymousPro.json().error.details).toEqual([
      expect.objectContaining({ field: 'body.melder.anonymous', code: 'NOT_ANONYMOUS' }),
    ]);
    expect((await post('{"version": 1,')).statusCode).toBe(400);
    expect(
      (await post(privatReport('x'), {}, '/api/public/tjenester/finnes-ikke/bekymringsmeldinger')).statusCode,
    ).toBe(404);
    const text = await app.inject({
      method: 'POST',
      url: url(),
      headers: { 'content-type': 'text/plain' },
      payload: 'hei',
    });
    expect(text.statusCode).toBe(415);
    const huge = await post(privatReport('x'.repeat(50_001)));
    expect(huge.json().error.details).toEqual([
      expect.objectContaining({ field: 'body.report.concern', code: 'TOO_LONG' }),
    ]);
    expect(await count('inbox_item')).toBe(before.items);
    expect(await count('audit_event')).toBe(before.audit);
  });

  it('refuses a post from another site by its Origin', async () => {
    const foreign = await post(privatReport('x'), { origin: 'https://evil.example' });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.details[0].code).toBe('ORIGIN');
    const own = await post(privatReport('Fra portalen.'), { origin: 'http://localhost:0' });
    expect(own.statusCode).toBe(201);
  });

  it('tells a professional whether an undersøkelse was opened, never more; a wrong code is a 404 and a denied audit row', async () => {
    const report = offentligReport(`Bekymring om ${CANARY_NAME}.`);
    const receipt = (await post(report)).json();
    const status = (statusCode: string) =>
      post(
        { reference: receipt.reference.toLowerCase().replace(/-/g, ' '), statusCode },
        {},
        `${url()}/status`,
      );
    const wrong = await status('0000AAAA0000');
    expect(wrong.statusCode).toBe(404);
    const unknown = await post(
      { reference: 'BM-0000-0000', statusCode: report.statusCode },
      {},
      `${url()}/status`,
    );
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toBe(wrong.json().error.message);
    const denied = await t.database.withTenant(w.tenantId, (trx) =>
      trx.selectFrom('audit_event').select('object_type').where('outcome', '=', 'denied').execute(),
    );
    expect(denied).toHaveLength(1);

    const first = await status(report.statusCode);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      reference: receipt.reference,
      status: 'received',
      melderKind: 'offentlig',
    });

    const sak = caseOf(w, 'assigned');
    const itemId = (
      await t.database.withTenant(w.tenantId, (trx) =>
        trx
          .selectFrom('inbox_item')
          .select('id')
          .where('idempotency_key', '=', report.idempotencyKey)
          .executeTakeFirstOrThrow(),
      )
    ).id;
    const mona = actor(w, 'berit');
    const registered = await withStaffAccess(t.database, mona, {}, (a) =>
      registerMelding(
        a,
        itemId,
        { children: [{ personId: sak.childId, sakId: sak.id }], melder: [], saksinnhold: [] },
        { allowSynthetic: true },
      ),
    );
    expect((await status(report.statusCode)).json().status).toBe('received');
    const today = osloDate(new Date());
    const version = (
      await t.database.withTenant(w.tenantId, (trx) =>
        trx.selectFrom('sak').select('version').where('id', '=', sak.id).executeTakeFirstOrThrow(),
      )
    ).version;
    await withStaffAccess(t.database, mona, {}, (a) =>
      recordStep(a, sak.id, {
        expectedVersion: version,
        command: parseStep({
          type: 'conclude-melding',
          meldingId: registered.registrations[0]?.meldingId,
          kode: '10',
          dato: today,
          melder: [{ kode: '23' }],
          saksinnhold: [{ kode: codesValidOn(SAKSINNHOLD, today)[0]?.code ?? '' }],
        }),
      }),
    );
    const concluded = await status(report.statusCode);
    expect(concluded.json()).toMatchObject({ status: 'no_undersokelse' });
    expect(Object.keys(concluded.json()).sort()).toEqual([
      'melderKind',
      'receivedAt',
      'reference',
      'since',
      'status',
    ]);
    const told = await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .selectFrom('melder_feedback')
        .select(['status', 'channel'])
        .where('item_id', '=', itemId)
        .orderBy('told_at')
        .execute(),
    );
    expect(told).toEqual([
      { status: 'received', channel: 'receipt' },
      { status: 'no_undersokelse', channel: 'status_page' },
    ]);
    const caseReads = await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .selectFrom('audit_event')
        .select(['actor_kind', 'fields'])
        .where('sak_id', '=', sak.id)
        .where('object_type', '=', 'sak')
        .where('actor_kind', '=', 'system')
        .execute(),
    );
    expect(caseReads.length).toBeGreaterThan(0);
  });

  it('a private reporter is told only that the report was received', async () => {
    const report = privatReport('Privat bekymring.');
    const receipt = (await post(report)).json();
    const res = await post(
      { reference: receipt.reference, statusCode: report.statusCode },
      {},
      `${url()}/status`,
    );
    expect(res.json()).toMatchObject({ status: 'received', melderKind: 'privat' });
  });

  it('gives the receipt as a PDF to the holder of the status code', async () => {
    const report = offentligReport('Kvitteringen skal ha æøå.');
    const receipt = (await post(report)).json();
    const pdf = await post(
      { reference: receipt.reference, statusCode: report.statusCode },
      {},
      `${url()}/kvittering`,
    );
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain(`kvittering-${receipt.reference}.pdf`);
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.rawPayload.toString('latin1')).toContain(receipt.reference);
    expect(pdf.rawPayload.toString('latin1')).toContain('DejaVuSans');
    const wrong = await post(
      { reference: receipt.reference, statusCode: '0000AAAA0000' },
      {},
      `${url()}/kvittering`,
    );
    expect(wrong.statusCode).toBe(404);
  });

  it('writes no name, number or words of a report to the log', () => {
    expect(logs.text).not.toContain('Kanari');
    expect(logs.text).not.toContain('Ørnulfsdotter');
    expect(logs.text).not.toContain('laerar@skule.no');
    expect(logs.lines.length).toBeGreaterThan(10);
  });
});

describe('public concern-report form: rate limit', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await createTestDatabase();
    await buildWorld(t.database);
    ({ app } = await buildTestApp(t, { env: { VERN_REPORT_RATE_LIMIT: '3' } }));
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  it('answers 429 with Retry-After past the limit per client address', async () => {
    const codes = [];
    for (let i = 0; i < 5; i++) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/public/tjenester/finnes-ikke/bekymringsmeldinger',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify(privatReport('x')),
      });
      codes.push(res.statusCode);
      if (res.statusCode === 429) expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(codes).toEqual([404, 404, 404, 429, 429]);
    const other = await app.inject({
      method: 'POST',
      url: '/api/public/tjenester/finnes-ikke/bekymringsmeldinger',
      remoteAddress: '10.1.2.3',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(privatReport('x')),
    });
    expect(other.statusCode).toBe(404);
  });
});
