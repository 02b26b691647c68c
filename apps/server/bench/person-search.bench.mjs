// Person search by name over 100 000 persons: the use case through the access gateway (need-to-know
// filter, one audit row per hit) against the floor, the same trigram question asked in plain SQL.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { normalizePersonName } from '@vern/domain';
import { sql } from 'kysely';
import pg from 'pg';
import { withStaffAccess } from '../dist/platform/access/gateway.js';
import { migratePostgres, openPGlite, openPostgres } from '../dist/platform/db/database.js';
import { searchPersons } from '../dist/modules/persons/search-persons.js';
import { TOKEN_SIMILARITY_THRESHOLD } from '../dist/modules/persons/search.queries.js';
import { median, seedBenchService, withAuditSealer } from './lib.mjs';

const PERSONS = 100_000;
const CHILDREN = 40_000; // each with a case; the other 60 000 are parents related to a child

// Common Norwegian given and family names (SSB's top lists, with æøå), and some newer ones.
const GIVEN = (
  'Ola Kari Per Anne Lars Inger Knut Marit Jan Ingrid Bjørn Liv Arne Astrid Hans Berit Ole Solveig ' +
  'Øystein Åse Håkon Ørjan Sindre Nora Emma Ella Maja Olivia Frida Sara Thea Selma Hedda Tiril Ida ' +
  'Jakob Emil Noah Oliver Filip William Lucas Henrik Isak Aksel Magnus Elias Sverre Torbjørn Pål ' +
  'Kjersti Kjærsti Gøril Bjørg Tove Sølvi Mohammed Aisha Ali Fatima Agnieszka Piotr Jonas Mathilde ' +
  'Eirik Sigrid Vetle Brage Tuva Signe Even Ronja Åsne Geir Morten Terje Espen Rune Trond Hilde Heidi'
).split(' ');
const FAMILY = (
  'Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen ' +
  'Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Halvorsen ' +
  'Henriksen Lund Sørensen Jakobsen Moen Gundersen Iversen Strand Solberg Svendsen Eide Knutsen ' +
  'Martinsen Paulsen Bakken Kristoffersen Mathisen Lie Amundsen Nguyen Rasmussen Ali Lunde Solheim ' +
  'Berntsen Moe Kristensen Bakke Ødegård Næss Sæther Bråthen Løken Kjær Østby Aas Brække Høyland Vik'
).split(' ');
const QUERIES = [
  'Ola Hansen',
  'hansen ola',
  'Øystein',
  'Oeystein Johansen',
  'Kari Nilsen',
  'Ase',
  'Bjorn Larsen',
  'Ingrid',
  'Hanssen Per',
  'Kjaersti Kristiansen',
  'Ødegård',
  'Marit Bråten',
];

async function seed(database) {
  const tenantId = randomUUID();
  return database.withTenant(tenantId, async (trx) => {
    const { unitId, userId, actor } = await seedBenchService(trx, tenantId, {
      username: 'leder',
      role: 'barnevernleder',
      kommunenummer: '9994',
    });
    // Deterministic pseudo-random names in SQL: fast on both engines, no 100 000-row round trips.
    await sql`
      INSERT INTO person (tenant_id, given_name, family_name, birth_date)
      SELECT ${tenantId}::uuid,
             (${GIVEN}::text[])[(1 + (i * 7919 + i / 97) % ${GIVEN.length})::int],
             (${FAMILY}::text[])[(1 + (i * 104729 + i / 13) % ${FAMILY.length})::int]
               || CASE WHEN i % 11 = 0 THEN '-' || (${FAMILY}::text[])[(1 + (i * 31) % ${FAMILY.length})::int] ELSE '' END,
             date '1970-01-01' + ((i * 37) % 18000)::int
        FROM generate_series(1::bigint, ${PERSONS}::bigint) AS i`.execute(trx);
    await sql`
      WITH numbered AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM person)
      INSERT INTO sak (tenant_id, child_person_id, unit_id, journalnummer)
      SELECT ${tenantId}::uuid, id, ${unitId}::uuid, (2020 + n % 6)::text || '/' || n::text
        FROM numbered WHERE n <= ${CHILDREN}`.execute(trx);
    await sql`
      WITH numbered AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM person),
           children AS (SELECT id, n FROM numbered WHERE n <= ${CHILDREN})
      INSERT INTO person_relation (tenant_id, person_id, related_person_id, kind, created_by)
      SELECT ${tenantId}::uuid, c.id, p.id, CASE WHEN p.n % 2 = 0 THEN 'mor' ELSE 'far' END, ${userId}::uuid
        FROM numbered p JOIN children c ON c.n = 1 + (p.n - ${CHILDREN} - 1) % ${CHILDREN}
       WHERE p.n > ${CHILDREN}`.execute(trx);
    return { tenantId, actor };
  });
}

async function timeEach(n, fn) {
  const samples = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(QUERIES[i % QUERIES.length]);
    samples.push(performance.now() - t0);
  }
  return samples;
}

async function measure(database, label, vacuum, { rounds = 5, perRound = 24 } = {}) {
  const t0 = performance.now();
  const { tenantId, actor } = await seed(database);
  const seedMs = performance.now() - t0;
  // A bulk load is followed by autovacuum in a running database; without it the planner guesses
  // the row counts of empty tables. The bench does it itself, as the owner, on both engines.
  await vacuum();
  // The floor: the same word question in plain SQL, without need-to-know, audit or mapping.
  const raw = (q) =>
    database.withTenant(tenantId, async (trx) => {
      const words = [...new Set(normalizePersonName(q).split(' ').filter(Boolean))];
      await sql`SELECT set_config('pg_trgm.similarity_threshold', ${String(TOKEN_SIMILARITY_THRESHOLD)}, true)`.execute(
        trx,
      );
      return sql`
        WITH q AS (SELECT w, i FROM unnest(${words}::text[]) WITH ORDINALITY AS x(w, i)),
        m AS (SELECT q.i, d.token, CASE WHEN d.token = q.w THEN 1.0 WHEN d.token LIKE q.w || '%' THEN 0.9
                     ELSE similarity(d.token, q.w) END AS s
                FROM q JOIN name_token d ON d.tenant_id = ${tenantId}
                 AND (d.token = q.w OR d.token LIKE q.w || '%' OR d.token % q.w)),
        hits AS (SELECT t.person_id, m.i, max(m.s) AS s FROM m
                   JOIN person_name_token t ON t.tenant_id = ${tenantId} AND t.token = m.token GROUP BY 1, 2),
        c AS (SELECT person_id, avg(s) AS score FROM hits GROUP BY 1 HAVING count(*) = ${words.length})
        SELECT p.id, p.given_name, p.family_name, p.birth_date FROM c JOIN person p ON p.id = c.person_id
         ORDER BY c.score DESC, p.family_name, p.given_name, p.id LIMIT 20`.execute(trx);
    });
  const gated = (q) => withStaffAccess(database, actor, { requestId: 'bench' }, (a) => searchPersons(a, q));
  const check = await gated('Ola Hansen');
  if (check.length !== 20) throw new Error(`expected 20 hits for Ola Hansen, got ${check.length}`);
  await timeEach(6, raw);
  await timeEach(6, gated);
  const rawAll = [];
  const gatedAll = [];
  await withAuditSealer(database, async () => {
    for (let r = 0; r < rounds; r++) {
      rawAll.push(...(await timeEach(perRound, raw)));
      gatedAll.push(...(await timeEach(perRound, gated)));
    }
  });
  const p = (xs, q) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))];
  console.log(
    `  (${label}: seeded ${PERSONS} persons, ${CHILDREN} cases in ${(seedMs / 1000).toFixed(1)} s)`,
  );
  return [
    {
      subject: `${label}: plain SQL (floor)`,
      rps: 1000 / median(rawAll),
      p50: median(rawAll),
      p99: p(rawAll, 0.99),
    },
    {
      subject: `${label}: gateway + audit`,
      rps: 1000 / median(gatedAll),
      p50: median(gatedAll),
      p99: p(gatedAll, 0.99),
    },
  ];
}

export async function run() {
  const rows = [];
  const { database, pglite } = await openPGlite({});
  try {
    const vacuum = async () => {
      // One statement per call: VACUUM may not run inside the implicit transaction of a batch.
      await pglite.exec('RESET ROLE');
      await pglite.exec('VACUUM ANALYZE');
      await pglite.exec('SET ROLE vern_app');
    };
    rows.push(...(await measure(database, 'PGlite', vacuum)));
  } finally {
    await database.close();
  }
  if (process.env.BENCH_DATABASE_URL) {
    await migratePostgres(process.env.BENCH_DATABASE_URL);
    const pgdb = await openPostgres({ url: process.env.BENCH_DATABASE_URL, migrate: false });
    const vacuum = async () => {
      const owner = new pg.Client({ connectionString: process.env.BENCH_DATABASE_URL });
      await owner.connect();
      await owner.query('VACUUM ANALYZE');
      await owner.end();
    };
    try {
      rows.push(...(await measure(pgdb, 'PostgreSQL', vacuum)));
    } finally {
      await pgdb.close();
    }
  }
  const ratios = {};
  for (let i = 0; i < rows.length; i += 2) {
    const engine = rows[i].subject.split(':')[0];
    ratios[`${engine} p50 gateway/floor`] = +(rows[i + 1].p50 / rows[i].p50).toFixed(2);
    ratios[`${engine} p50 under 50 ms`] = rows[i + 1].p50 < 50 ? 'yes' : 'no';
  }
  return {
    name: `Person search by name over ${PERSONS} persons (head of service, ${QUERIES.length} queries in turn)`,
    unit: 'ms per search, 5 rounds x 24 searches; rps = 1000/p50',
    rows,
    ratios,
  };
}
