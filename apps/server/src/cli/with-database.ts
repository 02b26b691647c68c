import type { Config } from '../config/config.js';
import { sealAuditChains } from '../platform/audit/audit.js';
import { openDatabase, type Database } from '../platform/db/database.js';

/**
 * Opens the database for one command and closes it after. What the command wrote to the audit log
 * is sealed into the chain before it ends, so a command run while no server is up leaves nothing
 * pending; should sealing fail, the rows stay committed and the next server seals them.
 */
export async function withDatabase<T>(config: Config, fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(config.database);
  try {
    return await fn(database);
  } finally {
    await sealAuditChains(database.db).catch((error: unknown) => {
      console.error(`the audit rows of this command are kept but not sealed yet: ${String(error)}`);
    });
    await database.close();
  }
}
