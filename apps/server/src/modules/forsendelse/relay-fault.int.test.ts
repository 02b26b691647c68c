import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { buildWorld, type World } from '../../../test/support/world.js';
import { databaseDocumentStore } from '../journal/document-store.js';
import { FAKE_ORGANISATIONS as O } from './enhetsregisteret/enhetsregisteret-fake.js';
import { FakeDispatchServices } from './fake-services.js';
import { claimDue, loadMessage } from './forsendelse.queries.js';
import { relayOutbox } from './relay-outbox.js';
import { enqueueTest, relayUntilIdle, testFnr, TEST_ADDRESS, TEST_RELAY } from './test-forsendelser.js';

/**
 * The fault test's small version (the full one is apps/server/bench/forsendelse-fault.mjs): 40
 * messages while the channels fail 30 % of calls and time out 10 % (half of each after they did
 * the work), and a relay dies after claiming and sending part of a batch without recording it.
 * Afterwards each message is delivered exactly once on the channel that has it as sent, or is a
 * dead letter with a reason and delivered nowhere.
 */
describe('relay under faults and a crash', () => {
  let t: TestDatabase;
  let w: World;
  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('40 messages: each delivered exactly once or a dead letter with a reason', async () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const fakes = new FakeDispatchServices({ random });
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      const fnr = testFnr(1000 + i);
      if (i % 5 === 0) fakes.krr.reserve(fnr);
      const over =
        i % 3 === 0
          ? {
              recipient: {
                kind: 'organisasjon' as const,
                organisasjonsnummer: O.naboBarnevern,
                name: 'Nabo',
                address: null,
              },
              notificationText: 'organisasjon',
            }
          : {
              recipient: {
                kind: 'person' as const,
                fodselsnummer: fnr,
                name: `Forelder ${i}`,
                address: TEST_ADDRESS,
              },
            };
      ids.push((await enqueueTest(t.database, w, fakes, over)).id);
    }
    fakes.setFaults({ ...fakes.services.svarut.faults, failRate: 0.3, timeoutRate: 0.1 });
    let offset = 0;
    const clock = () => new Date(Date.now() + offset);
    const settings = { ...TEST_RELAY, maxAttempts: 6, batchSize: 8 };

    // a relay works for two rounds
    await relayOutbox({ database: t.database, channels: fakes.channels(), clock, random }, settings);
    await relayOutbox({ database: t.database, channels: fakes.channels(), clock, random }, settings);
    // then another claims a batch, sends part of it, and dies before recording anything
    const claims = await t.database.withTenant(w.tenantId, (trx) =>
      claimDue(trx, clock(), 10, settings.leaseMs),
    );
    expect(claims.length).toBeGreaterThan(0);
    const channels = fakes.channels();
    for (const c of claims.slice(0, Math.ceil(claims.length / 2))) {
      const m = await t.database.withTenant(w.tenantId, (trx) =>
        loadMessage(trx, w.tenantId, c.forsendelseId, databaseDocumentStore),
      );
      await channels[c.channel].send(m).catch(() => null);
    }
    // restarted: its leases run out, and the relay carries on until nothing is due
    offset += settings.leaseMs + 1000;
    const counts = await relayUntilIdle(t.database, fakes, settings, clock);
    expect(counts.found).toBeGreaterThan(0);

    const rows = await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .selectFrom('forsendelse as f')
        .innerJoin('forsendelse_outbox as o', 'o.forsendelse_id', 'f.id')
        .select(['f.id', 'f.status', 'f.status_reason', 'o.channel', 'o.state', 'o.last_error'])
        .where('f.id', 'in', ids)
        .execute(),
    );
    const deliveries = fakes.deliveryCounts();
    let delivered = 0;
    let dead = 0;
    for (const id of ids) {
      const mine = rows.filter((r) => r.id === id);
      expect(
        mine.every((r) => r.state !== 'pending'),
        `no row left pending for ${id}`,
      ).toBe(true);
      for (const r of mine) {
        const n = deliveries[r.channel][id] ?? 0;
        if (r.state === 'sent') expect(n, `${r.channel} ${id}`).toBe(1);
        else expect(n, `${r.channel} ${id} (${r.state})`).toBe(0);
      }
      const status = mine[0]?.status;
      if (status === 'dead_letter') {
        dead++;
        expect(mine[0]?.status_reason).toBeTruthy();
      } else {
        delivered++;
        expect(['sent', 'paper']).toContain(status);
      }
    }
    expect(delivered + dead).toBe(40);
    expect(delivered).toBeGreaterThan(20);
  });
});
