import type { StaffActor } from '@vern/domain';
import { sql, type Transaction } from 'kysely';
import { caseVisibleTo } from '../../platform/access/case-visibility.js';
import type { DB } from '../../platform/db/schema.js';

/** Which open deadlines a list shows: overdue, due within a week, or every open one. */
export type DueFilter = 'overdue' | 'due-soon' | 'open';

export interface DeadlineFilter {
  /** A staff id, or null for deadlines of cases without a caseworker. */
  ownerId?: string | null;
  unitId?: string;
  due?: DueFilter;
  ruleId?: string;
}

export interface WorklistRow {
  id: string;
  sakId: string;
  kind: string;
  ruleId: string;
  legalReference: string;
  elementType: string;
  elementId: string;
  dueDate: string;
  explanation: string;
  ownerId: string | null;
  ownerName: string | null;
  ownerAbsent: boolean;
  unitId: string;
  unitName: string;
  journalnummer: string;
  childId: string;
  childGivenName: string;
  childFamilyName: string;
}

/** The days a week ahead of `today` (YYYY-MM-DD), for "due this week". */
export function weekAhead(today: string): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 7);
  return d.toISOString().slice(0, 10);
}

/**
 * Open deadlines of the cases the actor may see (the same need-to-know rule as every case list,
 * blocks included), with the filter applied; overdue is derived from the due day against `today`.
 */
function openDeadlines(trx: Transaction<DB>, actor: StaffActor, now: Date, today: string, f: DeadlineFilter) {
  let q = trx
    .selectFrom('deadline as d')
    .innerJoin('sak', 'sak.id', 'd.sak_id')
    .where('d.status', '=', 'open')
    .where(caseVisibleTo(actor, now));
  if (f.ownerId !== undefined)
    q = f.ownerId === null ? q.where('d.owner_id', 'is', null) : q.where('d.owner_id', '=', f.ownerId);
  if (f.unitId !== undefined) q = q.where('d.unit_id', '=', f.unitId);
  if (f.ruleId !== undefined) q = q.where('d.rule_id', '=', f.ruleId);
  if (f.due === 'overdue') q = q.where('d.due_date', '<', today);
  if (f.due === 'due-soon')
    q = q.where('d.due_date', '>=', today).where('d.due_date', '<=', weekAhead(today));
  return q;
}

/** One page of open deadlines, earliest due first (so overdue ones come first), with the case. */
export async function listOpenDeadlines(
  trx: Transaction<DB>,
  actor: StaffActor,
  now: Date,
  today: string,
  f: DeadlineFilter,
  page: { limit: number; offset: number },
): Promise<WorklistRow[]> {
  return openDeadlines(trx, actor, now, today, f)
    .innerJoin('person as child', 'child.id', 'sak.child_person_id')
    .innerJoin('unit', 'unit.id', 'd.unit_id')
    .leftJoin('staff_user as owner', 'owner.id', 'd.owner_id')
    .select((eb) => [
      'd.id',
      'd.sak_id as sakId',
      'd.kind',
      'd.rule_id as ruleId',
      'd.legal_reference as legalReference',
      'd.element_type as elementType',
      'd.element_id as elementId',
      'd.due_date as dueDate',
      'd.explanation',
      'd.owner_id as ownerId',
      'owner.display_name as ownerName',
      eb
        .exists(
          eb
            .selectFrom('staff_absence as a')
            .select(sql`1`.as('one'))
            .whereRef('a.staff_user_id', '=', 'd.owner_id')
            .where('a.starts_on', '<=', today)
            .where((x) => x.or([x('a.expected_end_on', 'is', null), x('a.expected_end_on', '>=', today)])),
        )
        .$castTo<boolean>()
        .as('ownerAbsent'),
      'd.unit_id as unitId',
      'unit.name as unitName',
      'sak.journalnummer',
      'child.id as childId',
      'child.given_name as childGivenName',
      'child.family_name as childFamilyName',
    ])
    .orderBy('d.due_date')
    .orderBy('d.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export interface DeadlineCounts {
  open: number;
  overdue: number;
  dueThisWeek: number;
}

const countColumns = (today: string) =>
  [
    sql<number>`count(*)::int`.as('open'),
    sql<number>`count(*) FILTER (WHERE d.due_date < ${today})::int`.as('overdue'),
    sql<number>`count(*) FILTER (WHERE d.due_date >= ${today} AND d.due_date <= ${weekAhead(today)})::int`.as(
      'dueThisWeek',
    ),
  ] as const;

/** Counts over the same deadlines as the list (the due filter aside: the counts split by it). */
export async function countOpenDeadlines(
  trx: Transaction<DB>,
  actor: StaffActor,
  now: Date,
  today: string,
  f: DeadlineFilter,
): Promise<DeadlineCounts> {
  const { due: _ignored, ...rest } = f;
  return openDeadlines(trx, actor, now, today, rest).select(countColumns(today)).executeTakeFirstOrThrow();
}

/** The same counts per unit. */
export async function countOpenDeadlinesByUnit(
  trx: Transaction<DB>,
  actor: StaffActor,
  now: Date,
  today: string,
  f: DeadlineFilter,
): Promise<(DeadlineCounts & { unitId: string; unitName: string })[]> {
  const { due: _ignored, ...rest } = f;
  return openDeadlines(trx, actor, now, today, rest)
    .innerJoin('unit', 'unit.id', 'd.unit_id')
    .select(['d.unit_id as unitId', 'unit.name as unitName', ...countColumns(today)])
    .groupBy(['d.unit_id', 'unit.name'])
    .orderBy('unit.name')
    .execute();
}
