import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../test/support/test-db.js';
import { createPGlite } from './database.js';
import { migrate, readMigrations } from './migrate.js';
function session(pg) {
    return {
        query: async (text, params) => (await pg.query(text, params)).rows,
        exec: async (text) => void (await pg.exec(text)),
    };
}
// The migrator's logic is engine-independent and is exercised here on PGlite; on PostgreSQL every
// test database is created through it (test/support/test-db.ts), so it runs there too.
describe.skipIf(testEngine() === 'postgres')('migrator', () => {
    it('applies every migration once, in order, and nothing the second time', async () => {
        const pg = await createPGlite(undefined);
        const all = await readMigrations();
        expect(all.map((m) => m.version)).toEqual(all.map((_, i) => i + 1));
        expect(await migrate(session(pg))).toHaveLength(all.length);
        expect(await migrate(session(pg))).toEqual([]);
        await pg.close();
    });
    it('refuses a migration that was edited after it was applied', async () => {
        const pg = await createPGlite(undefined);
        const all = await readMigrations();
        await migrate(session(pg), all);
        const edited = all.map((m, i) => (i === 0 ? { ...m, checksum: 'changed' } : m));
        await expect(migrate(session(pg), edited)).rejects.toThrow(/was changed after it was applied/);
        await pg.close();
    });
    it('rolls a failing migration back whole and reports which one', async () => {
        const pg = await createPGlite(undefined);
        const all = await readMigrations();
        const broken = [
            ...all,
            {
                version: all.length + 1,
                name: 'broken',
                sql: 'CREATE TABLE half_done (id int); SELECT nonsense_fn();',
                checksum: 'x',
            },
        ];
        await expect(migrate(session(pg), broken)).rejects.toThrow(/broken failed/);
        const { rows } = await pg.query(`SELECT to_regclass('half_done') AS t`);
        expect(rows).toEqual([{ t: null }]);
        await pg.close();
    });
});
//# sourceMappingURL=migrate.int.test.js.map