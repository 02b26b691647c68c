import type { StaffAccess } from '../../platform/access/gateway.js';
import { openCase } from '../cases/open-case.js';
import { listForCase, summariesOf } from './forsendelse-views.queries.js';
import type { ForsendelseSummary } from './forsendelse.schemas.js';

/** A case's forsendelser, newest first, each with its status and history. One audit row for the list. */
export async function listCaseForsendelser(
  access: StaffAccess,
  sakId: string,
  page: { limit: number; offset: number },
): Promise<ForsendelseSummary[]> {
  const { row, basis, breakGlassId } = await openCase(access, sakId, 'read');
  const rows = await listForCase(access.trx, sakId, page);
  await access.audit({
    action: 'read',
    objectType: 'forsendelse',
    objectId: null,
    sakId,
    personId: row.childId,
    fields: ['forsendelse.list', 'forsendelse.recipient', 'forsendelse.status', 'forsendelse.events'],
    emergency: basis === 'break_glass',
    breakGlassId,
  });
  return summariesOf(access.trx, rows);
}
