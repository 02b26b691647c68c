import { hasCapability, StaffRole, type Capability, type DeadlineRuleId } from '@vern/domain';
import type { Lang } from '@vern/ui';

/** What GET /api/worklists/* answer (apps/server/src/modules/worklists/worklists.routes.ts). */
export interface DeadlineCounts {
  open: number;
  overdue: number;
  dueThisWeek: number;
}

export interface WorklistItem {
  id: string;
  sakId: string;
  journalnummer: string;
  childName: string;
  kind: string;
  ruleId: string;
  legalReference: string;
  element: { type: string; id: string };
  dueDate: string;
  status: 'open' | 'overdue';
  explanation: string;
  owner: { id: string; name: string; absent: boolean } | null;
  unit: { id: string; name: string };
}

export interface Worklist {
  items: WorklistItem[];
  counts: DeadlineCounts;
  /** Only /service: the same counts per unit. */
  units?: (DeadlineCounts & { unitId: string; unitName: string })[];
}

export interface IntakeItem {
  deadlineId: string;
  sakId: string;
  journalnummer: string;
  childName: string;
  meldingId: string;
  receivedAt: string | null;
  dueDate: string;
  hoursLeft: number;
  legalReference: string;
  explanation: string;
  unit: { id: string; name: string };
}

/** The lists of the start page: mine, my unit's, the service's, and unassigned meldinger. */
export type WorkView = 'mine' | 'team' | 'service' | 'intake';
export type DueFilter = 'open' | 'overdue' | 'due-soon';

export const WORK_PATHS: Readonly<Record<WorkView, string>> = {
  mine: '/arbeid/mitt',
  team: '/arbeid/team',
  service: '/arbeid/tjenesten',
  intake: '/arbeid/mottak',
};

export function viewOfPath(path: string): WorkView | undefined {
  return (Object.keys(WORK_PATHS) as WorkView[]).find((v) => WORK_PATHS[v] === path);
}

export const RISK_PATH = '/risiko';
export const CASELOAD_PATH = '/saksmengde';

/** Every rule a deadline row can come from, in the order of the case process (packages/domain). */
export const RULE_IDS: readonly DeadlineRuleId[] = [
  'melding-gjennomgang',
  'undersokelse-konklusjon',
  'undersokelsesplan',
  'tiltaksplan',
  'tiltaksplan-evaluering',
  'omsorgsplan',
  'ettervern-tilbud',
  'oppfolgingsbesok',
  'tilsynsbesok',
  'vedtak-frist',
];

export function isRuleId(id: string): id is DeadlineRuleId {
  return (RULE_IDS as readonly string[]).includes(id);
}

export function can(roles: readonly string[], capability: Capability): boolean {
  const known = roles.filter((r): r is StaffRole => StaffRole.safeParse(r).success);
  return hasCapability(known, capability);
}

/** Leaders: the team leader (their unit) and the head of service (everyone). */
export const isLeader = (roles: readonly string[]): boolean =>
  can(roles, 'case.read.unit') || can(roles, 'case.read.all');

/**
 * The lists a person's roles open, the one they start on first, as the API allows them: the head
 * of service's list of the whole service (which holds her unit's, so no team list beside it), the
 * team leader's unit, one's own cases, and unassigned meldinger for intake and leaders.
 */
export function workViews(roles: readonly string[]): WorkView[] {
  const service = can(roles, 'case.read.all');
  const team = !service && can(roles, 'case.read.unit');
  const mine = can(roles, 'case.read.team');
  const intake = can(roles, 'case.read.unassigned') || service || team;
  const views: WorkView[] = [];
  if (service) views.push('service');
  if (team) views.push('team');
  if (mine) views.push('mine');
  if (intake) views.push('intake');
  // Intake staff start on the intake list, everyone else on the first of theirs.
  if (can(roles, 'case.read.unassigned') && !service && !team)
    return ['intake', ...views.filter((v) => v !== 'intake')];
  return views;
}

export interface ListFilter {
  due: DueFilter;
  ruleId: string;
  /** '' all, 'none' unassigned, or a staff id. */
  caseworkerId: string;
  /** '' all, or a unit id (service list only). */
  unitId: string;
  limit: number;
}

export const PAGE = 25;
export const DEFAULT_FILTER: ListFilter = {
  due: 'open',
  ruleId: '',
  caseworkerId: '',
  unitId: '',
  limit: PAGE,
};

/** The request for a list with its filter; a filter the list does not take is left out. */
export function worklistUrl(view: Exclude<WorkView, 'intake'>, f: ListFilter): string {
  const q = new URLSearchParams();
  if (f.due !== 'open') q.set('due', f.due);
  if (f.ruleId) q.set('ruleId', f.ruleId);
  if (view !== 'mine' && f.caseworkerId) q.set('caseworkerId', f.caseworkerId);
  if (view === 'service' && f.unitId) q.set('unitId', f.unitId);
  q.set('limit', String(Math.min(f.limit, 500)));
  const path = view === 'mine' ? 'mine' : view === 'team' ? 'team' : 'service';
  return `/api/worklists/${path}?${q.toString()}`;
}

/** How many rows the chosen filter has, by the counts (which the due filter does not narrow). */
export function totalFor(counts: DeadlineCounts, due: DueFilter): number {
  switch (due) {
    case 'open':
      return counts.open;
    case 'overdue':
      return counts.overdue;
    case 'due-soon':
      return counts.dueThisWeek;
  }
}

const DAY = 86_400_000;

/** Whole calendar days from `today` to `date` (both YYYY-MM-DD): negative when it has passed. */
export function daysBetween(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY);
}

/** A deadline against today: passed (by how many days), today, or days left. */
export type Due = { state: 'overdue'; days: number } | { state: 'today' } | { state: 'left'; days: number };

export function dueOf(dueDate: string, today: string): Due {
  const days = daysBetween(today, dueDate);
  if (days < 0) return { state: 'overdue', days: -days };
  if (days === 0) return { state: 'today' };
  return { state: 'left', days };
}

/** The colour a deadline is shown in: passed, within a week, or later. */
export function urgency(due: Due): 'danger' | 'warning' | 'neutral' {
  if (due.state === 'overdue') return 'danger';
  if (due.state === 'today' || due.days <= 7) return 'warning';
  return 'neutral';
}

/** The hours left of the one-week review split for reading: «3 døgn og 5 timer». */
export function splitHours(hoursLeft: number): { overdue: boolean; days: number; hours: number } {
  const h = Math.abs(hoursLeft);
  return { overdue: hoursLeft < 0, days: Math.floor(h / 24), hours: h % 24 };
}

const LOCALES: Readonly<Record<Lang, string>> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** A calendar day in the reader's language: «man. 30. nov. 2026», «Mon 30 Nov 2026». */
export function formatDay(date: string, lang: Lang): string {
  const d = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}

/** An instant in Norwegian time, in the reader's language: «24.11.2026, 14:21». */
export function formatInstant(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Oslo',
  }).format(d);
}
