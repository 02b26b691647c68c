import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
/** The folder of numbered SQL migrations, the same from src/ (tests) and dist/ (runtime). */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../migrations/', import.meta.url));
const FILE = /^(\d{4})_([a-z0-9_]+)\.sql$/;
// Any constant works; it only has to be the same in every process that migrates this database.
const LOCK_KEY = 7_342_118;
export async function readMigrations(dir = MIGRATIONS_DIR) {
    const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
    const migrations = [];
    for (const file of files) {
        const m = FILE.exec(file);
        if (!m?.[1] || !m[2])
            throw new Error(`migration file name must look like 0001_name.sql: ${file}`);
        const sql = await readFile(`${dir}/${file}`, 'utf8');
        const checksum = createHash('sha256').update(sql).digest('hex');
        migrations.push({ version: Number(m[1]), name: m[2], sql, checksum });
    }
    migrations.forEach((m, i) => {
        if (m.version !== i + 1)
            throw new Error(`migrations must be numbered 0001, 0002, ... without gaps`);
    });
    return migrations;
}
/**
 * Applies the migrations not yet applied, each in its own transaction, under an advisory lock so
 * that several processes starting at once apply each migration exactly once. A migration that was
 * edited after it was applied stops the start: history is never rewritten silently.
 */
export async function migrate(session, migrations) {
    const all = migrations ?? (await readMigrations());
    await session.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    await session.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    try {
        const rows = await session.query('SELECT version, checksum FROM schema_migrations ORDER BY version');
        const applied = new Map(rows.map((r) => [Number(r.version), String(r.checksum)]));
        const done = [];
        for (const m of all) {
            const checksum = applied.get(m.version);
            if (checksum !== undefined) {
                if (checksum !== m.checksum) {
                    throw new Error(`migration ${m.version}_${m.name} was changed after it was applied; add a new one instead`);
                }
                continue;
            }
            await session.exec('BEGIN');
            try {
                await session.exec(m.sql);
                await session.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
                    m.version,
                    m.name,
                    m.checksum,
                ]);
                await session.exec('COMMIT');
            }
            catch (error) {
                await session.exec('ROLLBACK');
                throw new Error(`migration ${m.version}_${m.name} failed: ${error.message}`, {
                    cause: error,
                });
            }
            done.push(`${String(m.version).padStart(4, '0')}_${m.name}`);
        }
        return done;
    }
    finally {
        await session.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]);
    }
}
//# sourceMappingURL=migrate.js.map