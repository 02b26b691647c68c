import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveryFromFiles, importFiksFiles } from '../../cli/import-fiks.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { buildWorld, type World } from '../../../test/support/world.js';
import { writeAsice } from './fiks/asic.js';
import { dropMessage, FileDropTransport } from './fiks/file-drop-transport.js';
import { BEKYMRINGSMELDING_TYPES, type BekymringsmeldingType } from './fiks/schemas.js';
import { example, examplePath, INVALID_OFFENTLIG_V2, PDF } from './fiks/test-messages.js';
import { receiveFiksMessage } from './receive-fiks-message.js';

const TYPES = Object.keys(BEKYMRINGSMELDING_TYPES) as BekymringsmeldingType[];
const json = (m: unknown) => Buffer.from(JSON.stringify(m), 'utf8');

/** Row counts of every table with a tenant, to show a refusal changes nothing but the quarantine. */
async function tableCounts(t: TestDatabase, w: World): Promise<Record<string, number>> {
  return t.database.withTenant(w.tenantId, async (trx) => {
    const tables = [
      'sak',
      'person',
      'case_event',
      'melding_detail',
      'deadline',
      'document',
      'inbox_registration',
    ];
    const out: Record<string, number> = {};
    for (const table of tables) {
      const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(
        trx,
      );
      out[table] = rows[0]?.n ?? -1;
    }
    return out;
  });
}

async function itemRows(t: TestDatabase, w: World) {
  return t.database.withTenant(w.tenantId, (trx) =>
    trx
      .selectFrom('inbox_item')
      .select(['id', 'status', 'idempotency_key', 'problems', 'channel', 'raw_content'])
      .orderBy('recorded_at')
      .execute(),
  );
}

describe('Fiks IO concern reports into the inbox', () => {
  let t: TestDatabase;
  let w: World;
  const now = new Date();
  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each(TYPES)(
    'KS example of %s imports through vern import fiks: mottatt, kept as it came',
    async (type) => {
      const suffix = type.split('bekymringsmelding.')[1];
      const pdfFile = path.join(await mkdtemp(path.join(tmpdir(), 'vern-fiks-')), 'b.pdf');
      await import('node:fs/promises').then((fs) => fs.writeFile(pdfFile, PDF));
      const run = () =>
        importFiksFiles(t.database, {
          file: examplePath(type),
          pdf: pdfFile,
          type: suffix,
          tenant: w.tenantId,
        });
      const first = await run();
      expect(first.ok, first.lines.join('\n')).toBe(true);
      expect(first.lines[0]).toMatch(/^mottatt: inbox item [0-9a-f-]{36}/);
      const again = await run();
      expect(again.lines[0]).toMatch(/^mottatt \(again\): melding-id import-/);
      const id = /inbox item ([0-9a-f-]{36})/.exec(first.lines[0] ?? '')?.[1];
      const row = (await itemRows(t, w)).find((r) => r.id === id);
      expect(row).toMatchObject({ status: 'new', channel: 'fiks_io' });
      expect(Buffer.from(row?.raw_content ?? []).equals(await readFile(examplePath(type)))).toBe(true);
      await rm(path.dirname(pdfFile), { recursive: true });
    },
  );

  it('a redelivery of the same melding-id is stored once and answered again, also when concurrent', async () => {
    const delivery = deliveryFromFiles(
      { json: json(example('no.ks.fiks.bekymringsmelding.privat.v2')), pdf: PDF },
      { messageId: 'e0e0e0e0-0000-4000-8000-000000000001', now },
    );
    const results = await Promise.all(
      [1, 2, 3].map(() => receiveFiksMessage(t.database, w.tenantId, delivery)),
    );
    expect(new Set(results.map((r) => r.itemId)).size).toBe(1);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(results.every((r) => r.reply.meldingType === 'no.ks.fiks.bekymringsmelding.mottatt.v1')).toBe(
      true,
    );
    const rows = (await itemRows(t, w)).filter((r) => r.idempotency_key === delivery.headers.meldingId);
    expect(rows).toHaveLength(1);
    const audit = await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .selectFrom('audit_event')
        .select(['actor_kind', 'fields'])
        .where('object_id', '=', rows[0]?.id ?? '')
        .execute(),
    );
    expect(audit.map((a) => a.actor_kind)).toEqual(['system', 'system', 'system']);
    expect(audit.filter((a) => a.fields.includes('duplicate'))).toHaveLength(2);
  });

  it.each(INVALID_OFFENTLIG_V2)(
    'refuses %s: feilet naming %s, quarantined, nothing else changed',
    async (name, field, change) => {
      const m = example('no.ks.fiks.bekymringsmelding.offentlig.v2');
      change(m);
      const before = await tableCounts(t, w);
      const r = await receiveFiksMessage(t.database, w.tenantId, {
        headers: {
          meldingId: `invalid-${name.replace(/[^a-z]+/g, '-')}`,
          meldingType: 'no.ks.fiks.bekymringsmelding.offentlig.v2',
          avsenderKontoId: null,
          klientMeldingId: null,
          svarPaMelding: null,
        },
        container: writeAsice([
          { name: 'bekymringsmelding.json', bytes: json(m) },
          { name: 'b.pdf', bytes: PDF },
        ]),
        receivedAt: now,
      });
      expect(r.status).toBe('quarantined');
      expect(r.reply.meldingType).toBe('no.ks.fiks.bekymringsmelding.feilet.v1');
      const body = JSON.parse(r.reply.payload?.bytes.toString('utf8') ?? '{}') as { melding: string };
      expect(body.melding).toContain(`${field}: `);
      expect(r.problems.map((p) => p.field)).toContain(field);
      const row = (await itemRows(t, w)).find((x) => x.id === r.itemId);
      expect(row?.status).toBe('quarantined');
      expect(row?.problems).toEqual(r.problems);
      expect(await tableCounts(t, w)).toEqual(before);
    },
  );

  it('a PDF that is not a PDF is refused and kept in quarantine, never served as a PDF', async () => {
    const delivery = deliveryFromFiles(
      {
        json: json(example('no.ks.fiks.bekymringsmelding.privat.v1')),
        pdf: Buffer.from('MZ this is no pdf'),
      },
      { type: 'privat.v1', now },
    );
    const r = await receiveFiksMessage(t.database, w.tenantId, delivery);
    expect(r.status).toBe('quarantined');
    expect(r.problems).toEqual([{ field: 'vedlegg.0', reason: expect.stringMatching(/^is not a PDF/) }]);
    const files = await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .selectFrom('inbox_attachment')
        .select(['media_type', 'problem'])
        .where('item_id', '=', r.itemId)
        .execute(),
    );
    expect(files).toEqual([
      { media_type: 'application/octet-stream', problem: expect.stringMatching(/^is not a PDF/) },
    ]);
  });

  it('a container that cannot be opened is quarantined with the container kept as it came', async () => {
    const r = await receiveFiksMessage(t.database, w.tenantId, {
      headers: {
        meldingId: 'broken-container-1',
        meldingType: 'no.ks.fiks.bekymringsmelding.privat.v2',
        avsenderKontoId: '11111111-2222-4333-8444-555555555555',
        klientMeldingId: null,
        svarPaMelding: null,
      },
      container: Buffer.from('garbage'),
      receivedAt: now,
    });
    expect(r.status).toBe('quarantined');
    expect(r.problems[0]?.field).toBe('container');
  });

  it('the file-drop fake delivers, answers into ut/ and acknowledges by moving to behandlet/', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'vern-drop-'));
    const container = writeAsice([
      { name: 'bekymringsmelding.json', bytes: json(example('no.ks.fiks.bekymringsmelding.offentlig.v1')) },
      { name: 'bekymringsmelding.pdf', bytes: PDF },
    ]);
    await dropMessage(
      dir,
      'a',
      { 'melding-id': 'drop-1', type: 'no.ks.fiks.bekymringsmelding.offentlig.v1' },
      container,
    );
    await dropMessage(
      dir,
      'b',
      { 'melding-id': 'drop-2', type: 'no.ks.fiks.bekymringsmelding.offentlig.v2' },
      writeAsice([{ name: 'x.json', bytes: json({}) }]),
    );
    const transport = new FileDropTransport(dir);
    const handled = await transport.deliver(
      async (d) => (await receiveFiksMessage(t.database, w.tenantId, d)).reply,
      { watch: false },
    );
    expect(handled).toBe(2);
    expect((await readdir(path.join(dir, 'ut'))).sort()).toEqual([
      'drop-1.no.ks.fiks.bekymringsmelding.mottatt.v1.json',
      'drop-2.no.ks.fiks.bekymringsmelding.feilet.v1.json',
    ]);
    expect(await readdir(path.join(dir, 'inn'))).toEqual([]);
    expect((await readdir(path.join(dir, 'behandlet'))).length).toBe(4);
    await rm(dir, { recursive: true });
  });
});
