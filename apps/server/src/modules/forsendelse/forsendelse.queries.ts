import { createHash, randomUUID } from 'node:crypto';
import { nextStatus, type ForsendelseChannel, type ForsendelseStatus } from '@vern/domain';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB, OutboxState, PostalAddress } from '../../platform/db/schema.js';
import type { DocumentStore } from '../journal/document-store.js';
import type { OutgoingMessage } from './channels/channel.js';

type Trx = Transaction<DB>;

export interface ClaimedRow {
  outboxId: string;
  forsendelseId: string;
  channel: ForsendelseChannel;
  attempts: number;
  leaseToken: string;
}

/**
 * Claims up to `limit` due outbox rows of the transaction's tenant: FOR UPDATE SKIP LOCKED, so two
 * relays never take the same row, then a lease (lease_until, lease_token) that outlives this
 * transaction, so the send itself happens outside any transaction. The attempt is counted and
 * recorded now: a relay that dies mid-send still used it up. Attempts of an earlier relay that
 * died before it knew the outcome are closed as timeouts.
 */
export async function claimDue(trx: Trx, now: Date, limit: number, leaseMs: number): Promise<ClaimedRow[]> {
  const token = randomUUID();
  const { rows } = await sql<{
    id: string;
    forsendelse_id: string;
    channel: ForsendelseChannel;
    attempts: number;
  }>`
    WITH due AS (
      SELECT id FROM forsendelse_outbox
       WHERE state = 'pending' AND next_attempt_at <= ${now}
         AND (lease_until IS NULL OR lease_until < ${now})
       ORDER BY next_attempt_at, id
       LIMIT ${limit}
       FOR UPDATE SKIP LOCKED)
    UPDATE forsendelse_outbox o
       SET attempts = o.attempts + 1,
           lease_until = ${new Date(now.getTime() + leaseMs)},
           lease_token = ${token}::uuid
      FROM due WHERE o.id = due.id
    RETURNING o.id, o.forsendelse_id, o.channel, o.attempts`.execute(trx);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  await trx
    .updateTable('forsendelse_attempt')
    .set({ finished_at: now, outcome: 'timeout', error: 'Reléet stoppet før svaret kom (utfallet ukjent).' })
    .where('outbox_id', 'in', ids)
    .where('finished_at', 'is', null)
    .execute();
  const tenant = await sql<{ t: string }>`SELECT vern_current_tenant()::text AS t`.execute(trx);
  const tenantId = tenant.rows[0]?.t ?? '';
  await trx
    .insertInto('forsendelse_attempt')
    .values(rows.map((r) => ({ tenant_id: tenantId, outbox_id: r.id, attempt: r.attempts, started_at: now })))
    .execute();
  return rows.map((r) => ({
    outboxId: r.id,
    forsendelseId: r.forsendelse_id,
    channel: r.channel,
    attempts: r.attempts,
    leaseToken: token,
  }));
}

export class DocumentIntegrityError extends Error {
  override name = 'DocumentIntegrityError';
}

/** The message to send, with its documents' bytes checked against the SHA-256 stored at queueing. */
export async function loadMessage(
  trx: Trx,
  tenantId: string,
  forsendelseId: string,
  store: DocumentStore,
): Promise<OutgoingMessage> {
  const f = await trx
    .selectFrom('forsendelse')
    .selectAll()
    .where('id', '=', forsendelseId)
    .executeTakeFirstOrThrow();
  const docs = await trx
    .selectFrom('forsendelse_document')
    .selectAll()
    .where('forsendelse_id', '=', forsendelseId)
    .orderBy('position')
    .execute();
  const documents: OutgoingMessage['documents'] = [];
  for (const d of docs) {
    const bytes = await store.get({ trx, tenantId }, d.storage_key);
    if (!bytes || createHash('sha256').update(bytes).digest('hex') !== d.sha256)
      throw new DocumentIntegrityError(`document ${d.position} does not match its SHA-256`);
    documents.push({ filename: d.filename, mediaType: 'application/pdf', bytes });
  }
  const address = f.recipient_address as PostalAddress | null;
  return {
    reference: f.id,
    title: f.title,
    notificationText: f.notification_text,
    confidential: f.confidential,
    recipient:
      f.recipient_kind === 'person'
        ? { kind: 'person', fodselsnummer: f.recipient_fnr ?? '', name: f.recipient_name, address }
        : {
            kind: 'organisasjon',
            organisasjonsnummer: f.recipient_orgnr ?? '',
            name: f.recipient_name,
            address,
          },
    documents,
  };
}

/** Finishes the attempt row of a claim. */
export async function finishAttempt(
  trx: Trx,
  claim: ClaimedRow,
  now: Date,
  outcome: 'sent' | 'found' | 'failed' | 'timeout' | 'refused',
  error: string | null,
): Promise<void> {
  await trx
    .updateTable('forsendelse_attempt')
    .set({ finished_at: now, outcome, error: error ? error.slice(0, 500) : null })
    .where('outbox_id', '=', claim.outboxId)
    .where('attempt', '=', claim.attempts)
    .where('finished_at', 'is', null)
    .execute();
}

/**
 * Ends the claim with the outbox row's new state, only while this relay still holds the lease
 * (false when it ran out and another relay took the row: that one records the outcome).
 */
export async function settleOutbox(
  trx: Trx,
  claim: ClaimedRow,
  now: Date,
  change: {
    state: OutboxState;
    channelRef?: string | null;
    lastError?: string | null;
    nextAttemptAt?: Date;
  },
): Promise<boolean> {
  const r = await trx
    .updateTable('forsendelse_outbox')
    .set({
      state: change.state,
      lease_until: null,
      lease_token: null,
      ...(change.channelRef !== undefined ? { channel_ref: change.channelRef } : {}),
      ...(change.lastError !== undefined ? { last_error: change.lastError?.slice(0, 500) ?? null } : {}),
      ...(change.nextAttemptAt ? { next_attempt_at: change.nextAttemptAt } : {}),
      done_at: change.state === 'pending' ? null : now,
    })
    .where('id', '=', claim.outboxId)
    .where('lease_token', '=', claim.leaseToken)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function addEvent(
  trx: Trx,
  tenantId: string,
  forsendelseId: string,
  at: Date,
  kind: string,
  channel: ForsendelseChannel | null,
  detail: string | null,
  actorId: string | null = null,
): Promise<void> {
  await trx
    .insertInto('forsendelse_event')
    .values({
      tenant_id: tenantId,
      forsendelse_id: forsendelseId,
      at,
      kind,
      channel,
      detail: detail ? detail.slice(0, 500) : null,
      actor_id: actorId,
    })
    .execute();
}

/**
 * Moves the forsendelse's status forward by the rule of packages/domain (never backwards), with
 * its time columns; returns the status it has afterwards.
 */
export async function moveStatus(
  trx: Trx,
  forsendelseId: string,
  reported: ForsendelseStatus,
  at: Date,
  reason: string | null = null,
): Promise<{ before: ForsendelseStatus; after: ForsendelseStatus }> {
  const row = await trx
    .selectFrom('forsendelse')
    .select(['status'])
    .where('id', '=', forsendelseId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const after = nextStatus(row.status, reported);
  if (after !== row.status || reason !== null) {
    await trx
      .updateTable('forsendelse')
      .set({
        status: after,
        status_at: at,
        status_reason: after === 'failed' || after === 'dead_letter' ? (reason?.slice(0, 500) ?? null) : null,
        ...(after === 'sent' || after === 'paper' ? { sent_at: sql<Date>`coalesce(sent_at, ${at})` } : {}),
        ...(after === 'delivered' || after === 'opened' || after === 'paper'
          ? { delivered_at: sql<Date>`coalesce(delivered_at, ${at})` }
          : {}),
        ...(after === 'opened' ? { opened_at: sql<Date>`coalesce(opened_at, ${at})` } : {}),
      })
      .where('id', '=', forsendelseId)
      .execute();
  }
  return { before: row.status, after };
}

/** Tells the sender (the notification list of «Mitt arbeid»): ids and a kind, never content. */
export async function notifySender(
  trx: Trx,
  tenantId: string,
  forsendelseId: string,
  kind:
    | 'forsendelse_dead_letter'
    | 'forsendelse_failed'
    | 'forsendelse_unopened'
    | 'forsendelse_no_paper'
    | 'forsendelse_reply',
): Promise<void> {
  const f = await trx
    .selectFrom('forsendelse')
    .select(['created_by', 'sak_id'])
    .where('id', '=', forsendelseId)
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('notification')
    .values({
      tenant_id: tenantId,
      recipient_id: f.created_by,
      kind,
      sak_id: f.sak_id,
      ref_id: forsendelseId,
    })
    .execute();
}

/**
 * Queues the forsendelse on another channel (paper as fallback or escalation, or a person's
 * «skriv ut»): a new outbox row, or the dead one of that channel made pending again. False when
 * that channel already has it pending or sent.
 */
export async function queueOnChannel(
  trx: Trx,
  tenantId: string,
  forsendelseId: string,
  channel: ForsendelseChannel,
  now: Date,
): Promise<boolean> {
  const existing = await trx
    .selectFrom('forsendelse_outbox')
    .select(['id', 'state'])
    .where('forsendelse_id', '=', forsendelseId)
    .where('channel', '=', channel)
    .forUpdate()
    .executeTakeFirst();
  if (!existing) {
    await trx
      .insertInto('forsendelse_outbox')
      .values({ tenant_id: tenantId, forsendelse_id: forsendelseId, channel, next_attempt_at: now })
      .execute();
    return true;
  }
  if (existing.state !== 'dead') return false;
  await trx
    .updateTable('forsendelse_outbox')
    .set({ state: 'pending', attempts: 0, next_attempt_at: now, last_error: null, done_at: null })
    .where('id', '=', existing.id)
    .execute();
  return true;
}

export async function hasPostalAddress(trx: Trx, forsendelseId: string): Promise<boolean> {
  const f = await trx
    .selectFrom('forsendelse')
    .select('recipient_address')
    .where('id', '=', forsendelseId)
    .executeTakeFirstOrThrow();
  return f.recipient_address !== null;
}

/** Services with work for the relay or the poller (ids only; one query over all of them). */
export async function tenantsWithWork(db: Kysely<DB>, now: Date): Promise<string[]> {
  const { rows } = await sql<{ t: string }>`
    SELECT t::text AS t FROM vern_forsendelse_tenants_with_work(${now}) AS t`.execute(db);
  return rows.map((r) => r.t);
}
