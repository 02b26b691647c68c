import { hasCapability, type StaffActor } from '@vern/domain';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { AppError, ErrorCode } from '../errors.js';
import { auditActorOf, recordAudit, type AuditEvent } from '../audit/audit.js';

/** What a use case gets from the gateway: the tenant transaction, the actor, the time and audit. */
export interface StaffAccess {
  trx: Transaction<DB>;
  actor: StaffActor;
  now: Date;
  requestId: string | null;
  audit(events: AuditEvent | AuditEvent[]): Promise<void>;
}

/**
 * Refusal of a record the actor may not see. It answers 404, exactly like a record that does not
 * exist, and carries the audit event that the gateway writes after the transaction rolls back.
 */
export class AccessDenied extends AppError {
  constructor(
    readonly event: AuditEvent,
    what = 'The resource',
  ) {
    super(ErrorCode.NotFound, `${what} was not found`);
  }
}

/**
 * The one way a staff use case reaches person or case data. It opens a transaction for the actor's
 * tenant (row-level security), tells the database whether this actor may see strengt fortrolig
 * addresses (the person_address policy reads it), and writes audit rows in the same transaction.
 * A denial is audited in a transaction of its own, since the use case's transaction rolls back.
 */
export async function withStaffAccess<T>(
  database: Database,
  actor: StaffActor,
  options: { requestId?: string | null; now?: Date },
  fn: (access: StaffAccess) => Promise<T>,
): Promise<T> {
  const now = options.now ?? new Date();
  const requestId = options.requestId ?? null;
  const auditActor = auditActorOf(actor, actor.tenantId);
  try {
    return await database.withTenant(actor.tenantId, async (trx) => {
      if (hasCapability(actor.roles, 'address.read.protected')) {
        await sql`SELECT set_config('vern.may_see_protected_address', 'on', true)`.execute(trx);
      }
      return fn({
        trx,
        actor,
        now,
        requestId,
        audit: (events) => recordAudit(trx, auditActor, events, requestId),
      });
    });
  } catch (error) {
    if (error instanceof AccessDenied) {
      await database.withTenant(actor.tenantId, (trx) =>
        recordAudit(trx, auditActor, { ...error.event, outcome: 'denied' }, requestId),
      );
    }
    throw error;
  }
}

/** Refuses an action the actor's roles do not allow, where the action itself is no secret. */
export function requireCapability(actor: StaffActor, capability: Parameters<typeof hasCapability>[1]): void {
  if (!hasCapability(actor.roles, capability)) {
    throw new AppError(ErrorCode.Forbidden, 'Your role does not allow this');
  }
}
