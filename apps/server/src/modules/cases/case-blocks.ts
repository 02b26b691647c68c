import { AccessDenied, requireCapability, type StaffAccess } from '../../platform/access/gateway.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { openCase } from './open-case.js';

export interface CaseBlockView {
  staffUserId: string;
  staffName: string;
  createdAt: Date;
  createdBy: string;
}

/** Who is blocked from a case (sperring). Seen by those who may set blocks and can see the case. */
export async function listCaseBlocks(access: StaffAccess, sakId: string): Promise<CaseBlockView[]> {
  requireCapability(access.actor, 'case.block');
  const { row } = await openCase(access, sakId, 'read_blocks');
  const rows = await access.trx
    .selectFrom('case_block as b')
    .innerJoin('staff_user as s', 's.id', 'b.staff_user_id')
    .innerJoin('staff_user as c', 'c.id', 'b.created_by')
    .select([
      'b.staff_user_id as staffUserId',
      's.display_name as staffName',
      'b.created_at as createdAt',
      'c.display_name as createdBy',
    ])
    .where('b.sak_id', '=', sakId)
    .orderBy('b.created_at')
    .execute();
  await access.audit({
    action: 'read_blocks',
    objectType: 'sak',
    objectId: sakId,
    sakId,
    personId: row.childId,
  });
  return rows;
}

/**
 * Blocks a staff member from a case (e.g. a relative, inhabilitet). It takes effect on that
 * person's very next request, whatever their role; leaders may block themselves when inhabil.
 */
export async function blockStaff(access: StaffAccess, sakId: string, staffUserId: string): Promise<void> {
  requireCapability(access.actor, 'case.block');
  const { row } = await openCase(access, sakId, 'block');
  const target = await access.trx
    .selectFrom('staff_user')
    .select('id')
    .where('id', '=', staffUserId)
    .executeTakeFirst();
  if (!target) {
    throw new AppError(ErrorCode.ValidationFailed, 'The request is invalid', [
      { field: 'body.staffUserId', reason: 'is not a staff member of this service' },
    ]);
  }
  const inserted = await access.trx
    .insertInto('case_block')
    .values({
      tenant_id: access.actor.tenantId,
      sak_id: sakId,
      staff_user_id: staffUserId,
      created_by: access.actor.staffUserId,
    })
    .onConflict((oc) => oc.columns(['sak_id', 'staff_user_id']).doNothing())
    .returning('staff_user_id')
    .executeTakeFirst();
  if (!inserted) throw new AppError(ErrorCode.Conflict, 'This person is already blocked from the case');
  await access.audit({
    action: 'block',
    objectType: 'case_block',
    objectId: staffUserId,
    sakId,
    personId: row.childId,
  });
}

/** Lifts a block. */
export async function unblockStaff(access: StaffAccess, sakId: string, staffUserId: string): Promise<void> {
  requireCapability(access.actor, 'case.block');
  const { row } = await openCase(access, sakId, 'unblock');
  const removed = await access.trx
    .deleteFrom('case_block')
    .where('sak_id', '=', sakId)
    .where('staff_user_id', '=', staffUserId)
    .returning('staff_user_id')
    .executeTakeFirst();
  if (!removed)
    throw new AccessDenied(
      { action: 'unblock', objectType: 'case_block', objectId: null, sakId },
      'The block',
    );
  await access.audit({
    action: 'unblock',
    objectType: 'case_block',
    objectId: staffUserId,
    sakId,
    personId: row.childId,
  });
}
