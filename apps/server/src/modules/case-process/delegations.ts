import type { StaffRole } from '@vern/domain';
import { sql } from 'kysely';
import { requireCapability, type StaffAccess } from '../../platform/access/gateway.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { listDelegations, type DelegationRow } from './delegations.queries.js';

/**
 * The delegation table is no secret inside the service: everyone may see who decides what, so a
 * caseworker knows whom to send a proposal to. Only the head of service changes it; every change
 * is audited, and a revoked row stays for the record.
 */
export async function readDelegations(access: StaffAccess): Promise<DelegationRow[]> {
  return listDelegations(access.trx, { activeOnly: false });
}

export async function grantDelegation(
  access: StaffAccess,
  input: {
    lov: 'BVL' | 'BVL2021' | 'BL1981';
    kapittel: string | null;
    paragraf: string | null;
    role: StaffRole | null;
    staffUserId: string | null;
  },
): Promise<{ id: string }> {
  requireCapability(access.actor, 'delegation.manage');
  if ((input.role === null) === (input.staffUserId === null)) {
    throw new AppError(ErrorCode.ValidationFailed, 'A delegation names a role or a person', [
      { field: 'role', reason: 'give either role or staffUserId, not both or neither' },
    ]);
  }
  if (input.paragraf !== null && input.kapittel === null) {
    throw new AppError(ErrorCode.ValidationFailed, 'A paragraph needs its chapter', [
      { field: 'kapittel', reason: 'is required with paragraf' },
    ]);
  }
  if (input.staffUserId !== null) {
    const staff = await access.trx
      .selectFrom('staff_user')
      .select('id')
      .where('id', '=', input.staffUserId)
      .executeTakeFirst();
    if (!staff) {
      throw new AppError(ErrorCode.ValidationFailed, 'The staff member was not found', [
        { field: 'staffUserId', reason: 'no staff member with this id in this service' },
      ]);
    }
  }
  const row = await access.trx
    .insertInto('vedtak_delegation')
    .values({
      tenant_id: access.actor.tenantId,
      lov: input.lov,
      kapittel: input.kapittel,
      paragraf: input.paragraf,
      role: input.role,
      staff_user_id: input.staffUserId,
      granted_by: access.actor.staffUserId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await access.audit({ action: 'create', objectType: 'vedtak_delegation', objectId: row.id });
  return row;
}

export async function revokeDelegation(access: StaffAccess, id: string): Promise<void> {
  requireCapability(access.actor, 'delegation.manage');
  const result = await access.trx
    .updateTable('vedtak_delegation')
    .set({ revoked_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw AppError.notFound('The delegation');
  await access.audit({
    action: 'update',
    objectType: 'vedtak_delegation',
    objectId: id,
    fields: ['revoked_at'],
  });
}
