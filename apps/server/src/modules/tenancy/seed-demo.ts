import { osloDate } from '@vern/domain';
import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import { runDailyForTenant } from '../worklists/daily-run.js';
import { seedDemoCases } from './demo-cases.js';
import { seedDemoDelegations } from './demo-delegations.js';
import { generateDemoPopulation } from './demo-population.js';
import { seedDemoPopulation } from './demo-seed-population.js';
import { DEMO_COLLEAGUES, DEMO_HEAD, DEMO_STAFF, DEMO_TENANT, DEMO_UNITS } from './demo-tenant.js';

/** The demo population's seed: the same seed and day give the same children, cases and ids. */
export const DEMO_SEED = 20_231;
export const DEMO_POPULATION = 300;

export interface SeedOptions {
  /** The seeding moment; the population's dates run over the three years up to it. */
  now?: Date;
  /** How many generated children with cases (0: only the hand-made demo cases). */
  population?: number;
  seed?: number;
}

export interface SeedResult {
  seeded: boolean;
  tenantId: string;
}

/** True when no service exists yet: a fresh database. */
export async function isEmpty(database: Database): Promise<boolean> {
  const row = await database.db
    .selectFrom('tenant')
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0) === 0;
}

/**
 * Creates the demo service with its units, staff, delegation table, the hand-made access demo
 * cases and a generated population (a few hundred children in every phase of the case process)
 * with their deadline rows, in one transaction, through the same tenant-scoped path and row-level security as the application.
 * One transaction keeps the guard whole: a crash half-way leaves no half demo that a restart would
 * then refuse to complete. Safe to run twice.
 */
export async function seedDemo(database: Database, options: SeedOptions = {}): Promise<SeedResult> {
  const now = options.now ?? new Date();
  // Generated before the transaction: it is pure work and keeps the transaction short.
  const population = generateDemoPopulation({
    seed: options.seed ?? DEMO_SEED,
    count: options.population ?? DEMO_POPULATION,
    today: osloDate(now),
  });
  return database.withTenant(DEMO_TENANT.id, async (trx) => {
    // The insert is the check: a second process seeding at the same moment waits on the key,
    // then finds the service there and stands down instead of failing its start.
    const created = await trx
      .insertInto('tenant')
      .values({ ...DEMO_TENANT, bydelsnummer: null, bydelsnavn: null })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!created) return { seeded: false, tenantId: DEMO_TENANT.id };
    const units = await trx
      .insertInto('unit')
      .values(DEMO_UNITS.map((name) => ({ tenant_id: DEMO_TENANT.id, name })))
      .returning(['id', 'name'])
      .execute();
    const unitId = new Map(units.map((u) => [u.name, u.id]));
    const staffId = new Map<string, string>();
    for (const staff of [...DEMO_STAFF, ...DEMO_COLLEAGUES]) {
      const user = await trx
        .insertInto('staff_user')
        .values({
          tenant_id: DEMO_TENANT.id,
          username: staff.username,
          display_name: staff.displayName,
          unit_id: unitId.get(staff.unit) ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      staffId.set(staff.username, user.id);
      await trx
        .insertInto('staff_role')
        .values(staff.roles.map((role) => ({ tenant_id: DEMO_TENANT.id, staff_user_id: user.id, role })))
        .execute();
    }
    await seedDemoDelegations(trx, DEMO_TENANT.id, staffId.get(DEMO_HEAD) ?? null);
    await seedDemoPopulation(trx, DEMO_TENANT.id, staffId, unitId, population, now);
    // Last, so the hand-made cases are the newest: they lead every list the access demo starts from.
    await seedDemoCases(trx, DEMO_TENANT.id, staffId, unitId);
    // The population is written around the case process, so its deadline rows are computed here,
    // with the day's notices and caseload: the worklists are filled from the first start.
    await runDailyForTenant(trx, DEMO_TENANT.id, osloDate(now));
    return { seeded: true, tenantId: DEMO_TENANT.id };
  });
}
