import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { loadConfig, type Config } from '../../src/config/config.js';
import { MODULES } from '../../src/modules/index.js';
import { buildApp, type RoutePlugin } from '../../src/platform/http/app.js';
import { loggerOptions } from '../../src/platform/logging/logger.js';
import type { TestDatabase } from './test-db.js';

/** Collects every log line the app writes, so tests can search it (e.g. for personal data). */
export class LogCapture extends Writable {
  lines: string[] = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
  get text(): string {
    return this.lines.join('\n');
  }
}

export function testConfig(env: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({ VERN_ENV: 'test', PORT: '0', VERN_SEED_DEMO: 'false', ...env });
}

/** The real app on a test database, used through fastify.inject (no socket). */
export async function buildTestApp(
  db: TestDatabase,
  options: { extraModules?: RoutePlugin[]; logLevel?: Config['logLevel']; env?: NodeJS.ProcessEnv } = {},
): Promise<{ app: FastifyInstance; logs: LogCapture }> {
  const logs = new LogCapture();
  const config = testConfig(options.env);
  const logger = pino(loggerOptions(options.logLevel ?? 'trace'), logs);
  const app = await buildApp({ config, database: db.database, logger, staticApps: false }, [
    ...MODULES,
    ...(options.extraModules ?? []),
  ]);
  await app.ready();
  return { app, logs };
}
