import { caseVisibleTo } from '../../platform/access/case-visibility.js';
import { AccessDenied, requireCapability, type StaffAccess } from '../../platform/access/gateway.js';

export interface BreakGlassItem {
  id: string;
  sakId: string;
  staffUserId: string;
  staffName: string;
  reason: string;
  grantedAt: Date;
  expiresAt: Date;
  reviewedAt: Date | null;
  reviewedBy: string | null;
}

/** The break-the-glass events on cases within the reviewer's own reach, for review. */
export async function listBreakGlass(
  access: StaffAccess,
  filter: { from?: Date; to?: Date; staffUserId?: string; unreviewed?: boolean },
): Promise<BreakGlassItem[]> {
  requireCapability(access.actor, 'audit.review');
  let q = access.trx
    .selectFrom('break_glass_grant as g')
    .innerJoin('staff_user as s', 's.id', 'g.staff_user_id')
    .leftJoin('staff_user as r', 'r.id', 'g.reviewed_by')
    .select([
      'g.id',
      'g.sak_id as sakId',
      'g.staff_user_id as staffUserId',
      's.display_name as staffName',
      'g.reason',
      'g.granted_at as grantedAt',
      'g.expires_at as expiresAt',
      'g.reviewed_at as reviewedAt',
      'r.display_name as reviewedBy',
    ])
    // Need-to-know applies to reviews too: the reviewer's reach (unit, or all for the head of
    // service), and never a case the reviewer is blocked from.
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('sak')
          .select('sak.id')
          .whereRef('sak.id', '=', 'g.sak_id')
          .where(caseVisibleTo(access.actor, access.now)),
      ),
    );
  if (filter.from) q = q.where('g.granted_at', '>=', filter.from);
  if (filter.to) q = q.where('g.granted_at', '<', filter.to);
  if (filter.staffUserId) q = q.where('g.staff_user_id', '=', filter.staffUserId);
  if (filter.unreviewed) q = q.where('g.reviewed_at', 'is', null);
  const rows = await q.orderBy('g.granted_at', 'desc').limit(5000).execute();
  await access.audit(
    rows.map((r) => ({ action: 'review_list', objectType: 'break_glass', objectId: r.id, sakId: r.sakId })),
  );
  return rows;
}

/** Marks a break-the-glass event as reviewed by this leader. */
export async function reviewBreakGlass(access: StaffAccess, grantId: string): Promise<void> {
  requireCapability(access.actor, 'audit.review');
  const denied = new AccessDenied(
    { action: 'review', objectType: 'break_glass', objectId: null },
    'The event',
  );
  const grant = await access.trx
    .selectFrom('break_glass_grant')
    .select(['id', 'sak_id', 'staff_user_id'])
    .where('id', '=', grantId)
    .executeTakeFirst();
  if (!grant) throw denied;
  const visible = await access.trx
    .selectFrom('sak')
    .select('sak.id')
    .where('sak.id', '=', grant.sak_id)
    .where(caseVisibleTo(access.actor, access.now))
    .executeTakeFirst();
  if (!visible || grant.staff_user_id === access.actor.staffUserId) throw denied;
  await access.trx
    .updateTable('break_glass_grant')
    .set({ reviewed_by: access.actor.staffUserId, reviewed_at: access.now })
    .where('id', '=', grantId)
    .execute();
  await access.audit({ action: 'review', objectType: 'break_glass', objectId: grantId, sakId: grant.sak_id });
}
