import { requireCapability, type StaffAccess } from '../../platform/access/gateway.js';
import { openCase } from '../cases/open-case.js';
import { accessLogRows, type AccessLogRow } from './audit-review.queries.js';

/** A leader's list of who accessed a case, when, under which role, and why for break-the-glass. */
export async function caseAccessLog(
  access: StaffAccess,
  sakId: string,
  filter: { from?: Date; to?: Date },
): Promise<AccessLogRow[]> {
  requireCapability(access.actor, 'audit.review');
  const { row, basis, breakGlassId } = await openCase(access, sakId, 'read_access_log');
  const rows = await accessLogRows(access.trx, { sakId, ...filter, limit: 5000 });
  await access.audit({
    action: 'read_access_log',
    objectType: 'sak',
    objectId: sakId,
    sakId,
    personId: row.childId,
    emergency: basis === 'break_glass',
    breakGlassId,
  });
  return rows;
}
