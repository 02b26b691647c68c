import type { StaffRole, VedtakDelegation } from '@vern/domain';
import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

export interface DelegationRow extends VedtakDelegation {
  id: string;
  staffName: string | null;
  grantedAt: Date;
  revokedAt: Date | null;
}

/** The tenant's delegation table (row-level security keeps it to the tenant). */
export async function listDelegations(
  trx: Transaction<DB>,
  options: { activeOnly: boolean },
): Promise<DelegationRow[]> {
  let query = trx
    .selectFrom('vedtak_delegation as d')
    .leftJoin('staff_user as s', 's.id', 'd.staff_user_id')
    .select([
      'd.id',
      'd.lov',
      'd.kapittel',
      'd.paragraf',
      'd.role',
      'd.staff_user_id as staffUserId',
      's.display_name as staffName',
      'd.granted_at as grantedAt',
      'd.revoked_at as revokedAt',
    ])
    .orderBy('d.lov')
    .orderBy('d.kapittel')
    .orderBy('d.paragraf')
    .orderBy('d.granted_at');
  if (options.activeOnly) query = query.where('d.revoked_at', 'is', null);
  const rows = await query.execute();
  return rows.map((r) => ({ ...r, role: r.role as StaffRole | null }));
}
