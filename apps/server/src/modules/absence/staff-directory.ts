import { hasCapability, osloDate } from '@vern/domain';
import type { StaffAccess } from '../../platform/access/gateway.js';
import type { AbsenceKind } from '../../platform/db/schema.js';
import { AppError, ErrorCode } from '../../platform/errors.js';

export interface AbsenceSummary {
  id: string;
  kind: AbsenceKind;
  startsOn: string;
  expectedEndOn: string | null;
}

export interface LedStaffMember {
  id: string;
  name: string;
  roles: string[];
  unit: { id: string; name: string } | null;
  /** Absent today. */
  absent: boolean;
  /** Current and coming absences, earliest first. */
  absences: AbsenceSummary[];
}

/**
 * The active staff a leader answers for (a team leader their unit, the head of service everyone),
 * with roles and current and coming absences: whom a leader may register an absence for, and to
 * whom they may move cases. Names and absence kinds of staff only, no case data; the list is
 * audited as one read of the staff register.
 */
export async function ledStaff(access: StaffAccess): Promise<LedStaffMember[]> {
  const { trx, actor, now } = access;
  const all = hasCapability(actor.roles, 'case.read.all');
  if (!all && !hasCapability(actor.roles, 'case.read.unit')) {
    throw new AppError(ErrorCode.Forbidden, 'Only leaders see the staff they lead');
  }
  if (!all && !actor.unitId) {
    throw new AppError(ErrorCode.ValidationFailed, 'You belong to no unit', [
      { field: 'unit', reason: 'a team leader leads the staff of their own unit, and you have none' },
    ]);
  }
  const today = osloDate(now);
  let people = trx
    .selectFrom('staff_user as s')
    .leftJoin('unit', 'unit.id', 's.unit_id')
    .select(['s.id', 's.display_name as name', 'unit.id as unitId', 'unit.name as unitName'])
    .where('s.active', '=', true)
    .orderBy('unit.name')
    .orderBy('s.display_name')
    .orderBy('s.id');
  if (!all && actor.unitId) people = people.where('s.unit_id', '=', actor.unitId);
  const rows = await people.execute();
  const ids = rows.length > 0 ? rows.map((r) => r.id) : ['00000000-0000-0000-0000-000000000000'];
  const roles = await trx
    .selectFrom('staff_role')
    .select(['staff_user_id as staffUserId', 'role'])
    .where('staff_user_id', 'in', ids)
    .orderBy('role')
    .execute();
  const absences = await trx
    .selectFrom('staff_absence')
    .select([
      'id',
      'staff_user_id as staffUserId',
      'kind',
      'starts_on as startsOn',
      'expected_end_on as expectedEndOn',
    ])
    .where('staff_user_id', 'in', ids)
    .where((eb) => eb.or([eb('expected_end_on', 'is', null), eb('expected_end_on', '>=', today)]))
    .orderBy('starts_on')
    .orderBy('id')
    .execute();
  await access.audit({ action: 'list', objectType: 'staff', fields: ['name', 'roles', 'unit', 'absences'] });
  return rows.map((r) => {
    const own = absences.filter((a) => a.staffUserId === r.id).map(({ staffUserId: _s, ...a }) => a);
    return {
      id: r.id,
      name: r.name,
      roles: roles.filter((x) => x.staffUserId === r.id).map((x) => x.role),
      unit: r.unitId && r.unitName ? { id: r.unitId, name: r.unitName } : null,
      absent: own.some((a) => a.startsOn <= today),
      absences: own,
    };
  });
}

/**
 * My own current and coming absences, and my staff id (the path of registering one). Only the
 * kind and the days, as registered by me or my leader.
 */
export async function myAbsences(
  access: StaffAccess,
): Promise<{ staffUserId: string; items: (AbsenceSummary & { registeredByName: string })[] }> {
  const { trx, actor, now } = access;
  const today = osloDate(now);
  const items = await trx
    .selectFrom('staff_absence as a')
    .innerJoin('staff_user as by', 'by.id', 'a.registered_by')
    .select([
      'a.id',
      'a.kind',
      'a.starts_on as startsOn',
      'a.expected_end_on as expectedEndOn',
      'by.display_name as registeredByName',
    ])
    .where('a.staff_user_id', '=', actor.staffUserId)
    .where((eb) => eb.or([eb('a.expected_end_on', 'is', null), eb('a.expected_end_on', '>=', today)]))
    .orderBy('a.starts_on')
    .orderBy('a.id')
    .execute();
  return { staffUserId: actor.staffUserId, items };
}
