#!/usr/bin/env node
// Crash test of the public concern-report form (issue 6): N submissions from concurrent clients
// while the server process is killed with SIGKILL at random moments and started again. Each client
// keeps one idempotency key per submission and retries (network error, 5xx) until it has a receipt,
// as the portal does. Afterwards the database is read directly:
//   - every submission that got a receipt is stored exactly once, under the reference it was given;
//   - no submission is stored twice (by key and by the words of the report);
//   - every stored report has its one audit row (nothing half-written);
//   - a stored report whose client got no receipt is counted (it is allowed: the answer was lost).
// Exits 1 on any violation; prints the figures and writes bench-results/public-report-crash-<engine>.json.
//
//   npm run build && node apps/server/bench/public-report-crash.mjs            # embedded PGlite
//   BENCH_DATABASE_URL=postgres://... node apps/server/bench/public-report-crash.mjs --engine postgres
//   CRASH_SUBMISSIONS=1000 CRASH_CLIENTS=20 (defaults)
import { randomBytes, randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { sql } from 'kysely';
import { openPGlite, openPostgres } from '../dist/platform/db/database.js';
import { freePort } from './lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const SERVER = path.join(root, 'apps/server/dist/main.js');
const N = Number(process.env.CRASH_SUBMISSIONS ?? 1000);
const CLIENTS = Number(process.env.CRASH_CLIENTS ?? 20);
const engine = process.argv.includes('--engine')
  ? process.argv[process.argv.indexOf('--engine') + 1]
  : 'pglite';
const KILL_MIN_MS = Number(process.env.CRASH_KILL_MIN_MS ?? 300);
const KILL_MAX_MS = Number(process.env.CRASH_KILL_MAX_MS ?? 3000);
const DEADLINE_MS = Number(process.env.CRASH_DEADLINE_MS ?? 15 * 60_000);
const RUN = randomBytes(4).toString('hex');
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const rand = (a, b) => a + Math.random() * (b - a);

// ------------------------------------------------------------------------------ the database
let dataDir;
let pgName;
let adminUrl;
async function prepareDatabase() {
  if (engine === 'pglite') {
    dataDir = mkdtempSync(path.join(tmpdir(), 'vern-crash-'));
    return {};
  }
  const url = process.env.BENCH_DATABASE_URL;
  if (!url)
    throw new Error('--engine postgres needs BENCH_DATABASE_URL (a superuser URL of a throwaway server)');
  pgName = `vern_crash_${RUN}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${pgName}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${pgName}`;
  adminUrl = u.toString();
  return { DATABASE_URL: adminUrl };
}
async function dropDatabase() {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  if (pgName) {
    const admin = new pg.Client({ connectionString: process.env.BENCH_DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
    await admin.end();
  }
}

// ------------------------------------------------------------------------------ the server
let port;
let child = null;
let exited = null;
let dbEnv = {};
function start() {
  child = spawn(process.execPath, [SERVER], {
    cwd: root,
    env: {
      ...process.env,
      ...dbEnv,
      PORT: String(port),
      HOST: '127.0.0.1',
      VERN_ENV: 'test',
      VERN_DATA_DIR: dataDir ?? path.join(tmpdir(), 'unused'),
      LOG_LEVEL: 'error',
      VERN_REPORT_RATE_LIMIT: '0',
      VERN_DAILY_AT: 'off',
      VERN_SEED_DEMO: 'true',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const c = child;
  exited = new Promise((resolve) => c.once('exit', resolve));
}
async function healthy(timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  throw new Error('the server did not come up');
}
async function kill(signal = 'SIGKILL') {
  if (!child) return;
  child.kill(signal);
  await exited;
  child = null;
}

// ------------------------------------------------------------------------------ the clients
function submission(i) {
  return JSON.stringify({
    version: 1,
    idempotencyKey: randomUUID(),
    statusCode: [...randomBytes(12)].map((b) => CROCKFORD[b % 32]).join(''),
    lang: 'nb',
    melder: { kind: 'privat', anonymous: true },
    children: [{ name: `Barn ${i}`, estimatedAge: '9' }],
    report: { concern: `crash-${RUN}-${i}: roping om natta, æøå.` },
  });
}
const results = [];
let next = 0;
let attempts = 0;
let duplicatesAnswered = 0;
let done = 0;
async function client(slugUrl, until) {
  for (;;) {
    const i = next++;
    if (i >= N) return;
    const body = submission(i);
    const key = JSON.parse(body).idempotencyKey;
    let pause = 100;
    let receipt = null;
    while (!receipt && Date.now() < until) {
      attempts++;
      try {
        const res = await fetch(slugUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          signal: AbortSignal.timeout(10_000),
        });
        if (res.status === 201 || res.status === 200) {
          receipt = await res.json();
          if (res.status === 200) duplicatesAnswered++;
          break;
        }
        if (res.status < 500)
          throw new Error(`submission ${i}: unexpected ${res.status} ${await res.text()}`);
      } catch (error) {
        if (error instanceof Error && error.message.startsWith('submission')) throw error;
        // connection refused or reset, timeout: the server is down; try again
      }
      await sleep(rand(pause * 0.5, pause * 1.5));
      pause = Math.min(pause * 2, 2000);
    }
    results.push({ i, key, reference: receipt?.reference ?? null });
    done++;
  }
}

// ------------------------------------------------------------------------------ the run
async function main() {
  dbEnv = await prepareDatabase();
  port = await freePort();
  const t0 = Date.now();
  start();
  await healthy(300_000);
  const firstStart = ((Date.now() - t0) / 1000).toFixed(1);
  const until = Date.now() + DEADLINE_MS;
  const url = `http://127.0.0.1:${port}/api/public/tjenester/demo/bekymringsmeldinger`;
  const clients = Promise.all(Array.from({ length: CLIENTS }, () => client(url, until)));
  let kills = 0;
  let clientsDone = false;
  void clients.finally(() => (clientsDone = true));
  const restarts = [];
  const tRun = Date.now();
  while (!clientsDone) {
    const wait = rand(KILL_MIN_MS, KILL_MAX_MS);
    const t = Date.now();
    while (!clientsDone && Date.now() - t < wait) await sleep(20);
    if (clientsDone) break;
    await kill('SIGKILL');
    kills++;
    const r0 = Date.now();
    start();
    await healthy();
    restarts.push(Date.now() - r0);
    process.stderr.write(`\r  killed ${kills}x, ${done}/${N} submissions answered   `);
  }
  await clients;
  const runSeconds = (Date.now() - tRun) / 1000;
  process.stderr.write('\n');
  await kill('SIGTERM');

  // Read what was stored, straight from the database (as the app role, in the demo tenant).
  const database =
    engine === 'pglite'
      ? (await openPGlite({ dataDir })).database
      : await openPostgres({ url: adminUrl, migrate: false, poolSize: 2 });
  const tenant = await database.db
    .selectFrom('tenant')
    .select('id')
    .where('slug', '=', 'demo')
    .executeTakeFirstOrThrow();
  const rows = await database.withTenant(tenant.id, async (trx) => {
    const { rows } = await sql`
      SELECT i.id, i.idempotency_key AS key, p.reference, i.parsed ->> 'text' AS text,
             (SELECT count(*) FROM audit_event a
               WHERE a.object_id = i.id AND a.action = 'receive' AND a.fields = ARRAY['raw_content']) AS audits
        FROM inbox_item i LEFT JOIN public_report p ON p.item_id = i.id
       WHERE i.source = 'skjema' AND i.parsed ->> 'text' LIKE ${`crash-${RUN}-%`}`.execute(trx);
    return rows;
  });
  await database.close();

  const byKey = new Map();
  const byMarker = new Map();
  for (const r of rows) {
    byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
    const marker = /^crash-[0-9a-f]+-(\d+):/.exec(r.text)?.[1];
    byMarker.set(marker, (byMarker.get(marker) ?? 0) + 1);
  }
  const receipted = results.filter((r) => r.reference);
  const lostAfterReceipt = receipted.filter((r) => (byKey.get(r.key) ?? []).length !== 1);
  const wrongReference = receipted.filter((r) => byKey.get(r.key)?.[0]?.reference !== r.reference);
  const storedTwice =
    [...byMarker.values()].filter((n) => n > 1).length +
    [...byKey.values()].filter((v) => v.length > 1).length;
  const withoutReference = rows.filter((r) => !r.reference).length;
  const auditMissing = rows.filter((r) => Number(r.audits) !== 1).length;
  const storedWithoutReceipt = results.filter((r) => !r.reference && byKey.has(r.key)).length;
  const figures = {
    engine,
    submissions: N,
    clients: CLIENTS,
    kills,
    firstStartSeconds: Number(firstStart),
    medianRestartMs: restarts.length
      ? [...restarts].sort((a, b) => a - b)[Math.floor(restarts.length / 2)]
      : 0,
    runSeconds: Number(runSeconds.toFixed(1)),
    requests: attempts,
    receipts: receipted.length,
    receiptsThatWereRetriesOfAStoredReport: duplicatesAnswered,
    stored: rows.length,
    lostAfterReceipt: lostAfterReceipt.length,
    wrongReference: wrongReference.length,
    storedTwice,
    storedWithoutReceipt,
    withoutReference,
    auditRowsMissingOrDoubled: auditMissing,
  };
  console.log(JSON.stringify(figures, null, 2));
  mkdirSync(path.join(root, 'bench-results'), { recursive: true });
  writeFileSync(
    path.join(root, 'bench-results', `public-report-crash-${engine}.json`),
    JSON.stringify({ ...figures, at: new Date().toISOString(), node: process.version }, null, 2),
  );
  const ok =
    lostAfterReceipt.length === 0 &&
    wrongReference.length === 0 &&
    storedTwice === 0 &&
    withoutReference === 0 &&
    auditMissing === 0 &&
    receipted.length === N;
  if (!ok) {
    console.error('CRASH TEST FAILED');
    process.exitCode = 1;
  } else console.log(`ok: ${N} submissions, ${kills} kills, every receipt stored exactly once, none twice`);
}

try {
  await main();
} finally {
  await kill('SIGKILL').catch(() => undefined);
  await dropDatabase().catch(() => undefined);
}
