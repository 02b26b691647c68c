import { mkdir, open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import type { Config } from '../../config/config.js';
import { migrate, type MigrationSession } from './migrate.js';
import { PGlitePool } from './pglite-pool.js';
import { preparingPool } from './prepared-pool.js';
import type { DB } from './schema.js';
import { OID, parseDate, parseInt8 } from './types.js';

export const APP_ROLE = 'vern_app';

export type Engine = 'pglite' | 'postgres';

export interface Database {
  readonly engine: Engine;
  /**
   * The app-role connection. Outside withTenant no tenant is set, so row-level security shows no
   * tenant-owned rows at all; use it only for tenant-free questions (health, the tenant directory).
   */
  readonly db: Kysely<DB>;
  /** Runs fn in one transaction in which row-level security admits exactly this tenant's rows. */
  withTenant<T>(tenantId: string, fn: (trx: Transaction<DB>) => Promise<T>): Promise<T>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export class DatabaseStartError extends Error {
  override name = 'DatabaseStartError';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function wrap(engine: Engine, db: Kysely<DB>, onClose: () => Promise<void>): Database {
  return {
    engine,
    db,
    async withTenant(tenantId, fn) {
      if (!UUID.test(tenantId)) throw new Error('withTenant needs a tenant uuid');
      return db.transaction().execute(async (trx) => {
        await sql`SELECT set_config('vern.tenant_id', ${tenantId}, true)`.execute(trx);
        return fn(trx);
      });
    },
    async ping() {
      await sql`SELECT 1`.execute(db);
    },
    async close() {
      await db.destroy();
      await onClose();
    },
  };
}

/** Refuses to run as a role that would make row-level security moot. */
async function assertLeastPrivilege(db: Kysely<DB>): Promise<void> {
  const { rows } = await sql<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean }>`
    SELECT rolname, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`.execute(db);
  const role = rows[0];
  if (!role || role.rolsuper || role.rolbypassrls || role.rolname !== APP_ROLE) {
    throw new DatabaseStartError(
      `the server must run as ${APP_ROLE} (no superuser, no BYPASSRLS); it runs as ${role?.rolname ?? 'unknown'}`,
    );
  }
}

// ---------- embedded PostgreSQL (PGlite) ----------

/**
 * PGlite keeps its data in one folder that exactly one process may open. A lock file with our pid
 * stops a second `npm start` or `vern migrate` from opening the same folder and corrupting it.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = path.join(dataDir, '.vern.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      // 'wx' creates the file only if it is absent: two processes cannot both take the lock.
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = Number((await readFile(lockFile, 'utf8').catch(() => '')).trim());
    if (pid && pid !== process.pid && processAlive(pid)) {
      throw new DatabaseStartError(
        `the data folder ${dataDir} is in use by another Vern process (pid ${pid})`,
      );
    }
    // a stale lock from a process that is gone (or from this one): remove it and try once more
    await rm(lockFile, { force: true });
  }
  throw new DatabaseStartError(`could not lock the data folder ${dataDir}`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function createPGlite(dataDir: string | undefined): Promise<PGlite> {
  return PGlite.create(dataDir, {
    parsers: { [OID.int8]: parseInt8, [OID.date]: parseDate },
    // Trigram similarity for person search (migration 0007); Debian has it in postgresql-contrib.
    extensions: { pg_trgm },
  });
}

function pgliteSession(pglite: PGlite): MigrationSession {
  return {
    async query(text, params) {
      return (await pglite.query<Record<string, unknown>>(text, params)).rows;
    },
    async exec(text) {
      await pglite.exec(text);
    },
  };
}

/**
 * Opens embedded PostgreSQL. Migrations run as PGlite's superuser; then the single session
 * switches to the app role for good, so every later query is subject to row-level security.
 */
export async function openPGlite(
  options: { dataDir?: string; migrate?: boolean } = {},
): Promise<{ database: Database; pglite: PGlite }> {
  let unlock = async () => {};
  if (options.dataDir) {
    await mkdir(options.dataDir, { recursive: true });
    unlock = await lockDataDir(options.dataDir);
  }
  try {
    const pglite = await createPGlite(options.dataDir);
    if (options.migrate !== false) await migrate(pgliteSession(pglite));
    await pglite.exec(`SET ROLE ${APP_ROLE}`);
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new PGlitePool(pglite) }) });
    await assertLeastPrivilege(db);
    return { database: wrap('pglite', db, unlock), pglite };
  } catch (error) {
    await unlock();
    throw error;
  }
}

/** Runs the migrations on an embedded data folder without starting the server. */
export async function migratePGlite(dataDir: string): Promise<string[]> {
  await mkdir(dataDir, { recursive: true });
  const unlock = await lockDataDir(dataDir);
  const pglite = await createPGlite(dataDir);
  try {
    return await migrate(pgliteSession(pglite));
  } finally {
    await pglite.close();
    await unlock();
  }
}

// ---------- PostgreSQL ----------

const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === OID.int8) return parseInt8;
    if (oid === OID.date) return parseDate;
    return pg.types.getTypeParser(oid, format);
  },
};

function describeConnectError(error: unknown, setting: string): DatabaseStartError {
  const e = error as { code?: string; message?: string };
  // pg's messages name host, port, user and database, never the password.
  return new DatabaseStartError(
    `cannot use the database at ${setting}: ${e.code ?? ''} ${e.message ?? String(error)}`.trim(),
  );
}

export async function migratePostgres(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url, types: pgTypes });
  try {
    await client.connect();
  } catch (error) {
    throw describeConnectError(error, 'MIGRATION_DATABASE_URL (or DATABASE_URL)');
  }
  try {
    return await migrate({
      async query(text, params) {
        return (await client.query(text, params)).rows as Record<string, unknown>[];
      },
      async exec(text) {
        await client.query(text);
      },
    });
  } finally {
    await client.end();
  }
}

/**
 * Connects to PostgreSQL. The login role in `url` should be a member of vern_app and nothing more;
 * every pooled connection switches to vern_app before its first query.
 */
export async function openPostgres(options: {
  url: string;
  migrationUrl?: string;
  poolSize?: number;
  migrate?: boolean;
}): Promise<Database> {
  if (options.migrate !== false) await migratePostgres(options.migrationUrl ?? options.url);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    types: pgTypes,
    // A connection switches to the app role before Kysely may use it.
    options: `-c role=${APP_ROLE}`,
  });
  // An idle pooled connection that the server ends (a restart, pg_terminate_backend, a failover)
  // makes the pool emit 'error'; with no listener Node would treat it as uncaught and stop the
  // whole process. pg has already dropped that connection from the pool, and the next query opens a
  // new one, so there is nothing to do here: a query that needs the database still fails on its own
  // and /api/health answers 503 while the database is away.
  pool.on('error', () => undefined);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
  try {
    await assertLeastPrivilege(db);
  } catch (error) {
    await db.destroy();
    if (error instanceof DatabaseStartError) throw error;
    throw describeConnectError(error, 'DATABASE_URL');
  }
  return wrap('postgres', db, async () => {});
}

export async function openDatabase(config: Config['database']): Promise<Database> {
  switch (config.kind) {
    case 'pglite':
      return (await openPGlite({ dataDir: config.dataDir })).database;
    case 'postgres':
      return openPostgres({
        url: config.url.reveal(),
        migrationUrl: config.migrationUrl.reveal(),
        poolSize: config.poolSize,
      });
    default: {
      const unreachable: never = config;
      throw new Error(`unknown database kind ${String(unreachable)}`);
    }
  }
}
