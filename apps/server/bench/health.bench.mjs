// GET /api/health on Vern (security headers, request ids, logging, a database round trip on
// embedded PostgreSQL) against a bare Fastify route on the same machine, in alternating rounds.
import { fileURLToPath } from 'node:url';
import { freePort, load, startProcess, startVern, summarise, waitFor } from './lib.mjs';

const SERVER_MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const BARE = fileURLToPath(new URL('./bare-server.mjs', import.meta.url));

export async function run({ rounds = 3, duration = 5, connections = 20 } = {}) {
  const vern = await startVern(SERVER_MAIN);
  const barePort = await freePort();
  const stopBare = startProcess(BARE, { PORT: String(barePort) });
  const bareUrl = `http://127.0.0.1:${barePort}/api/health`;
  await waitFor(bareUrl);
  // With BENCH_DATABASE_URL (a PostgreSQL superuser URL; the app still runs as vern_app) Vern on
  // PostgreSQL is measured too.
  const pgUrl = process.env.BENCH_DATABASE_URL;
  const vernPg = pgUrl ? await startVern(SERVER_MAIN, { DATABASE_URL: pgUrl }) : undefined;
  const vernRuns = [];
  const bareRuns = [];
  const pgRuns = [];
  try {
    await load(`${vern.url}/api/health`, { connections, duration: 1 }); // warm-up
    await load(bareUrl, { connections, duration: 1 });
    for (let i = 0; i < rounds; i++) {
      vernRuns.push(await load(`${vern.url}/api/health`, { connections, duration }));
      bareRuns.push(await load(bareUrl, { connections, duration }));
      if (vernPg) pgRuns.push(await load(`${vernPg.url}/api/health`, { connections, duration }));
    }
  } finally {
    await vernPg?.stop();
    await vern.stop();
    await stopBare();
  }
  const v = summarise(vernRuns);
  const b = summarise(bareRuns);
  return {
    name: 'GET /api/health',
    unit: `median of ${rounds} rounds x ${duration} s, ${connections} connections`,
    rows: [
      { subject: 'Vern (embedded PostgreSQL)', ...v },
      ...(vernPg ? [{ subject: 'Vern (PostgreSQL)', ...summarise(pgRuns) }] : []),
      { subject: 'bare Fastify route (floor)', ...b },
    ],
    ratios: {
      'throughput Vern/floor': +(v.rps / b.rps).toFixed(3),
      'p50 latency Vern/floor': +(v.p50 / Math.max(b.p50, 0.001)).toFixed(2),
      'p99 latency Vern/floor': +(v.p99 / Math.max(b.p99, 0.001)).toFixed(2),
    },
  };
}
