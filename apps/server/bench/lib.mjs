// Shared helpers for the benchmarks: start processes, run autocannon, take medians.
import { randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pino from 'pino';
import { startAuditSealer } from '../dist/platform/audit/audit-sealer.js';

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export async function waitFor(url, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Starts a node script as a child process; returns a stop function. */
export function startProcess(script, env) {
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  };
}

/** Starts the built Vern server on embedded PostgreSQL in a temporary data folder. */
export async function startVern(serverMain, extraEnv = {}) {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vern-bench-'));
  const stop = startProcess(serverMain, {
    PORT: String(port),
    VERN_DATA_DIR: dataDir,
    VERN_ENV: 'test',
    LOG_LEVEL: 'warn',
    ...extraEnv,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/api/health`);
  return {
    url,
    async stop() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function load(url, { connections = 20, duration = 5 } = {}) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration }, (err, result) => {
      if (err) return reject(err);
      if (result.non2xx > 0 || result.errors > 0)
        return reject(new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`));
      resolve({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 });
    });
  });
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

export function summarise(runs) {
  return {
    rps: median(runs.map((r) => r.rps)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
  };
}

/**
 * A bench service in its own tenant: the tenant row, one unit and one staff member with `role`,
 * inside the caller's tenant transaction. Returns the ids and the actor the use cases take.
 */
export async function seedBenchService(
  trx,
  tenantId,
  { username = 'bench', role = 'saksbehandler', kommunenummer = '9995' } = {},
) {
  await trx
    .insertInto('tenant')
    .values({
      id: tenantId,
      slug: `bench-${tenantId.slice(0, 8)}`,
      name: 'Bench',
      kind: 'kommune',
      kommunenummer,
      bydelsnummer: null,
      bydelsnavn: null,
      organisasjonsnummer: null,
    })
    .execute();
  const unit = await trx
    .insertInto('unit')
    .values({ tenant_id: tenantId, name: 'U' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const user = await trx
    .insertInto('staff_user')
    .values({ tenant_id: tenantId, username, display_name: `Bench ${username}`, unit_id: unit.id })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx.insertInto('staff_role').values({ tenant_id: tenantId, staff_user_id: user.id, role }).execute();
  const actor = {
    kind: 'staff',
    tenantId,
    staffUserId: user.id,
    username,
    displayName: `Bench ${username}`,
    roles: [role],
    unitId: unit.id,
    sessionId: randomUUID(),
  };
  return { unitId: unit.id, userId: user.id, actor };
}

/**
 * Runs fn while the audit sealer chains the audit rows every second, as a running server does, so
 * that a figure includes the cost of sealing and not only of writing audit rows. Returns fn's
 * result and how many rows were still pending at the end (sealed by stop()).
 */
export async function withAuditSealer(database, fn) {
  const sealer = startAuditSealer(database.db, pino({ level: 'warn' }));
  try {
    return await fn();
  } finally {
    await sealer.stop();
  }
}
