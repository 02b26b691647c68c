import { createHash } from 'node:crypto';
import { osloDate } from '@vern/domain';
import { AccessDenied, requireCapability, type StaffAccess } from '../../platform/access/gateway.js';
import type { InboxStatus } from '../../platform/db/schema.js';
import { databaseDocumentStore } from '../journal/document-store.js';
import { InboxContent } from './inbox-content.js';
import type { FieldProblem } from './fiks/schemas.js';
import {
  findItem,
  itemColumns,
  itemReachableBy,
  listAttachments,
  listRegistrations,
  type ItemRow,
} from './intake.queries.js';

export type InboxFilter = 'open' | InboxStatus | 'all';

/** The day the § 2-1 review of a melding received at `receivedAt` is due: one week after. */
export function reviewDueDate(receivedAt: Date): string {
  return osloDate(new Date(receivedAt.getTime() + 7 * 24 * 3_600_000));
}

function summaryOf(row: Omit<ItemRow, 'raw_content' | 'raw_media_type'>) {
  const content = row.parsed === null ? null : InboxContent.parse(row.parsed);
  return {
    id: row.id,
    channel: row.channel,
    messageType: row.message_type,
    receivedAt: row.received_at,
    reviewDueDate: reviewDueDate(row.received_at),
    status: row.status,
    needsImmediateFollowUp: row.needs_immediate_follow_up,
    childNames: content?.children.map((c) => c.name) ?? [],
    melderName: content?.melder.name ?? null,
    /** The public form sent signed in: the melder is identified through ID-porten. */
    melderIdentifiedBy: content?.melder.identified?.by ?? null,
    problemCount: Array.isArray(row.problems) ? row.problems.length : 0,
  };
}
export type InboxSummary = ReturnType<typeof summaryOf>;

/**
 * The inbox: open items (new and quarantined) by default, urgent first and then oldest first, so
 * the one whose week runs out first is on top. Each item listed is an audited read of its summary.
 */
export async function listInbox(
  access: StaffAccess,
  q: { status: InboxFilter; limit: number; offset: number },
): Promise<InboxSummary[]> {
  requireCapability(access.actor, 'intake.inbox');
  let query = access.trx
    .selectFrom('inbox_item')
    .select([...itemColumns])
    .where(itemReachableBy(access.actor.staffUserId));
  if (q.status === 'open') query = query.where('status', 'in', ['new', 'quarantined']);
  else if (q.status !== 'all') query = query.where('status', '=', q.status);
  const open = q.status === 'open' || q.status === 'new' || q.status === 'quarantined';
  const rows = await query
    .orderBy('needs_immediate_follow_up', 'desc')
    .orderBy('received_at', open ? 'asc' : 'desc')
    .orderBy('id')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  await access.audit(
    rows.map((r) => ({ action: 'list', objectType: 'inbox_item', objectId: r.id, fields: ['summary'] })),
  );
  return rows.map(summaryOf);
}

/** An item the actor may work on, or AccessDenied (404, audited). */
export async function openItem(
  access: StaffAccess,
  itemId: string,
  action: string,
  options: { forUpdate?: boolean } = {},
): Promise<ItemRow> {
  requireCapability(access.actor, 'intake.inbox');
  const row = await findItem(access.trx, itemId, access.actor.staffUserId, options);
  if (!row) {
    const exists = await access.trx
      .selectFrom('inbox_item')
      .select('id')
      .where('id', '=', itemId)
      .executeTakeFirst();
    throw new AccessDenied(
      { action, objectType: 'inbox_item', objectId: exists ? itemId : null },
      'The inbox item',
    );
  }
  return row;
}

/** One item in full: what arrived as it came, what was read from it, its files and what it became. */
export async function getInboxItem(access: StaffAccess, itemId: string) {
  const row = await openItem(access, itemId, 'read');
  const attachments = await listAttachments(access.trx, itemId);
  const registrations = await listRegistrations(access.trx, itemId);
  await access.audit({
    action: 'read',
    objectType: 'inbox_item',
    objectId: itemId,
    fields: ['raw_content', 'parsed', 'attachments'],
  });
  const raw = Buffer.from(row.raw_content);
  return {
    ...summaryOf(row),
    recordedAt: row.recorded_at,
    raw: row.raw_media_type === 'application/octet-stream' ? null : raw.toString('utf8'),
    rawMediaType: row.raw_media_type,
    content: row.parsed === null ? null : InboxContent.parse(row.parsed),
    problems: (row.problems as FieldProblem[] | null) ?? [],
    resolvedAt: row.resolved_at,
    notMeldingReason: row.not_melding_reason,
    attachments,
    registrations,
  };
}

export class InboxFileIntegrityError extends Error {
  constructor(readonly attachmentId: string) {
    super('an inbox attachment failed its checksum');
  }
}

/**
 * The bytes of one attachment, checked against its SHA-256. A file refused on arrival (a "PDF" that
 * is not one) is handed out only as opaque bytes (application/octet-stream), never as what it claimed.
 */
export async function downloadAttachment(access: StaffAccess, itemId: string, attachmentId: string) {
  await openItem(access, itemId, 'read');
  const a = await access.trx
    .selectFrom('inbox_attachment')
    .select(['id', 'filename', 'media_type', 'sha256', 'storage_key', 'problem', 'size_bytes'])
    .where('item_id', '=', itemId)
    .where('id', '=', attachmentId)
    .executeTakeFirst();
  if (!a)
    throw new AccessDenied({ action: 'read', objectType: 'inbox_attachment', objectId: null }, 'The file');
  const bytes =
    a.size_bytes === 0
      ? Buffer.alloc(0)
      : await databaseDocumentStore.get({ trx: access.trx, tenantId: access.actor.tenantId }, a.storage_key);
  if (!bytes || createHash('sha256').update(bytes).digest('hex') !== a.sha256) {
    throw new InboxFileIntegrityError(a.id);
  }
  await access.audit({ action: 'read', objectType: 'inbox_attachment', objectId: a.id, fields: ['content'] });
  return {
    bytes,
    filename: a.filename,
    mediaType: a.problem ? 'application/octet-stream' : a.media_type,
  };
}
