// The public concern-report form (issue 6): accepted reports per second through
// POST /api/public/tjenester/:slug/bekymringsmeldinger (HTTP, JSON parsed and checked with the
// shared schema, the idempotency lookup, the inbox item, the reference number, the feedback row and
// the audit row, committed before the answer) under 20 concurrent autocannon clients, each request
// a new report with its own key; against the floor: the same four rows written with plain INSERTs
// in one transaction per report, by 20 concurrent workers over the same pool, in the same run.
// Goal: at least 0.3 of the INSERT rate on PostgreSQL (BENCH_DATABASE_URL); PGlite for reference.
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import pino from 'pino';
import { sql } from 'kysely';
import { loadConfig } from '../dist/config/config.js';
import { MODULES } from '../dist/modules/index.js';
import { buildApp } from '../dist/platform/http/app.js';
import { migratePostgres, openPGlite, openPostgres } from '../dist/platform/db/database.js';
import { median, seedBenchService, withAuditSealer } from './lib.mjs';

const CONNECTIONS = 20;
const DURATION_S = 8;
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CONCERN =
  'Jeg hører roping og gråt fra leiligheten over meg nesten hver natt, og har sett gutten alene ute sent. '.repeat(
    6,
  );

function body() {
  return JSON.stringify({
    version: 1,
    idempotencyKey: randomUUID(),
    statusCode: [...randomBytes(12)].map((b) => CROCKFORD[b % 32]).join(''),
    lang: 'nb',
    melder: { kind: 'privat', anonymous: true },
    children: [{ name: 'Gutten i andre etasje', estimatedAge: '8', relation: 'Nabo' }],
    report: { concern: CONCERN },
  });
}

function hammer(url) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: DURATION_S,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            setupRequest: (req) => ({ ...req, body: body() }),
          },
        ],
      },
      (err, r) => {
        if (err) return reject(err);
        if (r.non2xx > 0 || r.errors > 0)
          return reject(new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`));
        resolve({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, total: r.requests.total });
      },
    );
  });
}

/** The same rows the endpoint writes, as plain INSERTs, one transaction per report. */
async function insertOne(database, tenantId) {
  const raw = Buffer.from(body());
  const parsed = JSON.stringify({
    kind: 'skjema',
    text: CONCERN,
    children: [
      {
        name: 'Gutten i andre etasje',
        fodselsnummer: null,
        birthDate: null,
        unborn: false,
        estimatedAge: '8',
        relation: 'Nabo',
        address: null,
      },
    ],
    melder: {
      name: null,
      anonymous: true,
      role: null,
      organisation: null,
      organisationNumber: null,
      phone: null,
      email: null,
    },
    kommunenummer: null,
    bydelsnummer: null,
    sentAt: null,
  });
  const id = randomUUID();
  const reference = `BM-${[...randomBytes(8)]
    .map((b) => CROCKFORD[b % 32])
    .join('')
    .replace(/^(.{4})/, '$1-')}`;
  await database.withTenant(tenantId, async (trx) => {
    await sql`INSERT INTO inbox_item (tenant_id, id, channel, source, idempotency_key, request_sha256, message_type,
        received_at, raw_content, raw_media_type, parsed, status)
      VALUES (${tenantId}, ${id}, 'digitalt_skjema', 'skjema', ${randomUUID()}, ${'0'.repeat(64)},
        'vern.bekymringsmelding.privat.v1', now(), ${raw}, 'application/json', ${parsed}::jsonb, 'new')`.execute(
      trx,
    );
    await sql`INSERT INTO public_report (tenant_id, item_id, reference, status_code_sha256, melder_kind, lang)
      VALUES (${tenantId}, ${id}, ${reference}, ${'0'.repeat(64)}, 'privat', 'nb')`.execute(trx);
    await sql`INSERT INTO melder_feedback (tenant_id, item_id, status, channel)
      VALUES (${tenantId}, ${id}, 'received', 'receipt')`.execute(trx);
    await sql`INSERT INTO audit_event (tenant_id, actor_kind, actor_roles, action, outcome, object_type, object_id, fields)
      VALUES (${tenantId}, 'system', '{}', 'receive', 'allowed', 'inbox_item', ${id}, '{raw_content}')`.execute(
      trx,
    );
  });
}

async function plainInserts(database, tenantId) {
  const times = [];
  const until = performance.now() + DURATION_S * 1000;
  const worker = async () => {
    while (performance.now() < until) {
      const t0 = performance.now();
      await insertOne(database, tenantId);
      times.push(performance.now() - t0);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const seconds = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  return {
    rps: times.length / seconds,
    p50: median(times),
    p99: times[Math.floor(times.length * 0.99) - 1] ?? 0,
  };
}

async function measure(database, label) {
  const config = loadConfig({
    VERN_ENV: 'test',
    PORT: '0',
    VERN_SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    VERN_REPORT_RATE_LIMIT: '0',
  });
  const tenantId = randomUUID();
  await database.withTenant(tenantId, (trx) => seedBenchService(trx, tenantId));
  const slug = `bench-${tenantId.slice(0, 8)}`;
  const app = await buildApp(
    { config, database, logger: pino({ level: 'warn' }), staticApps: false },
    MODULES,
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${app.server.address().port}/api/public/tjenester/${slug}/bekymringsmeldinger`;
  try {
    const [http, inserts] = await withAuditSealer(database, async () => {
      await hammer(url).catch(() => undefined); // warm-up: compile, pool, caches
      return [await hammer(url), await plainInserts(database, tenantId)];
    });
    const stored = await database.withTenant(tenantId, (trx) =>
      sql`SELECT count(*) AS n FROM inbox_item`.execute(trx),
    );
    console.log(`  (${label}: ${stored.rows[0].n} reports stored in the run)`);
    const ratio = http.rps / inserts.rps;
    return {
      rows: [
        { subject: `${label}: POST report (HTTP)`, ...http },
        { subject: `${label}: plain INSERTs, same rows`, ...inserts },
      ],
      ratios: {
        [`${label}: accepted reports/s ÷ plain INSERT reports/s`]: `${ratio.toFixed(2)} (goal ≥ 0.3: ${ratio >= 0.3 ? 'met' : 'NOT met'})`,
        [`${label}: p99 of POST report`]: `${http.p99} ms`,
      },
    };
  } finally {
    await app.close();
  }
}

export async function run({ engines = ['pglite', 'postgres'] } = {}) {
  const rows = [];
  const ratios = {};
  const add = (r) => {
    rows.push(...r.rows);
    Object.assign(ratios, r.ratios);
  };
  if (engines.includes('pglite')) {
    const { database } = await openPGlite({});
    try {
      add(await measure(database, 'PGlite'));
    } finally {
      await database.close();
    }
  }
  const url = process.env.BENCH_DATABASE_URL;
  if (url && engines.includes('postgres')) {
    await migratePostgres(url);
    const database = await openPostgres({ url, migrate: false, poolSize: 20 });
    try {
      add(await measure(database, 'PostgreSQL'));
    } finally {
      await database.close();
    }
  }
  return {
    name: 'public-report',
    unit: `POST a new report, ${CONNECTIONS} concurrent clients, ${DURATION_S} s; INSERTs by ${CONNECTIONS} workers`,
    rows,
    ratios,
  };
}
