import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import type { Config } from './config/config.js';
import { startForsendelseWorker } from './modules/forsendelse/start-worker.js';
import { MODULES } from './modules/index.js';
import { DEMO_STAFF } from './modules/tenancy/demo-tenant.js';
import { isEmpty, seedDemo } from './modules/tenancy/seed-demo.js';
import { startDailySchedule, type DailySchedule } from './modules/worklists/daily-schedule.js';
import { startAuditSealer } from './platform/audit/audit-sealer.js';
import { openDatabase, type Database } from './platform/db/database.js';
import { buildApp, type AppDeps } from './platform/http/app.js';
import { AuthRuntime } from './platform/auth/auth-runtime.js';
import { loggerOptions } from './platform/logging/logger.js';

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  database: Database;
  seeded: boolean;
  /** The development identity provider's address, when this server started one. */
  devIdpUrl?: string;
  close(): Promise<void>;
}

/** Opens the database (migrating it), seeds the demo service when configured and empty, and listens. */
export async function startServer(
  config: Config,
  options: { logStream?: NodeJS.WritableStream; staticApps?: AppDeps['staticApps'] } = {},
): Promise<RunningServer> {
  const logger = options.logStream
    ? pino(loggerOptions(config.logLevel), options.logStream)
    : pino(loggerOptions(config.logLevel));
  const database = await openDatabase(config.database);
  const auth = new AuthRuntime(config, { logger });
  try {
    let seeded = false;
    if (config.seedDemo && (await isEmpty(database))) {
      seeded = (await seedDemo(database)).seeded;
      logger.info({ event: 'demo-seeded' }, 'demo service created');
    }
    const app = await buildApp({ config, database, logger, staticApps: options.staticApps, auth }, MODULES);
    // Chains the audit rows requests write; started before the first request, stopped after the last.
    const sealer = startAuditSealer(database.db, logger);
    await app.listen({ port: config.http.port, host: config.http.host }).catch(async (error: unknown) => {
      await sealer.stop();
      throw error;
    });
    const daily: DailySchedule | null =
      config.dailyAtMinute === null
        ? null
        : startDailySchedule(database, logger, { atMinute: config.dailyAtMinute, ranToday: seeded });
    // Sends what the outbox holds and follows its status; stopped before the database closes.
    const dispatch = startForsendelseWorker(config, database, logger);
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.http.port;
    const url = config.http.publicUrl.replace(/:\d+$/, `:${port}`);
    await auth.start({ publicUrl: url, demoStaff: DEMO_STAFF }).catch(async (error: unknown) => {
      await app.close();
      await dispatch?.stop();
      await daily?.stop();
      await sealer.stop();
      throw error;
    });
    return {
      url,
      app,
      database,
      seeded,
      devIdpUrl: auth.devIdpUrl,
      async close() {
        await app.close();
        await dispatch?.stop();
        await daily?.stop();
        await sealer.stop();
        await auth.close();
        await database.close();
      },
    };
  } catch (error) {
    await auth.close();
    await database.close();
    throw error;
  }
}

export function banner(config: Config, server: RunningServer): string {
  const db =
    config.database.kind === 'pglite'
      ? `embedded PostgreSQL (PGlite) in ${config.database.dataDir}`
      : 'PostgreSQL (DATABASE_URL)';
  const lines = [
    `Vern is running at ${server.url}/`,
    `  Staff app:       ${server.url}/`,
    `  Citizen portal:  ${server.url}/portal/`,
    `  API:             ${server.url}/api  (OpenAPI: ${server.url}/api/openapi.json)`,
    `  Database:        ${db}${server.seeded ? ' (demo service created now)' : ''}`,
  ];
  if (server.devIdpUrl) {
    lines.push(`  Dev IdP:         ${server.devIdpUrl}/  (development sign-in, no passwords)`);
  }
  if (config.env !== 'production') {
    lines.push('  Demo staff (sign in through the development identity provider):');
    for (const s of DEMO_STAFF)
      lines.push(`    ${s.username.padEnd(8)} ${s.displayName} (${s.roles.join(', ')})`);
  }
  return `${lines.join('\n')}\n`;
}
