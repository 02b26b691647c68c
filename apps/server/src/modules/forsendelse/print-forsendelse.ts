import type { StaffAccess } from '../../platform/access/gateway.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { auditScope, openForsendelse } from './forsendelse-access.js';
import { addEvent, queueOnChannel } from './forsendelse.queries.js';
import { findForsendelse, summariesOf } from './forsendelse-views.queries.js';
import type { ForsendelseSummary } from './forsendelse.schemas.js';

/**
 * A person sends a forsendelse on paper: a dead letter, one the channel could not deliver, or one
 * that lies unopened. Refused (409, naming why) when it was opened or went on paper already, or
 * when there is no postal address to print to.
 */
export async function printForsendelse(access: StaffAccess, id: string): Promise<ForsendelseSummary> {
  const f = await openForsendelse(access, id, 'update', 'change');
  const status = f.row.status;
  if (status === 'opened' || status === 'paper' || status === 'queued')
    throw new AppError(ErrorCode.Conflict, 'This forsendelse is not one to print', [
      { field: 'status', reason: `is ${status}: only a dead letter, a failed or an unopened one is printed` },
    ]);
  if (f.row.recipient_address === null)
    throw new AppError(ErrorCode.Conflict, 'The recipient has no postal address to print to', [
      {
        field: 'recipient.address',
        reason: 'is missing: a letter cannot be printed without a postal address',
      },
    ]);
  const { trx, now } = access;
  const tenantId = access.actor.tenantId;
  if (!(await queueOnChannel(trx, tenantId, id, 'print', now)))
    throw new AppError(ErrorCode.Conflict, 'It is already on its way to print', [
      { field: 'channel', reason: 'print is pending or done already' },
    ]);
  await addEvent(trx, tenantId, id, now, 'print_requested', 'print', null, access.actor.staffUserId);
  await access.audit({ action: 'update', ...auditScope(f), fields: ['forsendelse_outbox.channel'] });
  const row = await findForsendelse(trx, id);
  const [summary] = await summariesOf(trx, row ? [row] : []);
  if (!summary) throw new Error('summary of a found forsendelse');
  return summary;
}
