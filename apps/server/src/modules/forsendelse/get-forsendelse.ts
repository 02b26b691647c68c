import type { StaffAccess } from '../../platform/access/gateway.js';
import { auditScope, openForsendelse } from './forsendelse-access.js';
import { detailsOf, summariesOf } from './forsendelse-views.queries.js';
import type { ForsendelseView } from './forsendelse.schemas.js';

/** One forsendelse with its history, documents (metadata) and the relay's attempts. One audit row. */
export async function getForsendelse(access: StaffAccess, id: string): Promise<ForsendelseView> {
  const f = await openForsendelse(access, id, 'read', 'read');
  const [summary] = await summariesOf(access.trx, [f.row]);
  const details = await detailsOf(access.trx, id);
  await access.audit({
    action: 'read',
    ...auditScope(f),
    fields: [
      'forsendelse.recipient',
      'forsendelse.title',
      'forsendelse.status',
      'forsendelse.events',
      'forsendelse.documents',
    ],
  });
  if (!summary) throw new Error('summary of a found forsendelse');
  return { ...summary, notificationText: f.row.notification_text, ...details };
}
