import type { StaffAccess } from '../../platform/access/gateway.js';
import { AppError, ErrorCode } from '../../platform/errors.js';

export interface NotificationItem {
  id: string;
  kind: string;
  sakId: string | null;
  refId: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/**
 * My notifications, newest first, with how many are unread. They carry a kind and ids only (the
 * case, and the deadline for deadline notices); what they are about is read by opening the case,
 * through its own access check.
 */
export async function listNotifications(
  access: StaffAccess,
  q: { limit: number; unreadOnly: boolean },
): Promise<{ items: NotificationItem[]; unread: number }> {
  const me = access.actor.staffUserId;
  let list = access.trx
    .selectFrom('notification')
    .select([
      'id',
      'kind',
      'sak_id as sakId',
      'ref_id as refId',
      'created_at as createdAt',
      'read_at as readAt',
    ])
    .where('recipient_id', '=', me)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(q.limit);
  if (q.unreadOnly) list = list.where('read_at', 'is', null);
  const items = await list.execute();
  const { unread } = await access.trx
    .selectFrom('notification')
    .select((eb) => eb.fn.countAll<number>().as('unread'))
    .where('recipient_id', '=', me)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { items, unread: Number(unread) };
}

/** Marks one of my notifications read; someone else's answers 404 like a missing one. */
export async function markNotificationRead(access: StaffAccess, id: string): Promise<void> {
  const updated = await access.trx
    .updateTable('notification')
    .set({ read_at: access.now })
    .where('id', '=', id)
    .where('recipient_id', '=', access.actor.staffUserId)
    .where('read_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  if (updated) return;
  const mine = await access.trx
    .selectFrom('notification')
    .select('id')
    .where('id', '=', id)
    .where('recipient_id', '=', access.actor.staffUserId)
    .executeTakeFirst();
  if (!mine) throw new AppError(ErrorCode.NotFound, 'The notification was not found');
}
