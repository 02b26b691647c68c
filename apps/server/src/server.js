import pino from 'pino';
import { MODULES } from './modules/index.js';
import { DEMO_STAFF } from './modules/tenancy/demo-tenant.js';
import { isEmpty, seedDemo } from './modules/tenancy/seed-demo.js';
import { openDatabase } from './platform/db/database.js';
import { buildApp } from './platform/http/app.js';
import { loggerOptions } from './platform/logging/logger.js';
/** Opens the database (migrating it), seeds the demo service when configured and empty, and listens. */
export async function startServer(config, options = {}) {
    const logger = options.logStream
        ? pino(loggerOptions(config.logLevel), options.logStream)
        : pino(loggerOptions(config.logLevel));
    const database = await openDatabase(config.database);
    try {
        let seeded = false;
        if (config.seedDemo && (await isEmpty(database))) {
            seeded = (await seedDemo(database)).seeded;
            logger.info({ event: 'demo-seeded' }, 'demo service created');
        }
        const app = await buildApp({ config, database, logger, staticApps: options.staticApps }, MODULES);
        await app.listen({ port: config.http.port, host: config.http.host });
        const address = app.server.address();
        const port = typeof address === 'object' && address ? address.port : config.http.port;
        const url = config.http.publicUrl.replace(/:\d+$/, `:${port}`);
        return {
            url,
            app,
            database,
            seeded,
            async close() {
                await app.close();
                await database.close();
            },
        };
    }
    catch (error) {
        await database.close();
        throw error;
    }
}
export function banner(config, server) {
    const db = config.database.kind === 'pglite'
        ? `embedded PostgreSQL (PGlite) in ${config.database.dataDir}`
        : 'PostgreSQL (DATABASE_URL)';
    const lines = [
        `Vern is running at ${server.url}/`,
        `  Staff app:       ${server.url}/`,
        `  Citizen portal:  ${server.url}/portal/`,
        `  API:             ${server.url}/api  (OpenAPI: ${server.url}/api/openapi.json)`,
        `  Database:        ${db}${server.seeded ? ' (demo service created now)' : ''}`,
    ];
    if (config.env !== 'production') {
        lines.push('  Demo staff (sign in through the development identity provider):');
        for (const s of DEMO_STAFF)
            lines.push(`    ${s.username.padEnd(8)} ${s.displayName} (${s.roles.join(', ')})`);
    }
    return `${lines.join('\n')}\n`;
}
//# sourceMappingURL=server.js.map