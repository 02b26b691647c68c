import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../../test/support/test-app.js';
import { createTestDatabase, testEngine, type TestDatabase } from '../../../test/support/test-db.js';
import { startServer } from '../../server.js';
import { openPostgres } from './database.js';

// Only meaningful against a real PostgreSQL server: PGlite has one built-in superuser session and
// no login roles. This file runs in the PostgreSQL pass of `npm test` (TEST_DATABASE_URL set).
describe.skipIf(testEngine() !== 'postgres')('DATABASE_URL with a least-privilege login role', () => {
  let t: TestDatabase;
  let loginUrl: string;
  let login: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    login = `vern_login_${randomBytes(4).toString('hex')}`;
    const password = randomBytes(12).toString('hex');
    const admin = new pg.Client({ connectionString: t.adminUrl });
    await admin.connect();
    await admin.query(`CREATE ROLE ${login} LOGIN PASSWORD '${password}' IN ROLE vern_app`);
    await admin.end();
    const u = new URL(t.adminUrl as string);
    u.username = login;
    u.password = password;
    loginUrl = u.toString();
  });
  afterAll(async () => {
    await t?.close();
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP ROLE IF EXISTS ${login}`);
    await admin.end();
  });

  it('serves /api/health with migrations run by the migrator and queries run as vern_app', async () => {
    const server = await startServer(
      testConfig({
        DATABASE_URL: loginUrl,
        MIGRATION_DATABASE_URL: t.adminUrl as string,
        VERN_SEED_DEMO: 'true',
        LOG_LEVEL: 'silent',
      }),
      { staticApps: false },
    );
    try {
      const res = await fetch(`${server.url.replace('localhost', '127.0.0.1')}/api/health`);
      expect(await res.json()).toEqual({ status: 'ok' });
      const { rows } = await sql<{
        session_user: string;
        current_user: string;
      }>`SELECT session_user, current_user`.execute(server.database.db);
      expect(rows[0]).toEqual({ session_user: login, current_user: 'vern_app' });
      await expect(sql`CREATE TABLE x (id int)`.execute(server.database.db)).rejects.toThrow(
        /permission denied/,
      );
      await expect(sql`SELECT * FROM schema_migrations`.execute(server.database.db)).rejects.toThrow(
        /permission denied/,
      );
    } finally {
      await server.close();
    }
  });

  it('refuses to start when the login role is not allowed to act as vern_app', async () => {
    const u = new URL(loginUrl);
    const admin = new pg.Client({ connectionString: t.adminUrl });
    await admin.connect();
    const stranger = `vern_stranger_${randomBytes(4).toString('hex')}`;
    await admin.query(`CREATE ROLE ${stranger} LOGIN PASSWORD 'pw-${stranger}'`);
    await admin.end();
    u.username = stranger;
    u.password = `pw-${stranger}`;
    await expect(
      startServer(
        testConfig({
          DATABASE_URL: u.toString(),
          MIGRATION_DATABASE_URL: t.adminUrl as string,
          LOG_LEVEL: 'silent',
        }),
        {
          staticApps: false,
        },
      ),
    ).rejects.toThrow(/cannot use the database at DATABASE_URL|permission denied to set role/);
    const cleanup = new pg.Client({ connectionString: t.adminUrl });
    await cleanup.connect();
    await cleanup.query(`DROP ROLE ${stranger}`);
    await cleanup.end();
  });

  it('survives the server ending an idle pooled connection, and the next query gets a new one', async () => {
    const database = await openPostgres({ url: t.adminUrl as string, migrate: false, poolSize: 2 });
    const uncaught: unknown[] = [];
    const onUncaught = (e: unknown) => uncaught.push(e);
    process.on('uncaughtException', onUncaught);
    try {
      const { rows } = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(database.db);
      const admin = new pg.Client({ connectionString: t.adminUrl });
      await admin.connect();
      await admin.query('SELECT pg_terminate_backend($1)', [rows[0]?.pid]);
      await admin.end();
      await new Promise((r) => setTimeout(r, 200)); // the FATAL reaches the idle connection
      const again = await sql<{ one: number }>`SELECT 1 AS one`.execute(database.db);
      expect(again.rows[0]?.one).toBe(1);
      expect(uncaught).toEqual([]);
    } finally {
      process.off('uncaughtException', onUncaught);
      await database.close();
    }
  });
});
