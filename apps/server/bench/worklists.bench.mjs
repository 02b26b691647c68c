// Worklists at scale (issue 5): a service with 20 000 cases and 200 000 deadline rows. The cases are
// spread as a service that size is staffed: 1 000 caseworkers with 20 cases each (Norwegian
// caseloads are 15–25 children a caseworker), in 50 units of 20, so a caseworker's list holds about
// 80 open deadlines, a unit's about 1 600 and the service's about 80 000. "My work" for a caseworker (GET /api/worklists/mine) and the
// leader's risk view (GET /api/worklists/team?due=overdue, GET /api/worklists/service?due=due-soon)
// through the real HTTP server (session cookie, access gateway, need-to-know filter, one audit row
// per listed case) under 50 concurrent autocannon clients, against the same list in raw SQL, one
// query at a time and from 50 concurrent clients (the floors). The server runs in this process
// (PGlite is one process's database).
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import pg from 'pg';
import pino from 'pino';
import { sql } from 'kysely';
import { loadConfig } from '../dist/config/config.js';
import { MODULES } from '../dist/modules/index.js';
import { buildApp } from '../dist/platform/http/app.js';
import { migratePostgres, openPGlite, openPostgres } from '../dist/platform/db/database.js';
import { createSession } from '../dist/platform/auth/session-store.js';
import { SESSION_COOKIE } from '../dist/platform/auth/cookies.js';
import { median, withAuditSealer } from './lib.mjs';

const CASES = 20_000;
const PER_CASE = 10;
const UNITS = 50;
const WORKERS = 1_000;
const PAGE = 25; // the staff app's page (PAGE in apps/web/src/work/worklists.ts)

async function seed(database) {
  const tenantId = randomUUID();
  await database.withTenant(tenantId, async (trx) => {
    await sql`INSERT INTO tenant (id, slug, name, kind, kommunenummer)
      VALUES (${tenantId}, ${`bench-${tenantId.slice(0, 8)}`}, 'Bench', 'kommune', '9995')`.execute(trx);
    await sql`INSERT INTO unit (tenant_id, name) SELECT ${tenantId}, 'Enhet ' || u FROM generate_series(1, ${UNITS}) u`.execute(
      trx,
    );
    // staff i = 0..59 in unit i % 6; the first of each unit leads it; one head of service
    await sql`INSERT INTO staff_user (tenant_id, username, display_name, unit_id)
      SELECT ${tenantId}, 'sb' || i, 'Saksbehandler ' || i, (SELECT id FROM unit ORDER BY name OFFSET i % ${UNITS} LIMIT 1)
        FROM generate_series(0, ${WORKERS - 1}) i`.execute(trx);
    await sql`INSERT INTO staff_user (tenant_id, username, display_name, unit_id)
      VALUES (${tenantId}, 'leder', 'Barnevernleder', (SELECT id FROM unit ORDER BY name LIMIT 1))`.execute(
      trx,
    );
    await sql`INSERT INTO staff_role (tenant_id, staff_user_id, role)
      SELECT tenant_id, id, CASE WHEN username = 'leder' THEN 'barnevernleder'
                                 WHEN substring(username from 3)::int < ${UNITS} THEN 'fagleder'
                                 ELSE 'saksbehandler' END FROM staff_user`.execute(trx);
    await sql`INSERT INTO person (tenant_id, given_name, family_name, birth_date)
      SELECT ${tenantId}, 'Barn' || i, 'Benchesen', DATE '2010-01-01' + (i % 4000)
        FROM generate_series(1, ${CASES}) i`.execute(trx);
    // case i belongs to caseworker i % WORKERS (and that caseworker's unit); every 20th is unassigned
    await sql`INSERT INTO sak (tenant_id, child_person_id, unit_id, caseworker_id)
      SELECT ${tenantId}, p.id, s.unit_id, CASE WHEN p.n % 20 = 0 THEN NULL ELSE s.id END
        FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM person) p
        JOIN (SELECT id, unit_id, substring(username from 3)::int AS k FROM staff_user WHERE username <> 'leder') s
          ON s.k = p.n % ${WORKERS}`.execute(trx);
    // ten deadlines a case, due from 60 days ago to a year ahead; 40 % still open
    await sql`INSERT INTO deadline (tenant_id, sak_id, item_id, kind, rule_id, legal_reference, element_type,
        element_id, start_date, due_date, status, explanation, owner_id, unit_id, computed_on)
      SELECT ${tenantId}, s.id, 'rule-' || k || ':' || s.id, 'undersokelse', 'undersokelse-konklusjon',
             'barnevernsloven § 2-2', 'Undersokelse', s.id::text, CURRENT_DATE - 90,
             CURRENT_DATE - 60 + ((hashtext(s.id::text || k) & 1023) % 425),
             CASE WHEN (hashtext(s.id::text || k) >> 12) & 7 < 3 OR k < 2 THEN 'open' ELSE 'met' END,
             'Undersøkelsen skal være gjennomført senest 3 måneder etter at gjennomgangsfristen gikk ut.',
             s.caseworker_id, s.unit_id, CURRENT_DATE
        FROM sak s CROSS JOIN generate_series(0, ${PER_CASE - 1}) k`.execute(trx);
  });
  return tenantId;
}

function hammer(url, cookie, { connections = 50, duration = 8 } = {}) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration, headers: { cookie } }, (err, r) => {
      if (err) return reject(err);
      if (r.non2xx > 0 || r.errors > 0)
        return reject(new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`));
      resolve({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 });
    });
  });
}

const RAW_MINE = (tenantId, me) => sql`
  SELECT d.id, d.sak_id, d.rule_id, d.legal_reference, d.due_date, d.explanation, s.journalnummer,
         c.given_name, c.family_name, u.name
    FROM deadline d JOIN sak s ON s.id = d.sak_id JOIN person c ON c.id = s.child_person_id
    JOIN unit u ON u.id = d.unit_id
   WHERE d.tenant_id = ${tenantId} AND d.owner_id = ${me} AND d.status = 'open'
     AND NOT EXISTS (SELECT 1 FROM case_block b WHERE b.sak_id = s.id AND b.staff_user_id = ${me})
   ORDER BY d.due_date, d.id LIMIT ${PAGE}`;

async function rawTimes(database, tenantId, query, n = 200) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await database.withTenant(tenantId, (trx) => query.execute(trx));
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { rps: 1000 / median(times), p50: median(times), p99: times[Math.floor(n * 0.99) - 1] };
}

/** The same query from 50 concurrent clients for `ms`: the floor at the API's own concurrency. */
async function rawUnderLoad(database, tenantId, query, { clients = 50, ms = 8000 } = {}) {
  const times = [];
  const end = performance.now() + ms;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        await database.withTenant(tenantId, (trx) => query.execute(trx));
        times.push(performance.now() - t0);
      }
    }),
  );
  times.sort((a, b) => a - b);
  return {
    rps: times.length / (ms / 1000),
    p50: median(times),
    p99: times[Math.floor(times.length * 0.99) - 1],
  };
}

async function measure(database, label, analyze) {
  const config = loadConfig({ VERN_ENV: 'test', PORT: '0', VERN_SEED_DEMO: 'false', LOG_LEVEL: 'warn' });
  const t0 = performance.now();
  const tenantId = await seed(database);
  await analyze();
  const seeded = ((performance.now() - t0) / 1000).toFixed(1);
  const staff = await database.withTenant(tenantId, (trx) =>
    trx
      .selectFrom('staff_user')
      .select(['id', 'username'])
      .where('username', 'in', ['sb77', 'sb1', 'leder'])
      .execute(),
  );
  const who = Object.fromEntries(staff.map((s) => [s.username, s.id]));
  const cookieOf = async (id) => {
    const settings = { idleMs: 3_600_000, absoluteMs: 36_000_000 };
    const s = await createSession(
      database,
      { clock: Date.now, settings },
      { kind: 'staff', tenantId, staffUserId: id },
    );
    return `${SESSION_COOKIE}=${s.token}`;
  };
  const app = await buildApp(
    { config, database, logger: pino({ level: 'warn' }), staticApps: false },
    MODULES,
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${app.server.address().port}/api`;
  try {
    // The audit sealer runs as in a server: the figures include chaining the audit rows.
    const cookies = [await cookieOf(who.sb77), await cookieOf(who.sb1), await cookieOf(who.leder)];
    const [mine, team, service] = await withAuditSealer(database, async () => [
      await hammer(`${base}/worklists/mine?limit=${PAGE}`, cookies[0]),
      await hammer(`${base}/worklists/team?due=overdue&limit=${PAGE}`, cookies[1]),
      await hammer(`${base}/worklists/service?due=due-soon&limit=${PAGE}`, cookies[2]),
    ]);
    const raw = await rawTimes(database, tenantId, RAW_MINE(tenantId, who.sb77));
    const rawLoaded = await rawUnderLoad(database, tenantId, RAW_MINE(tenantId, who.sb77));
    console.log(`  (${label}: seeded ${CASES} cases, ${CASES * PER_CASE} deadline rows in ${seeded} s)`);
    return {
      rows: [
        { subject: `${label}: my work`, ...mine },
        { subject: `${label}: team overdue`, ...team },
        { subject: `${label}: service due this week`, ...service },
        { subject: `${label}: my work, raw SQL`, ...raw },
        { subject: `${label}: my work, raw SQL, 50 concurrent clients`, ...rawLoaded },
      ],
      ratios: {
        [`${label}: my work p50 / raw SQL p50`]: (mine.p50 / raw.p50).toFixed(1),
        [`${label}: my work p50 / raw SQL p50, both under 50 clients`]: (mine.p50 / rawLoaded.p50).toFixed(1),
        [`${label}: my work p99 under 100 ms`]: mine.p99 < 100 ? 'yes' : 'no',
      },
    };
  } finally {
    await app.close();
  }
}

export async function run({ engines = ['pglite', 'postgres'] } = {}) {
  const rows = [];
  const ratios = {};
  if (engines.includes('pglite')) await pgliteRun(rows, ratios);
  const url = process.env.BENCH_DATABASE_URL;
  if (url && engines.includes('postgres')) await postgresRun(url, rows, ratios);
  return {
    name: 'worklists',
    unit: 'HTTP with 50 concurrent clients; raw SQL one query at a time',
    rows,
    ratios,
  };
}

async function pgliteRun(rows, ratios) {
  const { database, pglite } = await openPGlite({});
  try {
    const r = await measure(database, 'PGlite', () =>
      pglite
        .exec('RESET ROLE')
        .then(() => pglite.exec('VACUUM ANALYZE'))
        .then(() => pglite.exec('SET ROLE vern_app')),
    );
    rows.push(...r.rows);
    Object.assign(ratios, r.ratios);
  } finally {
    await database.close();
  }
}

async function postgresRun(url, rows, ratios) {
  await migratePostgres(url);
  const pgdb = await openPostgres({ url, migrate: false, poolSize: 20 });
  const analyze = async () => {
    const owner = new pg.Client({ connectionString: url });
    await owner.connect();
    await owner.query('VACUUM ANALYZE');
    await owner.end();
  };
  try {
    const r = await measure(pgdb, 'PostgreSQL', analyze);
    rows.push(...r.rows);
    Object.assign(ratios, r.ratios);
  } finally {
    await pgdb.close();
  }
}
