import { auditActorOf, recordAudit } from '../../platform/audit/audit.js';
import { recordSecurityEvent } from '../../platform/audit/security-event.js';
import { revokeSession, type ResolvedSession } from '../../platform/auth/session-store.js';
import type { Database } from '../../platform/db/database.js';

/** Ends this browser's session. Without a session there is nothing to do, and that is fine. */
export async function signOut(
  context: { database: Database; now: Date; requestId: string },
  session: ResolvedSession | undefined,
): Promise<void> {
  if (!session) return;
  await revokeSession(context.database, session, 'logout', context.now);
  const { actor } = session;
  if (actor.kind === 'staff') {
    await context.database.withTenant(actor.tenantId, (trx) =>
      recordAudit(
        trx,
        auditActorOf(actor, actor.tenantId),
        { action: 'sign_out', objectType: 'session', objectId: session.id },
        context.requestId,
      ),
    );
  } else {
    await recordSecurityEvent(context.database.db, {
      event: 'sign_out',
      actorKind: 'citizen',
      outcome: 'allowed',
      sessionId: session.id,
      requestId: context.requestId,
    });
  }
}
