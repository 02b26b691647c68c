import { decideCaseAccess } from '@vern/domain';
import { AccessDenied, requireCapability, type StaffAccess } from '../../platform/access/gateway.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { findCaseWithFacts } from './cases.queries.js';

export const BREAK_GLASS_MINUTES = 60;

/**
 * Selvautorisering: opens a case outside one's need-to-know for a limited time, with a written
 * reason. A block (sperring) still wins: a blocked user gets 404 here too. The event is audited as
 * an emergency and every head of service is notified for review.
 */
export async function breakGlass(
  access: StaffAccess,
  sakId: string,
  reason: string,
): Promise<{ grantId: string; expiresAt: Date }> {
  requireCapability(access.actor, 'case.break_glass');
  const found = await findCaseWithFacts(access.trx, access.actor.tenantId, sakId);
  const denied = new AccessDenied(
    {
      action: 'break_glass',
      objectType: 'sak',
      objectId: found ? sakId : null,
      sakId: found ? sakId : null,
      emergency: true,
    },
    'The case',
  );
  if (!found) throw denied;
  const { row, facts } = found;
  if (facts.blockedStaffIds.includes(access.actor.staffUserId)) throw denied;
  const current = decideCaseAccess(access.actor, facts, access.now.getTime());
  if (current.allowed && current.basis !== 'break_glass') {
    throw new AppError(ErrorCode.Conflict, 'You already have access to this case', [
      { field: 'params.id', reason: 'is already open to you' },
    ]);
  }
  const expiresAt = new Date(access.now.getTime() + BREAK_GLASS_MINUTES * 60_000);
  const grant = await access.trx
    .insertInto('break_glass_grant')
    .values({
      tenant_id: access.actor.tenantId,
      sak_id: sakId,
      staff_user_id: access.actor.staffUserId,
      reason,
      granted_at: access.now,
      expires_at: expiresAt,
      reviewed_by: null,
      reviewed_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const heads = await access.trx
    .selectFrom('staff_role')
    .innerJoin('staff_user', 'staff_user.id', 'staff_role.staff_user_id')
    .select('staff_user.id')
    .where('staff_role.role', '=', 'barnevernleder')
    .where('staff_user.active', '=', true)
    .execute();
  if (heads.length > 0) {
    await access.trx
      .insertInto('notification')
      .values(
        heads.map((h) => ({
          tenant_id: access.actor.tenantId,
          recipient_id: h.id,
          kind: 'break_glass',
          sak_id: sakId,
          ref_id: grant.id,
          read_at: null,
        })),
      )
      .execute();
  }
  await access.audit({
    action: 'break_glass',
    objectType: 'sak',
    objectId: sakId,
    sakId,
    personId: row.childId,
    emergency: true,
    breakGlassId: grant.id,
  });
  return { grantId: grant.id, expiresAt };
}
