import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngine, type TestDatabase } from '../../../test/support/test-db.js';
import { openPostgres, type Database } from './database.js';
import { PREPARED_PER_CONNECTION } from './prepared-pool.js';

// PGlite runs in-process and plans in the same call; the pool that prepares is PostgreSQL's.
describe.skipIf(testEngine() !== 'postgres')('PostgreSQL queries prepared once per connection', () => {
  let t: TestDatabase;
  let one: Database; // a pool of one connection, so every query meets the same session

  beforeAll(async () => {
    t = await createTestDatabase();
    one = await openPostgres({ url: t.adminUrl as string, migrate: false, poolSize: 1 });
  });
  afterAll(async () => {
    await one?.close();
    await t?.close();
  });

  const preparedNamed = async (prefix: string) => {
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM pg_prepared_statements
       WHERE name LIKE 'vern\\_%' AND statement LIKE ${`${prefix}%`}`.execute(one.db);
    return rows[0]?.n ?? 0;
  };

  it('runs a parameterised query as one named statement, with each call its own parameters', async () => {
    const q = (n: number) => sql<{ v: number }>`SELECT ${n}::int + 1 AS v`.execute(one.db);
    expect((await q(1)).rows[0]?.v).toBe(2);
    expect((await q(41)).rows[0]?.v).toBe(42);
    expect((await q(-5)).rows[0]?.v).toBe(-4);
    expect(await preparedNamed('SELECT $1::int + 1')).toBe(1);
  });

  it('leaves queries without parameters unnamed', async () => {
    await sql`SELECT 7 AS seven`.execute(one.db);
    expect(await preparedNamed('SELECT 7')).toBe(0);
  });

  it(`prepares at most ${PREPARED_PER_CONNECTION} statements a connection and still answers past that`, async () => {
    for (let i = 0; i < PREPARED_PER_CONNECTION + 20; i++) {
      const { rows } = await sql<{ v: string }>`SELECT ${String(i)}::text AS ${sql.ref(`v${i}`)}`.execute(
        one.db,
      );
      expect(Object.values(rows[0] ?? {})).toEqual([String(i)]);
    }
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name LIKE 'vern\\_%'`.execute(one.db);
    expect(rows[0]?.n).toBe(PREPARED_PER_CONNECTION);
  });
});
