import { Writable } from 'node:stream';
import pino from 'pino';
import { loadConfig } from '../../src/config/config.js';
import { MODULES } from '../../src/modules/index.js';
import { buildApp } from '../../src/platform/http/app.js';
import { loggerOptions } from '../../src/platform/logging/logger.js';
/** Collects every log line the app writes, so tests can search it (e.g. for personal data). */
export class LogCapture extends Writable {
    lines = [];
    _write(chunk, _enc, done) {
        this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
    }
    get text() {
        return this.lines.join('\n');
    }
}
export function testConfig(env = {}) {
    return loadConfig({ VERN_ENV: 'test', PORT: '0', VERN_SEED_DEMO: 'false', ...env });
}
/** The real app on a test database, used through fastify.inject (no socket). */
export async function buildTestApp(db, options = {}) {
    const logs = new LogCapture();
    const config = testConfig();
    const logger = pino(loggerOptions(options.logLevel ?? 'trace'), logs);
    const app = await buildApp({ config, database: db.database, logger, staticApps: false }, [
        ...MODULES,
        ...(options.extraModules ?? []),
    ]);
    await app.ready();
    return { app, logs };
}
//# sourceMappingURL=test-app.js.map