import { caseVisibleTo } from '../../platform/access/case-visibility.js';
import type { StaffAccess } from '../../platform/access/gateway.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { auditListed } from './worklists.js';

export interface NotificationItem {
  id: string;
  kind: string;
  sakId: string | null;
  refId: string | null;
  createdAt: Date;
  readAt: Date | null;
  /** With `withCases`: the child and case it is about, and the deadline it names, where I may see the case. */
  about?: {
    journalnummer: string;
    childName: string;
    deadline: { ruleId: string; dueDate: string } | null;
  } | null;
}

/**
 * My notifications, newest first, with how many are unread. They carry a kind and ids only (the
 * case, and the deadline for deadline notices); what they are about is read by opening the case,
 * through its own access check.
 */
export async function listNotifications(
  access: StaffAccess,
  q: { limit: number; unreadOnly: boolean; withCases?: boolean },
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
  return { items: q.withCases ? await withCases(access, items) : items, unread: Number(unread) };
}

/**
 * Names the child and case of each notice (and the deadline a deadline notice points at), for the
 * cases I may see now: each case named is an audited read, as on any list. A notice about a case I
 * may no longer see gets `about: null`.
 */
async function withCases(access: StaffAccess, items: NotificationItem[]): Promise<NotificationItem[]> {
  const sakIds = [...new Set(items.flatMap((i) => (i.sakId ? [i.sakId] : [])))];
  if (sakIds.length === 0) return items.map((i) => ({ ...i, about: null }));
  const cases = await access.trx
    .selectFrom('sak')
    .innerJoin('person as child', 'child.id', 'sak.child_person_id')
    .select([
      'sak.id as sakId',
      'sak.journalnummer',
      'child.id as childId',
      'child.given_name as givenName',
      'child.family_name as familyName',
    ])
    .where('sak.id', 'in', sakIds)
    .where(caseVisibleTo(access.actor, access.now))
    .execute();
  const refIds = items.flatMap((i) => (i.refId && i.kind.startsWith('deadline_') ? [i.refId] : []));
  const deadlines =
    refIds.length === 0
      ? []
      : await access.trx
          .selectFrom('deadline')
          .select(['id', 'sak_id as sakId', 'rule_id as ruleId', 'due_date as dueDate'])
          .where('id', 'in', refIds)
          .execute();
  await auditListed(access, cases);
  const byCase = new Map(cases.map((c) => [c.sakId, c]));
  return items.map((i) => {
    const c = i.sakId ? byCase.get(i.sakId) : undefined;
    if (!c) return { ...i, about: null };
    const d = deadlines.find((x) => x.id === i.refId && x.sakId === c.sakId);
    return {
      ...i,
      about: {
        journalnummer: c.journalnummer,
        childName: `${c.givenName} ${c.familyName}`,
        deadline: d ? { ruleId: d.ruleId, dueDate: d.dueDate } : null,
      },
    };
  });
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
