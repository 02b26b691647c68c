import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/test-db.js';
async function createTenant(database, slug) {
    const id = randomUUID();
    await database.withTenant(id, async (trx) => {
        await trx
            .insertInto('tenant')
            .values({
            id,
            slug,
            name: `Tjeneste ${slug}`,
            kind: 'kommune',
            kommunenummer: '9998',
            bydelsnummer: null,
            bydelsnavn: null,
            organisasjonsnummer: null,
        })
            .execute();
        await trx
            .insertInto('unit')
            .values([
            { tenant_id: id, name: `Enhet ${slug} 1` },
            { tenant_id: id, name: `Enhet ${slug} 2` },
        ])
            .execute();
    });
    return id;
}
describe('tenancy is enforced by row-level security', () => {
    let t;
    let a;
    let b;
    beforeAll(async () => {
        t = await createTestDatabase();
        a = await createTenant(t.database, `a-${Date.now()}`);
        b = await createTenant(t.database, `b-${Date.now()}`);
    });
    afterAll(async () => t?.close());
    it('runs as the app role, which is neither superuser nor exempt from RLS', async () => {
        const { rows } = await sql `
      SELECT current_user AS user, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`.execute(t.database.db);
        expect(rows).toEqual([{ user: 'vern_app', rolsuper: false, rolbypassrls: false }]);
    });
    it("a query without any tenant filter returns only the current tenant's rows", async () => {
        const seenFromA = await t.database.withTenant(a, (trx) => trx.selectFrom('unit').select(['tenant_id', 'name']).execute());
        expect(seenFromA).toHaveLength(2);
        expect(new Set(seenFromA.map((u) => u.tenant_id))).toEqual(new Set([a]));
        const rawFromB = await t.database.withTenant(b, (trx) => sql `SELECT tenant_id FROM unit`.execute(trx));
        expect(rawFromB.rows.map((r) => r.tenant_id)).toEqual([b, b]);
    });
    it('outside a tenant context no tenant-owned row is visible at all', async () => {
        const units = await t.database.db.selectFrom('unit').selectAll().execute();
        expect(units).toEqual([]);
    });
    it('refuses to write a row into another tenant', async () => {
        await expect(t.database.withTenant(a, (trx) => trx.insertInto('unit').values({ tenant_id: b, name: 'Smuglet inn' }).execute())).rejects.toThrow(/row-level security/);
        const count = await t.database.withTenant(b, (trx) => trx
            .selectFrom('unit')
            .select(sql `count(*)`.as('n'))
            .executeTakeFirst());
        expect(count?.n).toBe(2);
    });
    it("cannot update or move another tenant's rows", async () => {
        const result = await t.database.withTenant(a, (trx) => trx.updateTable('unit').set({ name: 'Kapret' }).where('tenant_id', '=', b).execute());
        expect(result[0]?.numUpdatedRows ?? 0n).toBe(0n);
        await expect(t.database.withTenant(a, (trx) => trx.updateTable('unit').set({ tenant_id: b }).execute())).rejects.toThrow(/row-level security/);
    });
    it('lets the app role neither delete tenants nor change the schema', async () => {
        await expect(t.database.withTenant(a, (trx) => trx.deleteFrom('tenant').where('id', '=', a).execute())).rejects.toThrow(/permission denied/);
        await expect(sql `CREATE TABLE sneaky (id int)`.execute(t.database.db)).rejects.toThrow(/permission denied/);
        await expect(sql `DROP TABLE unit`.execute(t.database.db)).rejects.toThrow(/must be owner|permission denied/);
    });
    it('every table with a tenant_id column has row-level security enabled with a policy', async () => {
        const { rows } = await sql `
      SELECT c.relname AS table, c.relrowsecurity AS rls,
             (SELECT count(*) FROM pg_policies p WHERE p.tablename = c.relname AND p.schemaname = 'public')::int AS policies
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r'
         AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)`.execute(t.database.db);
        expect(rows.length).toBeGreaterThanOrEqual(3);
        for (const row of rows) {
            expect({ table: row.table, rls: row.rls, hasPolicy: row.policies > 0 }).toEqual({
                table: row.table,
                rls: true,
                hasPolicy: true,
            });
        }
    });
    it('rolls the tenant setting back with the transaction', async () => {
        await t.database.withTenant(a, async () => undefined);
        const { rows } = await sql `SELECT vern_current_tenant() AS tenant`.execute(t.database.db);
        expect(rows[0]?.tenant).toBeNull();
    });
});
//# sourceMappingURL=rls.int.test.js.map