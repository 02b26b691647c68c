import { osloDate, osloDateTime } from '@vern/domain';
import { sql } from 'kysely';
import type { StaffAccess } from '../../platform/access/gateway.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { caseVisibleTo } from '../../platform/access/case-visibility.js';
import { auditListed, seesIntake } from './worklists.js';

export interface IntakeItem {
  deadlineId: string;
  sakId: string;
  journalnummer: string;
  childName: string;
  meldingId: string;
  receivedAt: Date | null;
  dueDate: string;
  /** Whole hours until the end of the due day in Norway; negative once it has passed. */
  hoursLeft: number;
  legalReference: string;
  explanation: string;
  unit: { id: string; name: string };
}

/** The instant the Norwegian calendar day after `date` begins: the end of the due day. */
export function endOfOsloDay(date: string): Date {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const nextDate = next.toISOString().slice(0, 10);
  for (const hours of [1, 2]) {
    const candidate = new Date(next.getTime() - hours * 3_600_000);
    const oslo = osloDateTime(candidate.toISOString());
    if (oslo?.date === nextDate && oslo.time === '00:00') return candidate;
  }
  throw new Error(`no Norwegian midnight after ${date}`);
}

/**
 * Unassigned meldinger still to be reviewed (§ 2-1: within one week of receipt), most urgent first,
 * with the hours left of the week: for intake and leaders, over the cases they may see.
 */
export async function intakeList(access: StaffAccess, page: { limit: number; offset: number }) {
  if (!seesIntake(access)) {
    throw new AppError(ErrorCode.Forbidden, 'Your role does not include intake or leading a unit');
  }
  const { trx, actor, now } = access;
  const rows = await trx
    .selectFrom('deadline as d')
    .innerJoin('sak', 'sak.id', 'd.sak_id')
    .innerJoin('person as child', 'child.id', 'sak.child_person_id')
    .innerJoin('unit', 'unit.id', 'd.unit_id')
    .leftJoin('melding_detail as m', (j) =>
      j.onRef('m.sak_id', '=', 'd.sak_id').on(sql`m.melding_id::text`, '=', sql.ref('d.element_id')),
    )
    .select([
      'd.id as deadlineId',
      'd.sak_id as sakId',
      'sak.journalnummer',
      'child.id as childId',
      'child.given_name as givenName',
      'child.family_name as familyName',
      'd.element_id as meldingId',
      'm.received_at as receivedAt',
      'd.due_date as dueDate',
      'd.legal_reference as legalReference',
      'd.explanation',
      'unit.id as unitId',
      'unit.name as unitName',
    ])
    .where('d.status', '=', 'open')
    .where('d.rule_id', '=', 'melding-gjennomgang')
    .where('d.owner_id', 'is', null)
    .where(caseVisibleTo(actor, now))
    .orderBy('d.due_date')
    .orderBy('m.received_at')
    .orderBy('d.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  await auditListed(access, rows);
  const items: IntakeItem[] = rows.map((r) => ({
    deadlineId: r.deadlineId,
    sakId: r.sakId,
    journalnummer: r.journalnummer,
    childName: `${r.givenName} ${r.familyName}`,
    meldingId: r.meldingId,
    receivedAt: r.receivedAt,
    dueDate: r.dueDate,
    hoursLeft: Math.floor((endOfOsloDay(r.dueDate).getTime() - now.getTime()) / 3_600_000),
    legalReference: r.legalReference,
    explanation: r.explanation,
    unit: { id: r.unitId, name: r.unitName },
  }));
  return { items, today: osloDate(now) };
}
