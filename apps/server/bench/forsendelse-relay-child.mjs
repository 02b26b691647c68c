#!/usr/bin/env node
// The relay process of the forsendelse fault test (forsendelse-fault.mjs starts it, kills it with
// SIGKILL at random moments and starts it again). It opens the database as the server does and runs
// the same background dispatch worker against the fake channels over HTTP; every 250 ms it prints
// `pending <n>`: outbox rows not yet sent or given up. SIGTERM stops it cleanly.
import { openPGlite, openPostgres } from '../dist/platform/db/database.js';
import { startDispatchWorker } from '../dist/modules/forsendelse/dispatch-worker.js';
import { httpChannel } from '../dist/modules/forsendelse/channels/channels.js';
import { httpKontaktregister } from '../dist/modules/forsendelse/channels/kontaktregister.js';

const env = (name) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is required`);
  return v;
};
const channelsUrl = env('FAULT_CHANNELS_URL');
const tenantId = env('FAULT_TENANT_ID');
const timeoutMs = Number(process.env.FAULT_TIMEOUT_MS ?? 400);
const database = process.env.FAULT_DATABASE_URL
  ? await openPostgres({ url: process.env.FAULT_DATABASE_URL, migrate: false, poolSize: 6 })
  : (await openPGlite({ dataDir: env('FAULT_DATA_DIR'), migrate: false })).database;
// The parent may be gone (its deadline): writing to a closed pipe must not crash the relay.
process.stdout.on('error', () => {});
const krr = httpKontaktregister(`${channelsUrl}/krr`, { timeoutMs });
const channels = {
  svarut: httpChannel('svarut', `${channelsUrl}/svarut`, { timeoutMs }),
  digital: httpChannel('digital', `${channelsUrl}/digital`, { timeoutMs, krr }),
  print: httpChannel('print', `${channelsUrl}/print`, { timeoutMs }),
};
const quiet = { error: () => {}, info: () => {}, debug: () => {}, warn: () => {} };
const worker = startDispatchWorker(database, quiet, {
  channels,
  relay: {
    maxAttempts: Number(process.env.FAULT_MAX_ATTEMPTS ?? 8),
    backoff: { baseMs: 50, maxMs: 1000 },
    // two calls (lookup and send) of at most timeoutMs each, and a margin
    leaseMs: 2 * timeoutMs + 400,
    batchSize: 25,
    concurrency: 8,
  },
  escalation: { afterDays: 365, resendAfterDays: 365 },
  relayEveryMs: 50,
  pollEveryMs: 3_600_000,
});
const report = setInterval(() => {
  database
    .withTenant(tenantId, (trx) =>
      trx
        .selectFrom('forsendelse_outbox')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('state', '=', 'pending')
        .executeTakeFirstOrThrow(),
    )
    .then((r) => process.stdout.write(`pending ${Number(r.n)}\n`))
    .catch(() => {});
}, 250);
process.stdout.write('ready\n');
process.on('SIGTERM', () => {
  clearInterval(report);
  worker
    .stop()
    .then(() => database.close())
    .then(
      () => process.exit(0),
      () => process.exit(1),
    );
});
