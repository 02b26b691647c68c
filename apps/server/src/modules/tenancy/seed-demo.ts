import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import { seedDemoCases } from './demo-cases.js';
import { DEMO_STAFF, DEMO_TENANT, DEMO_UNITS } from './demo-tenant.js';

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
 * Creates the demo service with its units and staff, in one transaction, through the same
 * tenant-scoped path and row-level security as the application. Safe to run twice.
 */
export async function seedDemo(database: Database): Promise<SeedResult> {
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
    for (const staff of DEMO_STAFF) {
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
    await seedDemoCases(trx, DEMO_TENANT.id, staffId, unitId);
    return { seeded: true, tenantId: DEMO_TENANT.id };
  });
}
