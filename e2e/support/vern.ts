import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, SERVER_ENTRY } from './env.js';

export interface VernServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  /** Everything the server wrote to stdout and stderr so far, interleaved, as text. */
  output(): string;
  /** The JSON log records (pino lines) on stdout so far; non-JSON lines are left out. */
  logRecords(): Record<string, unknown>[];
  /** SIGTERM, then SIGKILL after 5 s; then removes the data folder. Safe to call twice. */
  stop(): Promise<void>;
}

export interface StartVernOptions {
  /** Extra environment for the server process (overrides the defaults below). */
  env?: Record<string, string | undefined>;
  /** How long to wait for `GET /api/health` to answer 200 `{"status":"ok"}`. */
  readyTimeoutMs?: number;
}

const HOST = '127.0.0.1';
const STOP_GRACE_MS = 5_000;

/**
 * Starts the built server (`apps/server/dist/main.js`) on a free loopback port with a fresh
 * embedded-database folder, and resolves once `/api/health` says ok. The server's output is kept
 * in memory so tests can search it (e.g. for personal-data canaries that must never be logged).
 * Set VERN_E2E_ECHO=1 to also stream it to the terminal.
 */
export async function startVern(options: StartVernOptions = {}): Promise<VernServer> {
  if (!existsSync(SERVER_ENTRY)) {
    throw new Error(`${SERVER_ENTRY} not found: run npm run build first`);
  }
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'vern-e2e-'));
  const url = `http://${HOST}:${port}/`;

  const env: Record<string, string | undefined> = {
    ...process.env,
    PORT: String(port),
    HOST,
    VERN_DATA_DIR: dataDir,
    VERN_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    // The journeys run on the embedded database unless a test asks otherwise; a DATABASE_URL in
    // the developer's shell must not leak in and point them at a real database.
    DATABASE_URL: undefined,
    ...options.env,
  };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];

  const chunks: string[] = [];
  const stdoutChunks: string[] = [];
  const echo = process.env.VERN_E2E_ECHO === '1';
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const spawnFailed = new Promise<Error>((resolve) => child.once('error', resolve));
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      chunks.push(chunk);
      if (stream === child.stdout) stdoutChunks.push(chunk);
      if (echo) process.stderr.write(chunk);
    });
  }
  // A crashed test run must not leave a server behind.
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  let stopped: Promise<void> | undefined;
  const server: VernServer = {
    url,
    port,
    dataDir,
    output: () => chunks.join(''),
    logRecords: () => parseJsonLines(stdoutChunks.join('')),
    stop: () => {
      stopped ??= (async () => {
        await terminate(child, exited);
        process.removeListener('exit', killOnExit);
        await rm(dataDir, { recursive: true, force: true });
      })();
      return stopped;
    },
  };

  const timeoutMs = options.readyTimeoutMs ?? 60_000;
  const outcome = await Promise.race([
    waitForHealth(url, timeoutMs).then((ok) => (ok ? 'ready' : 'timeout')),
    exited.then(({ code, signal }) => `exited early (code ${code}, signal ${signal})`),
    spawnFailed.then((error) => `could not be started: ${error.message}`),
  ]);
  if (outcome !== 'ready') {
    await server.stop();
    const reason = outcome === 'timeout' ? `did not become healthy within ${timeoutMs / 1000} s` : outcome;
    throw new Error(
      `Vern server ${reason} (${url}api/health).\n--- server output ---\n${tail(server.output())}\n--- end ---`,
    );
  }
  return server;
}

async function waitForHealth(baseUrl: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(new URL('api/health', baseUrl), { signal: AbortSignal.timeout(2_000) });
      if (response.ok) {
        const body = (await response.json()) as { status?: unknown };
        if (body.status === 'ok') return true;
      }
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  return false;
}

async function terminate(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const graceful = await Promise.race([exited.then(() => true), sleep(STOP_GRACE_MS).then(() => false)]);
  if (!graceful) {
    child.kill('SIGKILL');
    await exited;
  }
}

/** A port that was free a moment ago. The server does not accept PORT=0, so we pick one. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

function parseJsonLines(text: string): Record<string, unknown>[] {
  const records: Record<string, unknown>[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const value: unknown = JSON.parse(line);
      if (typeof value === 'object' && value !== null) records.push(value as Record<string, unknown>);
    } catch {
      // a partial or non-JSON line
    }
  }
  return records;
}

function tail(text: string, max = 20_000): string {
  return text.length > max ? `[... ${text.length - max} characters left out ...]\n${text.slice(-max)}` : text;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
