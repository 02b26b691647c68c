import type { StaffAccess } from '../../platform/access/gateway.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { auditScope, openForsendelse } from './forsendelse-access.js';
import { addEvent } from './forsendelse.queries.js';
import { findForsendelse, summariesOf } from './forsendelse-views.queries.js';
import type { ForsendelseSummary } from './forsendelse.schemas.js';

/**
 * A person sends a dead letter again on the channels it gave up on, from the first attempt (the
 * relay looks each up by our reference first, so what did arrive is not sent twice). Only a dead
 * letter: anything else is still on its way (409).
 */
export async function retryForsendelse(access: StaffAccess, id: string): Promise<ForsendelseSummary> {
  const f = await openForsendelse(access, id, 'update', 'change');
  if (f.row.status !== 'dead_letter')
    throw new AppError(ErrorCode.Conflict, 'Only a dead letter can be sent again', [
      { field: 'status', reason: `is ${f.row.status}, not dead_letter` },
    ]);
  const { trx, now } = access;
  const tenantId = access.actor.tenantId;
  await trx
    .updateTable('forsendelse_outbox')
    .set({ state: 'pending', attempts: 0, next_attempt_at: now, last_error: null, done_at: null })
    .where('forsendelse_id', '=', id)
    .where('state', 'in', ['dead', 'fallback'])
    .execute();
  await trx
    .updateTable('forsendelse')
    .set({ status: 'queued', status_at: now, status_reason: null })
    .where('id', '=', id)
    .execute();
  await addEvent(trx, tenantId, id, now, 'retry_requested', null, null, access.actor.staffUserId);
  await access.audit({
    action: 'update',
    ...auditScope(f),
    fields: ['forsendelse.status', 'forsendelse_outbox.state'],
  });
  const row = await findForsendelse(trx, id);
  const [summary] = await summariesOf(trx, row ? [row] : []);
  if (!summary) throw new Error('summary of a found forsendelse');
  return summary;
}
