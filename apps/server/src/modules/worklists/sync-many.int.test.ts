import { osloDate } from '@vern/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { DEMO_TENANT } from '../tenancy/demo-tenant.js';
import { seedDemo } from '../tenancy/seed-demo.js';
import { syncDeadlines, syncManyDeadlines } from './sync-deadlines.js';

const NOW = new Date('2026-11-24T10:00:00Z');
const TODAY = osloDate(NOW);

// The bulk path (daily refresh, demo seed) must write exactly what the per-case path writes.
describe('deadline rows for many cases at once', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    // The seed computes the rows of its cases through syncManyDeadlines.
    await seedDemo(t.database, { now: NOW, population: 60 });
  });
  afterAll(() => t?.close());

  const rows = () =>
    t.database.withTenant(DEMO_TENANT.id, (trx) =>
      trx
        .selectFrom('deadline')
        .select([
          'id',
          'sak_id',
          'item_id',
          'rule_id',
          'due_date',
          'status',
          'completed_date',
          'ssb_due_date',
          'explanation',
          'owner_id',
          'unit_id',
        ])
        .orderBy('sak_id')
        .orderBy('item_id')
        .execute(),
    );
  const caseIds = () =>
    t.database.withTenant(DEMO_TENANT.id, async (trx) =>
      (await trx.selectFrom('sak').select('id').where('history', 'is not', null).execute()).map((r) => r.id),
    );

  it('gives the same rows, with the same ids, as syncing case by case, and removes stale ones', async () => {
    const bulk = await rows();
    expect(bulk.length).toBeGreaterThan(60);
    const ids = await caseIds();
    await t.database.withTenant(DEMO_TENANT.id, async (trx) => {
      for (const id of ids) await syncDeadlines(trx, id, TODAY);
    });
    expect(await rows()).toEqual(bulk);

    // A row for a deadline the case no longer has, and a case whose rows are all gone.
    const [first, second] = [...new Set(bulk.map((r) => r.sak_id))];
    await t.database.withTenant(DEMO_TENANT.id, async (trx) => {
      const like = await trx
        .selectFrom('deadline')
        .selectAll()
        .where('sak_id', '=', first ?? '')
        .executeTakeFirstOrThrow();
      const { id: _id, updated_at: _u, ...rest } = like;
      await trx
        .insertInto('deadline')
        .values({ ...rest, item_id: 'stale:gone' })
        .execute();
      await trx
        .deleteFrom('deadline')
        .where('sak_id', '=', second ?? '')
        .execute();
      await syncManyDeadlines(trx, ids, TODAY);
    });
    const after = await rows();
    expect(after.filter((r) => r.item_id === 'stale:gone')).toEqual([]);
    expect(after.filter((r) => r.sak_id !== second)).toEqual(bulk.filter((r) => r.sak_id !== second));
    expect(after.filter((r) => r.sak_id === second).map((r) => r.item_id)).toEqual(
      bulk.filter((r) => r.sak_id === second).map((r) => r.item_id),
    );
    const unsynced = await t.database.withTenant(DEMO_TENANT.id, (trx) =>
      trx
        .selectFrom('sak')
        .select('id')
        .where('history', 'is not', null)
        .where((eb) => eb('deadlines_version', 'is distinct from', eb.ref('version')))
        .execute(),
    );
    expect(unsynced).toEqual([]);
  });
});
