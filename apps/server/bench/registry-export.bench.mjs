// The national registry export of a service with 50 000 children (BENCH_REGISTRY_CHILDREN to
// change it): wall time and peak memory of a total export written as files, the same export with
// xmllint validation and the zip kept in the database (what the staff app runs), and the time
// xmllint alone takes to validate the same files (the floor: the export cannot be offered faster
// than it is checked). PGlite in a temporary data folder, or PostgreSQL at BENCH_DATABASE_URL.
import { randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import {
  applyCommand,
  CaseCommand,
  createCaseHistory,
  generateIdentityNumber,
  seededRandom,
} from '@vern/domain';
import { SYSTEM_ACTOR } from '../dist/platform/audit/audit.js';
import { migratePostgres, openPGlite, openPostgres } from '../dist/platform/db/database.js';
import { runExport } from '../dist/modules/registry/run-export.js';

const CHILDREN = Number(process.env.BENCH_REGISTRY_CHILDREN ?? 50_000);
const XSD = fileURLToPath(
  new URL('../../../../shared/reference/ssb-barnevern/Barnevern_v4.xsd', import.meta.url),
);
const day = (base, n) => new Date(Date.parse(base) + n * 86_400_000).toISOString().slice(0, 10);
const hjemmel = { lov: 'BVL2021', kapittel: '3', paragraf: '1', ledd: [], bokstav: [], punktum: [] };

/** Histories of increasing depth built by the domain's own state machine, one per phase. */
function templates() {
  const start = '2025-02-03';
  const steps = [
    {
      type: 'receive-melding',
      meldingId: 'm1',
      dato: start,
      melder: [{ kode: '11' }],
      saksinnhold: [{ kode: '21' }],
    },
    {
      type: 'open-undersokelse',
      meldingId: 'm1',
      undersokelseId: 'u1',
      dato: day(start, 5),
      melder: [],
      saksinnhold: [],
    },
    {
      type: 'add-plan',
      planId: 'p1',
      plantype: '7',
      fra: { type: 'Undersokelse', id: 'u1' },
      dato: day(start, 5),
    },
    {
      type: 'conclude-undersokelse',
      undersokelseId: 'u1',
      dato: day(start, 60),
      kode: '1',
      vedtaksgrunnlag: [{ kode: '21' }],
    },
    { type: 'end-plan', planId: 'p1', dato: day(start, 60) },
    {
      type: 'decide-vedtak',
      vedtakId: 'v1',
      dato: day(start, 62),
      lovhjemmel: hjemmel,
      jmfrLovhjemmel: [],
      status: '1',
      undersokelseId: 'u1',
    },
    {
      type: 'start-tiltak',
      tiltakId: 't1',
      vedtakId: 'v1',
      dato: day(start, 65),
      kategori: { kode: '3.2' },
      tiltaksgrunnlag: [{ kode: '21' }],
    },
    {
      type: 'add-plan',
      planId: 'p2',
      plantype: '1',
      fra: { type: 'Tiltak', id: 't1' },
      dato: day(start, 65),
    },
    { type: 'evaluate-plan', planId: 'p2', dato: day(start, 200) },
  ];
  let h = createCaseHistory({ sakId: 'template', journalnummer: '2025/0', startDato: start });
  const out = [];
  for (const input of steps) {
    const r = applyCommand(h, CaseCommand.parse(input), '2026-01-15');
    if (!r.ok) throw new Error(`${input.type}: ${JSON.stringify(r.errors)}`);
    h = r.history;
    if (['receive-melding', 'add-plan', 'decide-vedtak', 'evaluate-plan'].includes(input.type))
      out.push(JSON.stringify(h));
  }
  return out;
}

async function seed(database, tenantId) {
  const t0 = performance.now();
  const shapes = templates();
  const random = seededRandom(2025);
  const taken = new Set();
  await database.withTenant(tenantId, async (trx) => {
    await trx
      .insertInto('tenant')
      .values({
        id: tenantId,
        slug: `bench-${tenantId.slice(0, 8)}`,
        name: 'Barneverntjenesten i Benk kommune',
        kind: 'kommune',
        kommunenummer: '9995',
        bydelsnummer: null,
        bydelsnavn: null,
        organisasjonsnummer: '999999999',
      })
      .execute();
  });
  const unit = await database.withTenant(tenantId, (trx) =>
    trx
      .insertInto('unit')
      .values({ tenant_id: tenantId, name: 'U' })
      .returning('id')
      .executeTakeFirstOrThrow(),
  );
  const BATCH = 1000;
  for (let from = 0; from < CHILDREN; from += BATCH) {
    const persons = [];
    const saks = [];
    for (let i = from; i < Math.min(CHILDREN, from + BATCH); i++) {
      const fresh = new Map();
      const ids = (id) => fresh.get(id) ?? fresh.set(id, randomUUID()).get(id);
      const birth = day('2008-01-01', Math.floor(random() * 6200));
      let fnr;
      do
        fnr = generateIdentityNumber(birth, random() < 0.5 ? 'male' : 'female', 'fodselsnummer', random, {
          synthetic: 'skatteetaten',
        });
      while (taken.has(fnr));
      taken.add(fnr);
      const personId = randomUUID();
      const sakId = randomUUID();
      const journalnummer = `2025/${i + 1}`;
      // Element ids are UUIDs, as the server names them: the template's ids replaced per child.
      const shape = JSON.parse(
        shapes[i % shapes.length].replace(
          /"(id|fraId|tilId)":"([^"]+)"/g,
          (_m, key, id) => `"${key}":"${ids(id)}"`,
        ),
      );
      persons.push({
        id: personId,
        tenant_id: tenantId,
        given_name: 'Benk',
        family_name: `Barn ${i}`,
        birth_date: birth,
        fodselsnummer: fnr,
      });
      saks.push({
        id: sakId,
        tenant_id: tenantId,
        child_person_id: personId,
        unit_id: unit.id,
        journalnummer,
        start_date: shape.sak.startDato,
        history: JSON.stringify({ ...shape, sak: { ...shape.sak, id: sakId, journalnummer } }),
        version: 1,
      });
    }
    await database.withTenant(tenantId, async (trx) => {
      await trx.insertInto('person').values(persons).execute();
      await trx.insertInto('sak').values(saks).execute();
    });
  }
  return (performance.now() - t0) / 1000;
}

/** Runs fn while sampling RSS and heap every 25 ms; returns the wall time and the peaks. */
async function measured(fn) {
  const base = process.memoryUsage();
  let rss = base.rss;
  let heap = base.heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  }, 25);
  const t0 = performance.now();
  const result = await fn();
  const ms = performance.now() - t0;
  clearInterval(timer);
  return { result, ms, peakRssMb: rss / 2 ** 20, peakHeapMb: heap / 2 ** 20, baseRssMb: base.rss / 2 ** 20 };
}

export async function run() {
  let database;
  let cleanup = async () => {};
  let engine = 'PGlite (data folder on disk)';
  if (process.env.BENCH_DATABASE_URL) {
    await migratePostgres(process.env.BENCH_DATABASE_URL);
    database = await openPostgres({ url: process.env.BENCH_DATABASE_URL, migrate: false });
    engine = 'PostgreSQL';
    cleanup = () => database.close();
  } else {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'vern-bench-registry-'));
    ({ database } = await openPGlite({ dataDir }));
    cleanup = async () => {
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const tenantId = randomUUID();
  const seedSeconds = await seed(database, tenantId);
  const out = mkdtempSync(path.join(tmpdir(), 'vern-bench-registry-out-'));
  const base = {
    tenantId,
    kind: 'total',
    via: 'cli',
    auditActor: SYSTEM_ACTOR(tenantId),
    requestId: null,
    allowSyntheticNumbers: true,
  };
  try {
    // 1. The export alone: files written, no validation (xmllint path that does not exist).
    const files = await measured(() =>
      runExport(database, {
        ...base,
        now: new Date(),
        schema: { xmllint: '/nonexistent/xmllint', xsdPath: XSD },
        target: { kind: 'folder', dir: out },
      }),
    );
    if (files.result.fileCount !== CHILDREN)
      throw new Error(`exported ${files.result.fileCount} of ${CHILDREN}`);
    // 2. xmllint alone over the same files, in the export's batches of 500.
    const names = readdirSync(out).filter((n) => n.endsWith('.xml'));
    const t0 = performance.now();
    for (let i = 0; i < names.length; i += 500) {
      const r = spawnSync(
        'xmllint',
        ['--noout', '--schema', XSD, ...names.slice(i, i + 500).map((n) => path.join(out, n))],
        { stdio: 'ignore' },
      );
      if (r.status !== 0) throw new Error(`xmllint found invalid files in batch ${i / 500}`);
    }
    const xmllintMs = performance.now() - t0;
    // 3. What the staff app runs: validated, zipped into the database.
    const zipped = await measured(() =>
      runExport(database, {
        ...base,
        via: 'api',
        now: new Date(),
        schema: { xmllint: 'xmllint', xsdPath: XSD },
        target: { kind: 'zip' },
      }),
    );
    if (zipped.result.validation !== 'passed') throw new Error(`validation ${zipped.result.validation}`);
    const row = (subject, m) => ({ subject, rps: (CHILDREN / m.ms) * 1000, p50: m.ms, p99: m.ms });
    return {
      name: `Registry export of ${CHILDREN} children on ${engine} (seeded in ${seedSeconds.toFixed(0)} s)`,
      unit: 'one run each; rps = children per second, p50 = p99 = wall ms',
      rows: [
        row('export to files (no validation)', files),
        row('xmllint alone on the same files', { ms: xmllintMs }),
        row('export + xmllint + zip in database', zipped),
      ],
      ratios: {
        'export time / xmllint time': +(files.ms / xmllintMs).toFixed(2),
        'full export (validated, zipped) / xmllint time': +(zipped.ms / xmllintMs).toFixed(2),
        'peak RSS MB, export to files (goal < 300)': Math.round(files.peakRssMb),
        'peak RSS MB, validated zip export (goal < 300)': Math.round(zipped.peakRssMb),
        'RSS MB before the exports (database engine and seed)': Math.round(files.baseRssMb),
        'peak JS heap MB, validated zip export': Math.round(zipped.peakHeapMb),
        'process maxRSS MB (whole run, seeding included)': Math.round(process.resourceUsage().maxRSS / 1024),
        'zip MB': +((zipped.result.zipBytes ?? 0) / 2 ** 20).toFixed(1),
      },
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
    await cleanup();
  }
}
