import type { Transaction } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { actor, buildWorld, type World } from '../../../test/support/world.js';
import type { DB } from '../../platform/db/schema.js';
import type { AppError } from '../../platform/errors.js';
import { NO_FAULTS } from './channels/fake-faults.js';
import { FAKE_ORGANISATIONS as O } from './enhetsregisteret/enhetsregisteret-fake.js';
import { enqueueForsendelse } from './enqueue-forsendelse.js';
import { FakeDispatchServices } from './fake-services.js';
import { pollStatuses } from './poll-status.js';
import { relayOutbox } from './relay-outbox.js';
import {
  enqueueTest,
  relayUntilIdle,
  testFnr,
  testLetter,
  TEST_ADDRESS,
  TEST_RELAY,
} from './test-forsendelser.js';

const DAY = 86_400_000;

describe('forsendelse: enqueue, relay, status, escalation', () => {
  let t: TestDatabase;
  let w: World;
  let fakes: FakeDispatchServices;
  // Real time plus what a test moved it on: rows get the database's now() when they are queued.
  let offset = 0;
  const clock = () => new Date(Date.now() + offset);
  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
  });
  afterAll(async () => {
    await t?.close();
  });
  beforeEach(() => {
    offset = 0;
    fakes = new FakeDispatchServices({ clock });
  });

  const inTenant = <T>(fn: (trx: Transaction<DB>) => Promise<T>) => t.database.withTenant(w.tenantId, fn);
  const row = (id: string) =>
    inTenant((trx) =>
      trx.selectFrom('forsendelse').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
    );
  const events = async (id: string) =>
    (
      await inTenant((trx) =>
        trx
          .selectFrom('forsendelse_event')
          .select(['kind', 'channel', 'detail'])
          .where('forsendelse_id', '=', id)
          .orderBy('at')
          .orderBy('seq')
          .execute(),
      )
    ).map((e) => e.kind);
  const outbox = (id: string) =>
    inTenant((trx) =>
      trx
        .selectFrom('forsendelse_outbox')
        .selectAll()
        .where('forsendelse_id', '=', id)
        .orderBy('created_at')
        .execute(),
    );
  const notifications = (id: string) =>
    inTenant((trx) =>
      trx
        .selectFrom('notification')
        .select(['kind', 'recipient_id', 'sak_id'])
        .where('ref_id', '=', id)
        .execute(),
    );
  const poll = () =>
    pollStatuses(
      { database: t.database, channels: fakes.channels(), clock },
      { batchSize: 200, escalation: { afterDays: 7, resendAfterDays: 3 } },
    );
  const refusal = (p: Promise<unknown>) =>
    p.then(
      () => null,
      (e: unknown) => e as AppError,
    );

  it('writes the forsendelse, its document with SHA-256, the outbox row and the first event in the caller transaction', async () => {
    const { id } = await enqueueTest(t.database, w, fakes);
    const f = await row(id);
    expect(f).toMatchObject({
      status: 'queued',
      recipient_kind: 'person',
      confidential: true,
      created_by: actor(w, 'sara').staffUserId,
    });
    expect(f.notification_text).toMatch(/innkalling fra barneverntjenesten/);
    const docs = await inTenant((trx) =>
      trx.selectFrom('forsendelse_document').selectAll().where('forsendelse_id', '=', id).execute(),
    );
    expect(docs).toHaveLength(1);
    expect(docs[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await outbox(id)).map((o) => [o.channel, o.state])).toEqual([['digital', 'pending']]);
    expect(await events(id)).toEqual(['queued']);
  });

  it('a rolled-back business change takes its outgoing message with it', async () => {
    const before = await inTenant((trx) =>
      trx
        .selectFrom('forsendelse_outbox')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    );
    await t.database
      .withTenant(w.tenantId, async (trx) => {
        await enqueueForsendelse(trx, testLetter(w), { enhetsregisteret: fakes.register });
        throw new Error('the business change failed');
      })
      .catch(() => null);
    const after = await inTenant((trx) =>
      trx
        .selectFrom('forsendelse_outbox')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    );
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('refuses a free notification text (case content) with the field, writing nothing', async () => {
    const e = await refusal(
      enqueueTest(t.database, w, fakes, {
        notificationText: 'Vedtak om omsorgsovertakelse for Barn-assigned',
      }),
    );
    expect(e?.code).toBe('VALIDATION_FAILED');
    expect(e?.details[0]?.field).toBe('forsendelse.notificationText');
  });

  it('refuses documents that are not PDFs and a bad fødselsnummer, naming the fields', async () => {
    const e = await refusal(
      enqueueTest(t.database, w, fakes, {
        documents: [
          {
            filename: 'x.pdf',
            mediaType: 'application/pdf',
            bytes: new TextEncoder().encode('MZ not a pdf'),
          },
        ],
      }),
    );
    expect(e?.details.map((d) => d.field)).toEqual(['forsendelse.documents.0.bytes']);
    const f = await refusal(
      enqueueTest(t.database, w, fakes, {
        recipient: { kind: 'person', fodselsnummer: '12345678901', name: 'X', address: null },
      }),
    );
    expect(f?.details[0]?.field).toBe('forsendelse.recipient.fodselsnummer');
  });

  describe('organisation recipients are checked against Enhetsregisteret', () => {
    const org = (organisasjonsnummer: string) => ({
      recipient: {
        kind: 'organisasjon' as const,
        organisasjonsnummer,
        name: 'Som saksbehandleren skrev det',
        address: null,
      },
      notificationText: 'organisasjon',
    });
    it.each([
      ['deleted', O.deleted, 'SLETTET'],
      ['bankrupt', O.bankrupt, 'KONKURS'],
      ['wound-up', O.woundUp, 'UNDER_AVVIKLING'],
      ['forcibly dissolved', O.dissolved, 'UNDER_TVANGSAVVIKLING'],
    ])('a %s organisation is refused with the reason and nothing is written', async (_what, orgnr, code) => {
      const count = () =>
        inTenant((trx) =>
          trx
            .selectFrom('forsendelse')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow(),
        );
      const before = Number((await count()).n);
      const e = await refusal(enqueueTest(t.database, w, fakes, org(orgnr)));
      expect(e?.code).toBe('VALIDATION_FAILED');
      expect(e?.details[0]).toMatchObject({ field: 'forsendelse.recipient.organisasjonsnummer', code });
      expect(Number((await count()).n)).toBe(before);
    });
    it('a mistyped number is refused by its check digit', async () => {
      const e = await refusal(enqueueTest(t.database, w, fakes, org('910000005')));
      expect(e?.details[0]).toMatchObject({
        field: 'forsendelse.recipient.organisasjonsnummer',
        code: 'CHECK_DIGIT',
      });
    });
    it('a valid one passes with its registered name and postal address, and goes through SvarUt', async () => {
      const { id } = await enqueueTest(t.database, w, fakes, org(O.naboBarnevern));
      const f = await row(id);
      expect(f.recipient_name).toBe('NABO KOMMUNE BARNEVERNTJENESTEN');
      expect(f.recipient_orgnr).toBe(O.naboBarnevern);
      expect(f.recipient_address).toMatchObject({ postnummer: '9990' });
      expect((await outbox(id))[0]?.channel).toBe('svarut');
    });
  });

  it('a person with a digital mailbox gets it there: sent, delivered, opened, each event with its time', async () => {
    fakes.setFaults({ ...NO_FAULTS, deliverAfterMs: 1000, readAfterMs: 5000 });
    const { id } = await enqueueTest(t.database, w, fakes, {
      recipient: { kind: 'person', fodselsnummer: testFnr(11), name: 'Mor', address: null },
    });
    await relayUntilIdle(t.database, fakes, TEST_RELAY, clock);
    expect((await row(id)).status).toBe('sent');
    expect(fakes.services.digital.deliveries(id)).toBe(1);
    offset += 2000;
    await poll();
    expect((await row(id)).status).toBe('delivered');
    offset += 5000;
    await poll();
    const f = await row(id);
    expect(f.status).toBe('opened');
    expect(f.opened_at).not.toBeNull();
    expect(await events(id)).toEqual(['queued', 'sent', 'channel_status', 'channel_status']);
    const audit = await inTenant((trx) =>
      trx
        .selectFrom('audit_event')
        .select(['actor_kind', 'action', 'sak_id'])
        .where('object_id', '=', id)
        .where('action', '=', 'send')
        .execute(),
    );
    expect(audit).toEqual([{ actor_kind: 'system', action: 'send', sak_id: testLetter(w).sakId }]);
  });

  it('a person reserved in KRR falls back to paper', async () => {
    const fnr = testFnr(12);
    fakes.krr.reserve(fnr);
    const { id } = await enqueueTest(t.database, w, fakes, {
      recipient: { kind: 'person', fodselsnummer: fnr, name: 'Far', address: TEST_ADDRESS },
    });
    await relayUntilIdle(t.database, fakes, TEST_RELAY, clock);
    expect((await row(id)).status).toBe('paper');
    expect(fakes.services.digital.deliveries(id)).toBe(0);
    expect(fakes.services.print.deliveries(id)).toBe(1);
    expect(await events(id)).toEqual(['queued', 'refused', 'fallback_paper', 'sent']);
  });

  it('a reserved person without an address is a dead letter with the reason, and the sender is told', async () => {
    const fnr = testFnr(13);
    fakes.krr.reserve(fnr);
    const { id } = await enqueueTest(t.database, w, fakes, {
      recipient: { kind: 'person', fodselsnummer: fnr, name: 'Far', address: null },
    });
    await relayUntilIdle(t.database, fakes, TEST_RELAY, clock);
    const f = await row(id);
    expect(f.status).toBe('dead_letter');
    expect(f.status_reason).toMatch(/reservert.*ingen postadresse/s);
    expect(await notifications(id)).toEqual([
      { kind: 'forsendelse_dead_letter', recipient_id: actor(w, 'sara').staffUserId, sak_id: f.sak_id },
    ]);
  });

  it('a channel that keeps failing: retries with backoff, each attempt recorded, then a dead letter with the reason', async () => {
    // every call fails before the service does anything (a 503)
    fakes = new FakeDispatchServices({ clock, random: () => 0.1 });
    fakes.setFaults({ ...NO_FAULTS, failRate: 1 });
    const { id } = await enqueueTest(t.database, w, fakes, {
      recipient: { kind: 'person', fodselsnummer: testFnr(14), name: 'Mor', address: null },
    });
    const attemptsSoFar = async () => (await outbox(id))[0]?.attempts ?? 0;
    for (let i = 0; i < 100 && (await attemptsSoFar()) < TEST_RELAY.maxAttempts; i++) {
      await relayOutbox({ database: t.database, channels: fakes.channels(), clock }, TEST_RELAY);
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(await attemptsSoFar()).toBe(TEST_RELAY.maxAttempts);
    // the last attempt failed too: not a dead letter until the channel says it does not have it
    expect((await row(id)).status).toBe('queued');
    expect((await outbox(id))[0]?.state).toBe('pending');
    fakes.setFaults(NO_FAULTS);
    await relayUntilIdle(t.database, fakes, TEST_RELAY, clock);
    const f = await row(id);
    expect(f.status).toBe('dead_letter');
    expect(f.status_reason).toBe(
      `Ga opp etter ${TEST_RELAY.maxAttempts} forsøk; kanalen tok ikke imot forsendelsen.`,
    );
    const o = (await outbox(id))[0];
    expect(o?.state).toBe('dead');
    expect(fakes.services.digital.deliveries(id)).toBe(0);
    const attempts = await inTenant((trx) =>
      trx
        .selectFrom('forsendelse_attempt')
        .select(['outcome'])
        .where('outbox_id', '=', o?.id ?? '')
        .orderBy('attempt')
        .execute(),
    );
    expect(attempts.map((a) => a.outcome)).toEqual([
      ...Array.from({ length: TEST_RELAY.maxAttempts }, () => 'failed'),
      'failed',
    ]);
    expect((await events(id)).filter((k) => k === 'retry_scheduled')).toHaveLength(TEST_RELAY.maxAttempts);
    expect(await notifications(id)).toEqual([
      { kind: 'forsendelse_dead_letter', recipient_id: actor(w, 'sara').staffUserId, sak_id: f.sak_id },
    ]);
  });

  it('a timeout after the channel took the message: the retry finds it by our reference and does not send again', async () => {
    // every call times out after the service did its work (the answer is lost)
    fakes = new FakeDispatchServices({ clock, random: () => 0.9 });
    fakes.setFaults({ ...NO_FAULTS, timeoutRate: 1 });
    const { id } = await enqueueTest(t.database, w, fakes, {
      recipient: { kind: 'organisasjon', organisasjonsnummer: O.bufetat, name: 'Bufetat', address: null },
      notificationText: 'organisasjon',
    });
    const first = await relayOutbox({ database: t.database, channels: fakes.channels(), clock }, TEST_RELAY);
    expect(first).toMatchObject({ claimed: 1, retried: 1 });
    expect((await row(id)).status).toBe('queued');
    expect(fakes.services.svarut.deliveries(id)).toBe(1);
    fakes.setFaults(NO_FAULTS);
    await relayUntilIdle(t.database, fakes, { ...TEST_RELAY, maxAttempts: 1000 }, clock);
    expect(fakes.services.svarut.deliveries(id)).toBe(1);
    expect((await row(id)).status).toBe('sent');
    const found = await inTenant((trx) =>
      trx
        .selectFrom('forsendelse_attempt as a')
        .innerJoin('forsendelse_outbox as o', 'o.id', 'a.outbox_id')
        .select('a.outcome')
        .where('o.forsendelse_id', '=', id)
        .where('a.outcome', '=', 'found')
        .execute(),
    );
    expect(found).toHaveLength(1);
  });

  it('unopened confidential mail: the sender is told after 7 days, and after 3 more it goes out on paper', async () => {
    const letter = {
      recipient: {
        kind: 'organisasjon' as const,
        organisasjonsnummer: O.fosterhjem,
        name: 'Fosterhjemstjenesten',
        address: null,
      },
      notificationText: 'organisasjon',
    };
    const { id } = await enqueueTest(t.database, w, fakes, letter);
    const open = await enqueueTest(t.database, w, fakes, { ...letter, confidential: false });
    await relayUntilIdle(t.database, fakes, TEST_RELAY, clock);
    await poll();
    expect((await row(id)).status).toBe('delivered');
    offset += 6 * DAY;
    await poll();
    expect((await row(id)).escalation_level).toBe(0);
    offset += DAY;
    await poll();
    expect((await row(id)).escalation_level).toBe(1);
    expect(await notifications(id)).toEqual([
      {
        kind: 'forsendelse_unopened',
        recipient_id: actor(w, 'sara').staffUserId,
        sak_id: testLetter(w).sakId,
      },
    ]);
    await poll();
    expect(await notifications(id)).toHaveLength(1);
    offset += 3 * DAY;
    await poll();
    expect((await row(id)).escalation_level).toBe(2);
    await relayUntilIdle(t.database, fakes, TEST_RELAY, clock);
    expect((await row(id)).status).toBe('paper');
    expect(fakes.services.print.deliveries(id)).toBe(1);
    expect(await events(id)).toEqual([
      'queued',
      'sent',
      'channel_status',
      'escalated_sender',
      'resent_paper',
      'sent',
    ]);
    // not confidential: never escalated
    expect((await row(open.id)).escalation_level).toBe(0);
    expect(await notifications(open.id)).toEqual([]);
  });

  it('two relays at once send each message exactly once', async () => {
    const ids = [];
    for (let i = 0; i < 12; i++)
      ids.push(
        (
          await enqueueTest(t.database, w, fakes, {
            recipient: { kind: 'person', fodselsnummer: testFnr(100 + i), name: `P${i}`, address: null },
          })
        ).id,
      );
    await Promise.all([
      relayUntilIdle(t.database, fakes, TEST_RELAY, clock),
      relayUntilIdle(t.database, fakes, TEST_RELAY, clock),
    ]);
    for (const id of ids) expect(fakes.services.digital.deliveries(id)).toBe(1);
  });
});
