// Cost of the access gateway per case read: need-to-know check (facts + pure rule), the address
// policy and one audit row with its hash-chain step, against the same data read without them (the
// case row, the address and the case-process view, i.e. everything getCase returns).
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { withStaffAccess } from '../dist/platform/access/gateway.js';
import { openPGlite, openPostgres, migratePostgres } from '../dist/platform/db/database.js';
import { findCaseRow } from '../dist/modules/cases/cases.queries.js';
import { getCase } from '../dist/modules/cases/get-case.js';
import { readPersonAddress } from '../dist/modules/persons/persons.queries.js';
import { readCaseProcess } from '../dist/modules/case-process/case-overview.js';
import { median, seedBenchService } from './lib.mjs';

async function seed(database) {
  const tenantId = randomUUID();
  return database.withTenant(tenantId, async (trx) => {
    const { unitId, userId, actor } = await seedBenchService(trx, tenantId);
    const child = await trx
      .insertInto('person')
      .values({
        tenant_id: tenantId,
        given_name: 'B',
        family_name: 'T',
        birth_date: '2015-01-01',
        fodselsnummer: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('person_address')
      .values({
        tenant_id: tenantId,
        person_id: child.id,
        street: 'Gate 1',
        postal_code: '9999',
        postal_place: 'Sted',
        municipality: null,
      })
      .execute();
    const sak = await trx
      .insertInto('sak')
      .values({ tenant_id: tenantId, child_person_id: child.id, unit_id: unitId, caseworker_id: userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { tenantId, sakId: sak.id, actor };
  });
}

async function timeEach(n, fn) {
  const samples = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

async function measure(database, label, { rounds = 5, perRound = 300 } = {}) {
  const { tenantId, sakId, actor } = await seed(database);
  const raw = () =>
    database.withTenant(tenantId, async (trx) => {
      const row = await findCaseRow(trx, sakId);
      return [
        row,
        await readPersonAddress(trx, row.childId),
        await readCaseProcess(trx, sakId, row.childId, new Date()),
      ];
    });
  const gated = () => withStaffAccess(database, actor, { requestId: 'bench' }, (a) => getCase(a, sakId));
  await timeEach(100, raw);
  await timeEach(100, gated);
  const rawAll = [];
  const gatedAll = [];
  for (let r = 0; r < rounds; r++) {
    rawAll.push(...(await timeEach(perRound, raw)));
    gatedAll.push(...(await timeEach(perRound, gated)));
  }
  const p = (xs, q) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))];
  return [
    {
      subject: `${label}: plain read (floor)`,
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
  const { database } = await openPGlite({});
  try {
    rows.push(...(await measure(database, 'PGlite')));
  } finally {
    await database.close();
  }
  if (process.env.BENCH_DATABASE_URL) {
    await migratePostgres(process.env.BENCH_DATABASE_URL);
    const pg = await openPostgres({ url: process.env.BENCH_DATABASE_URL, migrate: false });
    try {
      rows.push(...(await measure(pg, 'PostgreSQL')));
    } finally {
      await pg.close();
    }
  }
  const ratios = {};
  for (let i = 0; i < rows.length; i += 2) {
    ratios[`${rows[i].subject.split(':')[0]} p50 gateway/floor`] = +(rows[i + 1].p50 / rows[i].p50).toFixed(
      2,
    );
  }
  return {
    name: 'Case read through the access gateway (in-process, sequential)',
    unit: 'ms per read, 5 rounds x 300 reads; rps = 1000/p50',
    rows,
    ratios,
  };
}
