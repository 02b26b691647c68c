import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migratePostgres, openPGlite, openPostgres } from '../../src/platform/db/database.js';
/** The engine this run tests: embedded PGlite unless VERN_TEST_ENGINE=postgres. */
export function testEngine() {
    const engine = process.env.VERN_TEST_ENGINE ?? 'pglite';
    if (engine !== 'pglite' && engine !== 'postgres')
        throw new Error(`VERN_TEST_ENGINE must be pglite or postgres, not ${engine}`);
    if (engine === 'postgres' && !process.env.TEST_DATABASE_URL) {
        throw new Error('VERN_TEST_ENGINE=postgres needs TEST_DATABASE_URL (eval "$(../shared/tools/pg-throwaway start)")');
    }
    return engine;
}
function withDatabaseName(url, name) {
    const u = new URL(url);
    u.pathname = `/${name}`;
    return u.toString();
}
/**
 * A fresh, migrated database for one test file: an in-memory PGlite, or a new database on the
 * PostgreSQL server of TEST_DATABASE_URL (dropped again on close). The returned Database runs as
 * the app role, exactly like the server.
 */
export async function createTestDatabase() {
    const engine = testEngine();
    if (engine === 'pglite') {
        const { database } = await openPGlite({});
        return { database, engine, close: () => database.close() };
    }
    const serverUrl = process.env.TEST_DATABASE_URL;
    const name = `vern_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const adminUrl = withDatabaseName(serverUrl, name);
    await migratePostgres(adminUrl);
    const database = await openPostgres({ url: adminUrl, migrate: false, poolSize: 4 });
    return {
        database,
        engine,
        adminUrl,
        async close() {
            await database.close();
            const c = new pg.Client({ connectionString: serverUrl });
            await c.connect();
            await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
            await c.end();
        },
    };
}
//# sourceMappingURL=test-db.js.map