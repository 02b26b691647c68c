import { createHash, randomUUID } from 'node:crypto';
import { sql, type Expression, type ExpressionBuilder, type SqlBool, type Transaction } from 'kysely';
import type { DB, InboxChannel, InboxSource, InboxStatus } from '../../platform/db/schema.js';
import { databaseDocumentStore } from '../journal/document-store.js';
import type { FieldProblem } from './fiks/schemas.js';
import type { InboxContent } from './inbox-content.js';

export const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

export interface NewInboxItem {
  tenantId: string;
  channel: InboxChannel;
  source: InboxSource;
  idempotencyKey: string;
  requestSha256: string;
  messageType: string;
  receivedAt: Date;
  recordedBy: string | null;
  raw: Buffer;
  rawMediaType: 'application/json' | 'text/plain' | 'application/octet-stream';
  content: InboxContent | null;
  problems: FieldProblem[] | null;
  transport?: Record<string, string>;
  needsImmediateFollowUp?: boolean;
  /** A reply to a letter Vern sent: the forsendelse it answers and that letter's case. */
  replyTo?: { forsendelseId: string; sakId: string | null };
}

export interface StoredKey {
  id: string;
  status: InboxStatus;
  requestSha256: string;
  problems: FieldProblem[] | null;
}

/** The item a source's idempotency key names, if any. */
export async function findByKey(
  trx: Transaction<DB>,
  source: InboxSource,
  key: string,
): Promise<StoredKey | undefined> {
  const row = await trx
    .selectFrom('inbox_item')
    .select(['id', 'status', 'request_sha256', 'problems'])
    .where('source', '=', source)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        status: row.status,
        requestSha256: row.request_sha256,
        problems: row.problems as FieldProblem[] | null,
      }
    : undefined;
}

/**
 * Inserts an item unless its key is taken; undefined when it was (a duplicate, perhaps a delivery
 * racing this one: on PostgreSQL the insert waits for the other transaction and then yields).
 */
export async function insertItem(trx: Transaction<DB>, item: NewInboxItem): Promise<string | undefined> {
  const row = await trx
    .insertInto('inbox_item')
    .values({
      tenant_id: item.tenantId,
      channel: item.channel,
      source: item.source,
      idempotency_key: item.idempotencyKey,
      request_sha256: item.requestSha256,
      message_type: item.messageType,
      received_at: item.receivedAt,
      recorded_by: item.recordedBy,
      raw_content: item.raw,
      raw_media_type: item.rawMediaType,
      parsed: item.content ? JSON.stringify(item.content) : null,
      problems: item.problems ? JSON.stringify(item.problems) : null,
      transport: JSON.stringify(item.transport ?? {}),
      status: item.problems ? 'quarantined' : 'new',
      needs_immediate_follow_up: item.needsImmediateFollowUp ?? false,
      reply_to_forsendelse_id: item.replyTo?.forsendelseId ?? null,
      reply_sak_id: item.replyTo?.sakId ?? null,
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'source', 'idempotency_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Keeps a file of an item: bytes in the document store, metadata with the checksum here. */
export async function addAttachment(
  trx: Transaction<DB>,
  a: {
    tenantId: string;
    itemId: string;
    filename: string;
    mediaType: string;
    bytes: Buffer;
    problem: string | null;
    addedBy: string | null;
  },
): Promise<{ id: string; duplicate: boolean }> {
  const digest = sha256(a.bytes);
  const existing = await trx
    .selectFrom('inbox_attachment')
    .select('id')
    .where('item_id', '=', a.itemId)
    .where('sha256', '=', digest)
    .executeTakeFirst();
  if (existing) return { id: existing.id, duplicate: true };
  const id = randomUUID();
  const storageKey = `inbox/${a.itemId}/${id}`;
  if (a.bytes.length > 0) {
    await databaseDocumentStore.put({ trx, tenantId: a.tenantId }, storageKey, a.bytes);
  }
  await trx
    .insertInto('inbox_attachment')
    .values({
      tenant_id: a.tenantId,
      id,
      item_id: a.itemId,
      filename: a.filename,
      media_type: a.mediaType,
      size_bytes: a.bytes.length,
      sha256: digest,
      storage_key: storageKey,
      problem: a.problem,
      added_by: a.addedBy,
    })
    .execute();
  return { id, duplicate: false };
}

/**
 * An inbox item tied to a case the actor is blocked from (sperring) is out of their reach, like the
 * case itself: a block beats every grant, the inbox included.
 */
export function itemReachableBy(staffUserId: string) {
  return (eb: ExpressionBuilder<DB, 'inbox_item'>): Expression<SqlBool> =>
    eb.not(
      eb.exists(
        eb
          .selectFrom('inbox_registration as r')
          .innerJoin('case_block as b', (j) =>
            j.onRef('b.tenant_id', '=', 'r.tenant_id').onRef('b.sak_id', '=', 'r.sak_id'),
          )
          .select(sql`1`.as('one'))
          .whereRef('r.item_id', '=', 'inbox_item.id')
          .where('b.staff_user_id', '=', staffUserId),
      ),
    );
}

export const itemColumns = [
  'inbox_item.id',
  'inbox_item.channel',
  'inbox_item.message_type',
  'inbox_item.received_at',
  'inbox_item.recorded_at',
  'inbox_item.recorded_by',
  'inbox_item.status',
  'inbox_item.needs_immediate_follow_up',
  'inbox_item.parsed',
  'inbox_item.problems',
  'inbox_item.resolved_at',
  'inbox_item.resolved_by',
  'inbox_item.not_melding_reason',
] as const;

export async function findItem(
  trx: Transaction<DB>,
  itemId: string,
  staffUserId: string,
  options: { forUpdate?: boolean } = {},
) {
  let q = trx
    .selectFrom('inbox_item')
    .select([...itemColumns, 'inbox_item.raw_content', 'inbox_item.raw_media_type'])
    .where('inbox_item.id', '=', itemId)
    .where(itemReachableBy(staffUserId));
  if (options.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}
export type ItemRow = NonNullable<Awaited<ReturnType<typeof findItem>>>;

export async function listAttachments(trx: Transaction<DB>, itemId: string) {
  return trx
    .selectFrom('inbox_attachment')
    .select(['id', 'filename', 'media_type as mediaType', 'size_bytes as sizeBytes', 'sha256', 'problem'])
    .where('item_id', '=', itemId)
    .orderBy('added_at')
    .orderBy('id')
    .execute();
}

export async function listRegistrations(trx: Transaction<DB>, itemId: string) {
  return trx
    .selectFrom('inbox_registration as r')
    .innerJoin('sak', 'sak.id', 'r.sak_id')
    .select([
      'r.sak_id as sakId',
      'sak.journalnummer',
      'r.melding_id as meldingId',
      'r.person_id as personId',
      'r.kind',
      'r.created_at as createdAt',
    ])
    .where('r.item_id', '=', itemId)
    .orderBy('r.created_at')
    .execute();
}

/** Closes an item with its resolution, in the caller's transaction (the row is locked already). */
export async function resolveItem(
  trx: Transaction<DB>,
  itemId: string,
  r: { status: 'registered' | 'linked' | 'not_melding'; by: string; at: Date; reason?: string },
): Promise<void> {
  await trx
    .updateTable('inbox_item')
    .set({
      status: r.status,
      resolved_at: r.at,
      resolved_by: r.by,
      not_melding_reason: r.reason ?? null,
    })
    .where('id', '=', itemId)
    .execute();
}
