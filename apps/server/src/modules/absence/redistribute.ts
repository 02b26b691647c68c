import { AccessDenied, type StaffAccess, requireCapability } from '../../platform/access/gateway.js';
import { caseVisibleTo } from '../../platform/access/case-visibility.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { assignCase } from '../case-process/assign-case.js';
import { leadsStaff } from './absence.js';

export interface Move {
  sakId: string;
  caseworkerId: string;
}

/**
 * Moves cases of an absent caseworker to others, all or none, in one transaction. Each move is
 * the same as a single reassignment (access check, audit row, 'case_assigned' notification to the
 * new caseworker, deadline rows moved with the case), and the case follows the new caseworker's
 * unit. The absent caseworker stays on each moved case as a co-worker: a deputy never takes away
 * anyone's own access, and they find their cases when they return.
 */
export async function redistribute(
  access: StaffAccess,
  absenceId: string,
  moves: readonly Move[],
): Promise<{ moved: number }> {
  requireCapability(access.actor, 'case.assign');
  const { trx } = access;
  const absence = await trx
    .selectFrom('staff_absence as a')
    .innerJoin('staff_user as s', 's.id', 'a.staff_user_id')
    .select(['a.id', 'a.staff_user_id as staffUserId', 's.unit_id as unitId'])
    .where('a.id', '=', absenceId)
    .executeTakeFirst();
  if (!absence || !leadsStaff(access, absence.unitId)) {
    throw new AccessDenied(
      { action: 'update', objectType: 'staff_absence', objectId: absenceId },
      'The absence',
    );
  }
  const seen = new Set<string>();
  for (const [i, m] of moves.entries()) {
    if (seen.has(m.sakId)) {
      throw new AppError(ErrorCode.ValidationFailed, 'A case is moved twice', [
        { field: `body.moves.${i}.sakId`, reason: 'appears more than once' },
      ]);
    }
    seen.add(m.sakId);
    if (m.caseworkerId === absence.staffUserId) {
      throw new AppError(ErrorCode.ValidationFailed, 'A case is moved to the absent caseworker', [
        { field: `body.moves.${i}.caseworkerId`, reason: 'is the absent caseworker' },
      ]);
    }
  }
  for (const [i, m] of moves.entries()) {
    // Only a case the leader may see is checked here; for any other, assignCase answers 404.
    const sak = await trx
      .selectFrom('sak')
      .select(['caseworker_id', 'unit_id'])
      .where('id', '=', m.sakId)
      .where(caseVisibleTo(access.actor, access.now))
      .executeTakeFirst();
    if (sak && sak.caseworker_id !== absence.staffUserId) {
      throw new AppError(ErrorCode.ValidationFailed, 'The case is not with the absent caseworker', [
        { field: `body.moves.${i}.sakId`, reason: 'is not a case of the absent caseworker' },
      ]);
    }
    const worker = await trx
      .selectFrom('staff_user')
      .select('unit_id')
      .where('id', '=', m.caseworkerId)
      .where('active', '=', true)
      .executeTakeFirst();
    if (!worker) {
      throw new AppError(ErrorCode.ValidationFailed, 'The caseworker was not found', [
        {
          field: `body.moves.${i}.caseworkerId`,
          reason: 'no active staff member with this id in this service',
        },
      ]);
    }
    // assignCase answers 404 for a case the leader may not see, exactly like a missing one.
    await assignCase(access, m.sakId, {
      unitId: worker.unit_id ?? sak?.unit_id ?? '',
      caseworkerId: m.caseworkerId,
    });
    await trx
      .insertInto('case_co_worker')
      .values({ tenant_id: access.actor.tenantId, sak_id: m.sakId, staff_user_id: absence.staffUserId })
      .onConflict((oc) => oc.columns(['sak_id', 'staff_user_id']).doNothing())
      .execute();
  }
  return { moved: moves.length };
}
