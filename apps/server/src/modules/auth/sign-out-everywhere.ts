import { auditActorOf, recordAudit } from '../../platform/audit/audit.js';
import {
  revokeCitizenSessions,
  revokeStaffSessions,
  type ResolvedSession,
} from '../../platform/auth/session-store.js';
import type { Database } from '../../platform/db/database.js';
import { AppError, ErrorCode } from '../../platform/errors.js';

/** Ends every session of the signed-in person, in every browser, this one included. */
export async function signOutEverywhere(
  context: { database: Database; now: Date; requestId: string },
  session: ResolvedSession | undefined,
): Promise<{ revokedSessions: number }> {
  if (!session) throw new AppError(ErrorCode.Unauthenticated, 'Not signed in');
  const { actor } = session;
  switch (actor.kind) {
    case 'staff':
      return context.database.withTenant(actor.tenantId, async (trx) => {
        const revokedSessions = await revokeStaffSessions(
          trx,
          actor.staffUserId,
          'logout_everywhere',
          context.now,
        );
        await recordAudit(
          trx,
          auditActorOf(actor, actor.tenantId),
          { action: 'sign_out_everywhere', objectType: 'staff_user', objectId: actor.staffUserId },
          context.requestId,
        );
        return { revokedSessions };
      });
    case 'citizen':
      return {
        revokedSessions: await revokeCitizenSessions(
          context.database,
          actor.pid,
          'logout_everywhere',
          context.now,
        ),
      };
    default: {
      const unreachable: never = actor;
      throw new Error(`unknown actor ${String(unreachable)}`);
    }
  }
}
