import { can } from '../work/worklists';

/** What the absence routes answer (apps/server/src/modules/absence/absence.routes.ts). */
export const ABSENCE_KINDS = ['sick_leave', 'holiday', 'course', 'other'] as const;
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];

export interface Absence {
  id: string;
  kind: AbsenceKind;
  startsOn: string;
  expectedEndOn: string | null;
}

/** GET /api/staff: someone a leader answers for. */
export interface StaffMember {
  id: string;
  name: string;
  roles: string[];
  unit: { id: string; name: string } | null;
  absent: boolean;
  absences: Absence[];
}

export interface MyAbsences {
  staffUserId: string;
  items: (Absence & { registeredByName: string })[];
}

export interface AffectedDeadline {
  id: string;
  ruleId: string;
  legalReference: string;
  dueDate: string;
  status: 'open' | 'overdue';
}

export interface AffectedCase {
  sakId: string;
  journalnummer: string;
  childName: string;
  unit: { id: string; name: string };
  deadlines: AffectedDeadline[];
}

/** GET /api/absences/affected: an absence of someone I lead, with their cases due inside it. */
export interface AffectedAbsence extends Absence {
  active: boolean;
  staffUserId: string;
  staffName: string;
  unitId: string | null;
  cases: AffectedCase[];
}

export const ABSENCE_PATH = '/fravaer';
export const absencesUrl = (staffId: string): string => `/api/staff/${staffId}/absences`;
export const expectedEndUrl = (absenceId: string): string => `/api/absences/${absenceId}/expected-end`;
export const redistributeUrl = (absenceId: string): string => `/api/absences/${absenceId}/redistribute`;

/** Whether someone can be given cases: a role that works cases of its own (not intake, not IT). */
export const holdsCases = (s: Pick<StaffMember, 'roles'>): boolean => can(s.roles, 'case.read.team');

/**
 * Whom a leader may move an absent person's cases to: colleagues who hold cases and are at work
 * today, not the absent person; by unit, then name.
 */
export function redistributionTargets(staff: readonly StaffMember[], absentId: string): StaffMember[] {
  return staff
    .filter((s) => s.id !== absentId && holdsCases(s) && !s.absent)
    .sort(
      (a, b) =>
        (a.unit?.name ?? '').localeCompare(b.unit?.name ?? '', 'nb') || a.name.localeCompare(b.name, 'nb'),
    );
}

/** The earliest deadline of a case (YYYY-MM-DD), or '' when it has none. */
export function earliestDue(c: AffectedCase): string {
  return c.deadlines.reduce((min, d) => (min === '' || d.dueDate < min ? d.dueDate : min), '');
}

/** Cases most urgent first: by their earliest deadline, then journalnummer. */
export function byUrgency(cases: readonly AffectedCase[]): AffectedCase[] {
  return [...cases].sort(
    (a, b) =>
      earliestDue(a).localeCompare(earliestDue(b)) || a.journalnummer.localeCompare(b.journalnummer, 'nb'),
  );
}

/** The request body that moves every chosen case to one caseworker, in the list's order. */
export function movesFor(
  cases: readonly AffectedCase[],
  chosen: ReadonlySet<string>,
  caseworkerId: string,
): { sakId: string; caseworkerId: string }[] {
  return cases.filter((c) => chosen.has(c.sakId)).map((c) => ({ sakId: c.sakId, caseworkerId }));
}

/** `chosen` with `id` added or taken away. */
export function toggled(chosen: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(chosen);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

export type AbsenceProblem = 'startMissing' | 'endBeforeStart';

/** What is wrong with the days before the form is sent (the server checks the same). */
export function checkAbsence(
  startsOn: string,
  expectedEndOn: string,
): Partial<Record<'startsOn' | 'expectedEndOn', AbsenceProblem>> {
  if (!startsOn) return { startsOn: 'startMissing' };
  if (expectedEndOn && expectedEndOn < startsOn) return { expectedEndOn: 'endBeforeStart' };
  return {};
}

/** An absence that covers `today` (started, and not ended). */
export function isCurrent(a: Absence, today: string): boolean {
  return a.startsOn <= today && (a.expectedEndOn === null || a.expectedEndOn >= today);
}
