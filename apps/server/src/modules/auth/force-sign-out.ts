import { hasCapability, type StaffActor } from '@vern/domain';
import { auditActorOf, recordAudit } from '../../platform/audit/audit.js';
import { revokeStaffSessions } from '../../platform/auth/session-store.js';
import type { Database } from '../../platform/db/database.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { findStaffUser } from './auth.queries.js';

/**
 * A leader (barnevernleder, fagleder) or the system administrator signs a colleague of the same
 * service out of every session, effective on that person's next request. Without the capability
 * the answer is 403 whoever the target is, so it tells nothing about other accounts; a target that
 * is unknown or in another service is 404. Every attempt is audited.
 */
export async function forceSignOut(
  context: { database: Database; now: Date; requestId: string },
  actor: StaffActor,
  targetId: string,
): Promise<{ revokedSessions: number }> {
  const outcome = await context.database.withTenant(actor.tenantId, async (trx) => {
    const audit = (outcome: 'allowed' | 'denied') =>
      recordAudit(
        trx,
        auditActorOf(actor, actor.tenantId),
        { action: 'force_sign_out', objectType: 'staff_user', objectId: targetId, outcome },
        context.requestId,
      );
    if (!hasCapability(actor.roles, 'session.force_logout')) {
      await audit('denied');
      return 'forbidden' as const;
    }
    const target = await findStaffUser(trx, targetId);
    if (!target) {
      await audit('denied');
      return 'not_found' as const;
    }
    const revokedSessions = await revokeStaffSessions(trx, target.id, 'forced', context.now);
    await audit('allowed');
    return { revokedSessions };
  });
  if (outcome === 'forbidden') throw new AppError(ErrorCode.Forbidden, 'Your role does not allow this');
  if (outcome === 'not_found') throw AppError.notFound('The staff member');
  return outcome;
}
