import { generateIdentityNumber } from '@vern/domain';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionHeaders } from '../../../test/support/access-suite.js';
import { buildTestApp } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { actor, buildWorld, caseOf, type World } from '../../../test/support/world.js';
import { receiveReply, type IncomingReply } from './receive-reply.js';

describe('a reply to a letter lands in the intake inbox, linked to the case', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let w: World;
  let forsendelseId = '';
  const sakId = () => caseOf(w, 'assigned').id;

  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
    ({ app } = await buildTestApp(t));
    const fnr = generateIdentityNumber('1984-02-03', 'male', 'fodselsnummer', () => 0.7, {
      synthetic: 'skatteetaten',
    });
    forsendelseId = (
      await t.database.withTenant(w.tenantId, (trx) =>
        trx
          .insertInto('forsendelse')
          .values({
            tenant_id: w.tenantId,
            sak_id: sakId(),
            created_by: actor(w, 'sara').staffUserId,
            recipient_kind: 'person',
            recipient_fnr: fnr,
            recipient_name: 'Far Testesen',
            title: 'Innkalling til møte',
            notification_text: 'Du har fått et brev fra barneverntjenesten.',
            confidential: true,
          })
          .returning('id')
          .executeTakeFirstOrThrow(),
      )
    ).id;
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  const reply = (over: Partial<IncomingReply> = {}): IncomingReply => ({
    messageId: `svar-${Math.random().toString(36).slice(2)}`,
    inReplyTo: forsendelseId,
    receivedAt: new Date(),
    sender: { name: 'Far Testesen', organisationNumber: null },
    title: 'Svar: Innkalling til møte',
    text: 'Jeg kan ikke komme på tirsdag, kan vi ta torsdag?',
    attachments: [],
    ...over,
  });
  const items = () =>
    t.database.withTenant(w.tenantId, (trx) =>
      trx
        .selectFrom('inbox_item')
        .select(['id', 'status', 'reply_to_forsendelse_id', 'reply_sak_id', 'channel'])
        .execute(),
    );
  const notices = () =>
    t.database.withTenant(w.tenantId, (trx) =>
      trx
        .selectFrom('notification')
        .select(['recipient_id', 'kind', 'sak_id', 'ref_id'])
        .where('kind', '=', 'forsendelse_reply')
        .execute(),
    );

  it('stores it once, as it came, linked to the letter and its case, and tells the sender', async () => {
    const first = reply();
    const r = await receiveReply(t.database, w.tenantId, first);
    expect(r).toMatchObject({ duplicate: false, sakId: sakId() });
    const again = await receiveReply(t.database, w.tenantId, first);
    expect(again).toEqual({ itemId: r.itemId, duplicate: true, sakId: sakId() });
    expect(await items()).toEqual([
      {
        id: r.itemId,
        status: 'new',
        reply_to_forsendelse_id: forsendelseId,
        reply_sak_id: sakId(),
        channel: 'fiks_io',
      },
    ]);
    expect(await notices()).toEqual([
      {
        recipient_id: actor(w, 'sara').staffUserId,
        kind: 'forsendelse_reply',
        sak_id: sakId(),
        ref_id: forsendelseId,
      },
    ]);
  });

  it("shows in the case's communication log under the letter it answers, and in the inbox as new", async () => {
    const log = await app.inject({
      method: 'GET',
      url: `/api/cases/${sakId()}/communication`,
      headers: await sessionHeaders(t, w, 'sara'),
    });
    const entries = (
      log.json() as {
        items: { source: string; kind: string; direction: string; title: string; counterpart: string }[];
      }
    ).items;
    expect(entries.filter((e) => e.kind === 'svar')).toEqual([
      expect.objectContaining({
        source: 'inbox_item',
        direction: 'inn',
        title: 'Innkalling til møte',
        counterpart: 'Far Testesen',
      }),
    ]);
    const inbox = await app.inject({
      method: 'GET',
      url: '/api/intake/items',
      headers: await sessionHeaders(t, w, 'mona'),
    });
    expect(inbox.statusCode).toBe(200);
    expect(JSON.stringify(inbox.json())).toContain((await items())[0]?.id ?? 'missing');
  });

  it('keeps a reply whose thread is unknown, unlinked, and tells nobody', async () => {
    const before = (await notices()).length;
    const r = await receiveReply(
      t.database,
      w.tenantId,
      reply({ inReplyTo: '00000000-0000-4000-8000-000000000001' }),
    );
    expect(r).toMatchObject({ duplicate: false, sakId: null });
    const row = (await items()).find((i) => i.id === r.itemId);
    expect(row).toMatchObject({ status: 'new', reply_to_forsendelse_id: null, reply_sak_id: null });
    expect((await notices()).length).toBe(before);
  });

  it('refuses a reply that is not complete, naming the field, and keeps nothing', async () => {
    const before = (await items()).length;
    await expect(
      receiveReply(t.database, w.tenantId, reply({ messageId: 'has spaces in it' })),
    ).rejects.toMatchObject({ details: [expect.objectContaining({ field: 'reply.messageId' })] });
    expect((await items()).length).toBe(before);
  });

  it('refuses to move a reply to another thread or case afterwards', async () => {
    const [item] = await items();
    await expect(
      t.database.withTenant(w.tenantId, (trx) =>
        sql`UPDATE inbox_item SET reply_sak_id = NULL WHERE id = ${item?.id}`.execute(trx),
      ),
    ).rejects.toThrow(/permission denied|kept as it came/);
  });
});
