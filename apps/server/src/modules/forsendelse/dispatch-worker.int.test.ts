import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { buildWorld, type World } from '../../../test/support/world.js';
import { startDispatchWorker } from './dispatch-worker.js';
import { FakeDispatchServices } from './fake-services.js';
import { enqueueTest, testFnr, TEST_RELAY } from './test-forsendelser.js';

describe('the background dispatch worker', () => {
  let t: TestDatabase;
  let w: World;
  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('sends on its own timer, follows the status, logs no personal data, and stops cleanly', async () => {
    const fakes = new FakeDispatchServices();
    const lines: string[] = [];
    const log = (...args: unknown[]) => lines.push(JSON.stringify(args));
    const worker = startDispatchWorker(
      t.database,
      { error: log, info: log, debug: log },
      {
        channels: fakes.channels(),
        relay: TEST_RELAY,
        escalation: { afterDays: 7, resendAfterDays: 3 },
        relayEveryMs: 50,
        pollEveryMs: 50,
      },
    );
    const fnr = testFnr(501);
    const { id } = await enqueueTest(t.database, w, fakes, {
      recipient: { kind: 'person', fodselsnummer: fnr, name: 'Kanarifugl Hemmelig', address: null },
    });
    const status = () =>
      t.database.withTenant(w.tenantId, (trx) =>
        trx.selectFrom('forsendelse').select('status').where('id', '=', id).executeTakeFirstOrThrow(),
      );
    const until = Date.now() + 10_000;
    while ((await status()).status !== 'opened' && Date.now() < until)
      await new Promise((r) => setTimeout(r, 50));
    expect((await status()).status).toBe('opened');
    await worker.stop();
    expect(fakes.services.digital.deliveries(id)).toBe(1);
    const text = lines.join('\n');
    expect(text).not.toContain(fnr);
    expect(text).not.toContain('Kanarifugl');
    // stopped: nothing more is sent
    const next = await enqueueTest(t.database, w, fakes);
    await new Promise((r) => setTimeout(r, 200));
    expect(fakes.services.digital.deliveries(next.id)).toBe(0);
  });
});
