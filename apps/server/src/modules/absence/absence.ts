import { hasCapability, osloDate } from '@vern/domain';
import { sql } from 'kysely';
import { caseVisibleTo } from '../../platform/access/case-visibility.js';
import { AccessDenied, type StaffAccess } from '../../platform/access/gateway.js';
import type { AbsenceKind } from '../../platform/db/schema.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { auditListed } from '../worklists/worklists.js';

export interface AbsenceInput {
  kind: AbsenceKind;
  startsOn: string;
  expectedEndOn: string | null;
}

/** The staff a leader answers for: a team leader their unit, the head of service everyone. */
export function leadsStaff(access: StaffAccess, staffUnitId: string | null): boolean {
  const roles = access.actor.roles;
  if (hasCapability(roles, 'case.read.all')) return true;
  return (
    hasCapability(roles, 'case.read.unit') &&
    access.actor.unitId !== null &&
    staffUnitId === access.actor.unitId
  );
}

/**
 * Registers an absence: by the person themselves or their leader; anyone else is told the staff
 * member was not found. Only the kind and the days are kept, never a reason. It changes nobody's
 * access: cases stay with the absent caseworker until a leader moves them.
 */
export async function registerAbsence(access: StaffAccess, staffId: string, input: AbsenceInput) {
  const { trx, actor } = access;
  const staff = await trx
    .selectFrom('staff_user')
    .select(['id', 'unit_id'])
    .where('id', '=', staffId)
    .where('active', '=', true)
    .executeTakeFirst();
  if (!staff || (staffId !== actor.staffUserId && !leadsStaff(access, staff.unit_id))) {
    throw new AccessDenied(
      { action: 'create', objectType: 'staff_absence', objectId: null, fields: ['staff_user_id'] },
      'The staff member',
    );
  }
  if (input.expectedEndOn !== null && input.expectedEndOn < input.startsOn) {
    throw new AppError(ErrorCode.ValidationFailed, 'The absence ends before it starts', [
      { field: 'body.expectedEndOn', reason: 'must be on or after startsOn' },
    ]);
  }
  await refuseOverlap(access, staffId, input.startsOn, input.expectedEndOn, null);
  const row = await trx
    .insertInto('staff_absence')
    .values({
      tenant_id: actor.tenantId,
      staff_user_id: staffId,
      kind: input.kind,
      starts_on: input.startsOn,
      expected_end_on: input.expectedEndOn,
      registered_by: actor.staffUserId,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
  await access.audit({
    action: 'create',
    objectType: 'staff_absence',
    objectId: row.id,
    fields: ['kind', 'starts_on', 'expected_end_on'],
  });
  return { id: row.id, staffUserId: staffId, ...input };
}

/**
 * Refuses an absence that overlaps another of the same person: the same cases would be listed
 * twice and the days would count twice. The answer names the absence to change instead. Call it
 * before writing the absence, in the same transaction.
 */
async function refuseOverlap(
  access: StaffAccess,
  staffId: string,
  startsOn: string,
  endsOn: string | null,
  except: string | null,
) {
  // One person's absences are checked and written one transaction at a time, so two registrations
  // at once cannot both pass the check (the lock is released at commit).
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`staff_absence:${staffId}`}, 0))`.execute(
    access.trx,
  );
  let q = access.trx
    .selectFrom('staff_absence')
    .select(['id', 'starts_on as startsOn', 'expected_end_on as expectedEndOn'])
    .where('staff_user_id', '=', staffId)
    .where((eb) => eb.or([eb('expected_end_on', 'is', null), eb('expected_end_on', '>=', startsOn)]));
  if (endsOn !== null) q = q.where('starts_on', '<=', endsOn);
  if (except !== null) q = q.where('id', '<>', except);
  const other = await q.orderBy('starts_on').executeTakeFirst();
  if (other) {
    const until = other.expectedEndOn ?? 'an unknown day';
    throw new AppError(ErrorCode.Conflict, 'Another absence covers some of these days', [
      {
        field: 'body.startsOn',
        reason: `overlaps the absence ${other.id} from ${other.startsOn} to ${until}; change that one's last day instead`,
      },
    ]);
  }
}

/**
 * Changes the expected last day of an absence (back early, away longer, or the end now known), by
 * the person or their leader; anyone else is told the absence was not found. The kind and the
 * start stay as registered.
 */
export async function changeExpectedEnd(
  access: StaffAccess,
  absenceId: string,
  expectedEndOn: string | null,
) {
  const { trx, actor } = access;
  const absence = await trx
    .selectFrom('staff_absence as a')
    .innerJoin('staff_user as s', 's.id', 'a.staff_user_id')
    .select([
      'a.id',
      'a.kind',
      'a.starts_on as startsOn',
      'a.staff_user_id as staffUserId',
      's.unit_id as unitId',
    ])
    .where('a.id', '=', absenceId)
    .executeTakeFirst();
  if (!absence || (absence.staffUserId !== actor.staffUserId && !leadsStaff(access, absence.unitId))) {
    throw new AccessDenied(
      { action: 'update', objectType: 'staff_absence', objectId: absenceId, fields: ['expected_end_on'] },
      'The absence',
    );
  }
  if (expectedEndOn !== null && expectedEndOn < absence.startsOn) {
    throw new AppError(ErrorCode.ValidationFailed, 'The absence would end before it starts', [
      { field: 'body.expectedEndOn', reason: `must be on or after the first day, ${absence.startsOn}` },
    ]);
  }
  await refuseOverlap(access, absence.staffUserId, absence.startsOn, expectedEndOn, absence.id);
  await trx
    .updateTable('staff_absence')
    .set({ expected_end_on: expectedEndOn })
    .where('id', '=', absence.id)
    .execute();
  await access.audit({
    action: 'update',
    objectType: 'staff_absence',
    objectId: absence.id,
    fields: ['expected_end_on'],
  });
  return {
    id: absence.id,
    staffUserId: absence.staffUserId,
    kind: absence.kind,
    startsOn: absence.startsOn,
    expectedEndOn,
  };
}

export interface AffectedCase {
  sakId: string;
  journalnummer: string;
  childName: string;
  unit: { id: string; name: string };
  deadlines: {
    id: string;
    ruleId: string;
    legalReference: string;
    dueDate: string;
    status: 'open' | 'overdue';
  }[];
}

/**
 * For a leader: every current or coming absence of staff they lead, each with the cases of the
 * absent person (that the leader may see) with an open deadline before the absence is expected
 * to end (overdue ones included; all open ones while the end is unknown).
 */
export async function affectedCases(access: StaffAccess) {
  const { trx, actor, now } = access;
  const all = hasCapability(actor.roles, 'case.read.all');
  if (!all && !hasCapability(actor.roles, 'case.read.unit')) {
    throw new AppError(ErrorCode.Forbidden, 'Only leaders see the cases of absent staff');
  }
  const today = osloDate(now);
  let absences = trx
    .selectFrom('staff_absence as a')
    .innerJoin('staff_user as s', 's.id', 'a.staff_user_id')
    .select([
      'a.id',
      'a.kind',
      'a.starts_on as startsOn',
      'a.expected_end_on as expectedEndOn',
      's.id as staffUserId',
      's.display_name as staffName',
      's.unit_id as unitId',
    ])
    .where((eb) => eb.or([eb('a.expected_end_on', 'is', null), eb('a.expected_end_on', '>=', today)]))
    .orderBy('a.starts_on')
    .orderBy('a.id');
  if (!all) absences = absences.where('s.unit_id', '=', actor.unitId ?? sql<string>`NULL`);
  const list = await absences.execute();
  const rows = await trx
    .selectFrom('staff_absence as a')
    .innerJoin('deadline as d', (j) =>
      j.onRef('d.owner_id', '=', 'a.staff_user_id').on('d.status', '=', 'open'),
    )
    .innerJoin('sak', 'sak.id', 'd.sak_id')
    .innerJoin('person as child', 'child.id', 'sak.child_person_id')
    .innerJoin('unit', 'unit.id', 'sak.unit_id')
    .select([
      'a.id as absenceId',
      'd.id',
      'd.rule_id as ruleId',
      'd.legal_reference as legalReference',
      'd.due_date as dueDate',
      'sak.id as sakId',
      'sak.journalnummer',
      'child.id as childId',
      'child.given_name as givenName',
      'child.family_name as familyName',
      'unit.id as unitId',
      'unit.name as unitName',
    ])
    .where('a.id', 'in', list.length ? list.map((a) => a.id) : ['00000000-0000-0000-0000-000000000000'])
    .where((eb) =>
      eb.or([eb('a.expected_end_on', 'is', null), eb('d.due_date', '<=', eb.ref('a.expected_end_on'))]),
    )
    .where(caseVisibleTo(actor, now))
    .orderBy('d.due_date')
    .orderBy('d.id')
    .execute();
  await auditListed(access, rows);
  return list.map((a) => {
    const cases = new Map<string, AffectedCase>();
    for (const r of rows.filter((x) => x.absenceId === a.id)) {
      const c = cases.get(r.sakId) ?? {
        sakId: r.sakId,
        journalnummer: r.journalnummer,
        childName: `${r.givenName} ${r.familyName}`,
        unit: { id: r.unitId, name: r.unitName },
        deadlines: [],
      };
      c.deadlines.push({
        id: r.id,
        ruleId: r.ruleId,
        legalReference: r.legalReference,
        dueDate: r.dueDate,
        status: r.dueDate < today ? 'overdue' : 'open',
      });
      cases.set(r.sakId, c);
    }
    return { ...a, active: a.startsOn <= today, cases: [...cases.values()] };
  });
}
