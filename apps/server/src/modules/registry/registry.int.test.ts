import {
  codesValidOn,
  generateIdentityNumber,
  osloDate,
  registryId,
  SAKSINNHOLD,
  seededRandom,
  type CaseHistory,
} from '@vern/domain';
import type { FastifyInstance } from 'fastify';
import { XMLParser } from 'fast-xml-parser';
import { sql } from 'kysely';
import { crc32, inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionHeaders } from '../../../test/support/access-suite.js';
import { buildTestApp } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { buildWorld, type World } from '../../../test/support/world.js';
import { schemaCheckAvailable } from './xml-validation.js';
import { testConfig } from '../../../test/support/test-app.js';

/** Reads a zip as any unzip tool would (central directory, deflate, CRC-32), not through the writer. */
export function readZip(zip: Buffer): Map<string, string> {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = zip.readUInt32LE(eocd + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < zip.readUInt16LE(eocd + 10); i++) {
    expect(zip.readUInt32LE(p)).toBe(0x02014b50);
    const nameLength = zip.readUInt16LE(p + 28);
    const local = zip.readUInt32LE(p + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const content = inflateRawSync(zip.subarray(start, start + zip.readUInt32LE(p + 20)));
    expect(crc32(content)).toBe(zip.readUInt32LE(p + 16));
    files.set(zip.subarray(p + 46, p + 46 + nameLength).toString('utf8'), content.toString('utf8'));
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return files;
}

/** The value, or a failed test when it is missing. */
function must<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw new Error('expected a value');
  return value;
}

const schema = testConfig().registry;
const canValidate = schemaCheckAvailable(schema);
if (!canValidate.available) console.warn(`registry tests run without XSD validation: ${canValidate.reason}`);

type Summary = {
  id: string;
  status: string;
  fileCount: number;
  validation: string;
  elementCounts: Record<string, number>;
  problems: { file: string; line: number | null; element: string | null; reason: string }[];
};

describe('the registry export through the API', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let w: World;
  const today = osloDate(new Date());
  const saksinnhold = codesValidOn(SAKSINNHOLD, today)[0]?.code ?? '';
  const conclude = async (i: number) =>
    step(i, {
      type: 'conclude-melding',
      meldingId: must((await history(i)).meldinger[0]).id,
      kode: '10',
      saksinnhold: [{ kode: saksinnhold }],
    });
  const cases: { sakId: string; childId: string; version: number }[] = [];
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    isArray: (name, _path, _leaf, isAttribute) =>
      !isAttribute &&
      ![
        'Barnevern',
        'Sak',
        'Fagsystem',
        'Avgiver',
        'Konklusjon',
        'Lovhjemmel',
        'Kategori',
        'BarnetsMedvirkning',
        'UtvidetFrist',
      ].includes(name),
  });

  async function call(who: string, method: 'GET' | 'POST', url: string, payload?: object) {
    const headers = await sessionHeaders(t, w, who, method);
    return app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  }
  async function exportNow(body: object): Promise<Summary> {
    const res = await call('sindre', 'POST', '/api/registry/exports', body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json<Summary>();
  }
  async function download(id: string): Promise<Map<string, string>> {
    const res = await call('sindre', 'GET', `/api/registry/exports/${id}/file`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    return readZip(res.rawPayload);
  }
  async function step(i: number, command: Record<string, unknown>) {
    const c = must(cases[i]);
    const res = await call('sara', 'POST', `/api/cases/${c.sakId}/steps`, {
      expectedVersion: c.version,
      command: { dato: today, ...command },
    });
    expect(res.statusCode, res.body).toBe(201);
    c.version = res.json<{ version: number }>().version;
    return res.json<{ command: Record<string, string> }>().command;
  }

  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
    ({ app } = await buildTestApp(t));
    await t.database.withTenant(w.tenantId, (trx) =>
      sql`UPDATE tenant SET organisasjonsnummer = '999999999', kommunenavn = 'Testby' WHERE id = ${w.tenantId}`.execute(
        trx,
      ),
    );
    for (const n of [1, 2, 3]) {
      const birth = `${Number(today.slice(0, 4)) - 5 - n}-0${n}-1${n}`;
      const fnr = generateIdentityNumber(
        birth,
        n === 2 ? 'female' : 'male',
        'fodselsnummer',
        seededRandom(n),
        { synthetic: 'skatteetaten' },
      );
      const child = await t.database.withTenant(w.tenantId, (trx) =>
        trx
          .insertInto('person')
          .values({
            tenant_id: w.tenantId,
            given_name: `Eksport${n}`,
            family_name: 'Testesen',
            birth_date: birth,
            kjonn: null,
            fodselsnummer: fnr,
          })
          .returning('id')
          .executeTakeFirstOrThrow(),
      );
      const res = await call('sara', 'POST', '/api/cases', {
        childPersonId: child.id,
        melding: { receivedAt: new Date().toISOString(), channel: 'telefon', content: 'Skolen er bekymret.' },
        melder: [{ kode: '11' }],
        saksinnhold: [],
      });
      expect(res.statusCode, res.body).toBe(201);
      const c = res.json<{ sakId: string; version: number }>();
      cases.push({ sakId: c.sakId, childId: child.id, version: c.version });
    }
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  let total: Summary;
  let totalFiles: Map<string, string>;

  it('exports every case with steps as one valid file each, kept as a zip, with one audit row', async () => {
    const before = await auditCount('registry_export');
    total = await exportNow({ kind: 'total' });
    expect(total).toMatchObject({
      status: 'ready',
      fileCount: 3,
      validation: canValidate.available ? 'passed' : 'unavailable',
    });
    expect(total.elementCounts).toMatchObject({ Sak: 3, Personalia: 3, Melding: 3 });
    expect(await auditCount('registry_export')).toBe(before + 1);
    totalFiles = await download(total.id);
    expect([...totalFiles.keys()].sort()).toEqual(cases.map((c) => `${c.sakId}.xml`).sort());
  });

  it('writes what the API shows for the case (round trip through an XML parser)', async () => {
    const c = must(cases[0]);
    await conclude(0);
    const doc = parser.parse(
      (await download((await exportNow({ kind: 'total' })).id)).get(`${c.sakId}.xml`) ?? '',
    );
    const h = await history(0);
    const sak = doc.Barnevern.Sak;
    const id = (x: string) => registryId(h.sak.id, x);
    expect(sak).toMatchObject({
      Id: id(h.sak.id),
      Journalnummer: h.sak.journalnummer,
      StartDato: h.sak.startDato,
      Avsluttet: 'false',
    });
    const p = must(h.personalia[0]);
    expect(sak.Personalia).toEqual([
      {
        Id: p.id,
        StartDato: p.startDato,
        Fodselsnummer: p.fodselsnummer,
        Fodseldato: p.fodseldato,
        Kjonn: p.kjonn,
      },
    ]);
    const m = must(h.meldinger[0]);
    expect(sak.Melding).toEqual([
      {
        Id: id(m.id),
        StartDato: m.startDato,
        Melder: m.melder.map((x) => ({ Kode: x.kode })),
        Saksinnhold: m.saksinnhold.map((x) => ({ Kode: x.kode })),
        Konklusjon: { SluttDato: m.konklusjon?.sluttDato, Kode: m.konklusjon?.kode },
      },
    ]);
    expect(doc.Barnevern.Avgiver).toEqual({
      Organisasjonsnummer: '999999999',
      Kommunenummer: '9997',
      Kommunenavn: 'Testby',
    });
  });

  it('a change export sends only the changed cases, with ForrigeId and Slettet', async () => {
    const base = await exportNow({ kind: 'total' });
    const baseFiles = await download(base.id);
    const idOf = (xml: string) => parser.parse(xml).Barnevern.Id as string;
    await conclude(1);
    // The third child's number is removed: its Personalia goes, and must be reported deleted.
    await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .updateTable('person')
        .set({ fodselsnummer: null })
        .where('id', '=', must(cases[2]).childId)
        .execute(),
    );
    const change = await exportNow({ kind: 'changes', changesSince: base.id });
    expect(change).toMatchObject({ status: 'ready', fileCount: 2 });
    expect(change.elementCounts).toMatchObject({ Sak: 2, Slettet: 1 });
    const files = await download(change.id);
    expect([...files.keys()].sort()).toEqual(
      [must(cases[1]).sakId, must(cases[2]).sakId].map((s) => `${s}.xml`).sort(),
    );
    for (const [name, xml] of files)
      expect(parser.parse(xml).Barnevern.ForrigeId).toBe(idOf(must(baseFiles.get(name))));
    const third = parser.parse(must(files.get(`${must(cases[2]).sakId}.xml`))).Barnevern.Sak;
    expect(third.Personalia).toBeUndefined();
    expect(third.Slettet).toEqual([{ Id: must(cases[2]).childId, Type: 'Personalia', SluttDato: today }]);
    // Nothing changed since: an empty change export; and it continues from the newest by default.
    expect(await exportNow({ kind: 'changes' })).toMatchObject({ status: 'ready', fileCount: 0 });
  });

  it.skipIf(!canValidate.available)(
    'refuses an export with a file the XSD refuses, naming file, line, element and reason',
    async () => {
      const c = must(cases[0]);
      await t.database.withTenant(w.tenantId, (trx) =>
        sql`UPDATE sak SET history = jsonb_set(history, '{sak,journalnummer}', to_jsonb(repeat('9', 40))) WHERE id = ${c.sakId}`.execute(
          trx,
        ),
      );
      const refused = await exportNow({ kind: 'total' });
      expect(refused.status).toBe('refused');
      expect(refused.validation).toBe('failed');
      expect(refused.problems[0]).toMatchObject({ file: `${c.sakId}.xml`, line: 2, element: 'Sak' });
      expect(must(refused.problems[0]).reason).toContain("attribute 'Journalnummer'");
      expect(JSON.stringify(refused.problems)).not.toContain('9999999999');
      expect((await call('sindre', 'GET', `/api/registry/exports/${refused.id}/file`)).statusCode).toBe(404);
      const list = (await call('sindre', 'GET', '/api/registry/exports')).json<{
        items: { id: string; status: string; startedByName: string }[];
      }>();
      expect(list.items[0]).toMatchObject({
        id: refused.id,
        status: 'refused',
        startedByName: 'Sindre Testesen',
      });
    },
  );

  async function history(i: number): Promise<CaseHistory> {
    const res = await call('sara', 'GET', `/api/cases/${must(cases[i]).sakId}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ process: { history: CaseHistory } }>().process.history;
  }
  async function auditCount(action: string): Promise<number> {
    const { rows } = await t.database.withTenant(w.tenantId, (trx) =>
      sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_event WHERE action = ${action}`.execute(trx),
    );
    return rows[0]?.n ?? 0;
  }
});
