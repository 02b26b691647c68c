import { osloDate } from '@vern/domain';
import { requireCapability, type StaffAccess } from '../../platform/access/gateway.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { openCaseForChange } from '../cases/open-case.js';
import { syncDeadlines } from '../worklists/sync-deadlines.js';

/**
 * Moves a case to a unit and a caseworker (or back to intake with none): intake routes a new
 * case, a leader redistributes. The new caseworker gets a notification (ids only, no content).
 */
export async function assignCase(
  access: StaffAccess,
  sakId: string,
  input: { unitId: string; caseworkerId: string | null },
): Promise<void> {
  requireCapability(access.actor, 'case.assign');
  const { row } = await openCaseForChange(access, sakId, 'assign', 'case.assign');
  const { trx } = access;
  const unit = await trx.selectFrom('unit').select('id').where('id', '=', input.unitId).executeTakeFirst();
  if (!unit) {
    throw new AppError(ErrorCode.ValidationFailed, 'The unit was not found', [
      { field: 'unitId', reason: 'no such unit in this service' },
    ]);
  }
  if (input.caseworkerId !== null) {
    const worker = await trx
      .selectFrom('staff_user')
      .select('id')
      .where('id', '=', input.caseworkerId)
      .where('active', '=', true)
      .executeTakeFirst();
    if (!worker) {
      throw new AppError(ErrorCode.ValidationFailed, 'The caseworker was not found', [
        { field: 'caseworkerId', reason: 'no active staff member with this id in this service' },
      ]);
    }
  }
  await trx
    .updateTable('sak')
    .set({ unit_id: input.unitId, caseworker_id: input.caseworkerId, updated_at: access.now })
    .where('id', '=', sakId)
    .execute();
  await syncDeadlines(trx, sakId, osloDate(access.now));
  if (input.caseworkerId !== null && input.caseworkerId !== row.caseworkerId) {
    await trx
      .insertInto('notification')
      .values({
        tenant_id: access.actor.tenantId,
        recipient_id: input.caseworkerId,
        kind: 'case_assigned',
        sak_id: sakId,
        ref_id: null,
      })
      .execute();
  }
  await access.audit({
    action: 'update',
    objectType: 'sak',
    objectId: sakId,
    sakId,
    personId: row.childId,
    fields: ['unit', 'caseworker'],
  });
}
