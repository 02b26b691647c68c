/** What GET /api/worklists/caseload answers (apps/server/src/modules/worklists/caseload.ts). */
export interface Load {
  openCases: number;
  openDeadlines: number;
  overdueDeadlines: number;
}

export interface CaseworkerLoad extends Load {
  unitId: string;
  unitName: string;
  caseworkerId: string | null;
  caseworkerName: string | null;
}

export interface UnitLoad extends Load {
  unitId: string;
  unitName: string;
}

export interface LoadSnapshot extends Load {
  day: string;
  unitId: string;
  caseworkerId: string | null;
}

export interface Caseload {
  today: string;
  caseworkers: CaseworkerLoad[];
  units: UnitLoad[];
  history: LoadSnapshot[];
}

/** Days of history the page asks for. */
export const HISTORY_DAYS = 30;
export const caseloadUrl = (days: number): string => `/api/worklists/caseload?days=${days}`;

/** Each unit with its caseworkers, the most loaded first (unassigned last). */
export function byUnit(c: Caseload): { unit: UnitLoad; rows: CaseworkerLoad[] }[] {
  return c.units.map((unit) => ({
    unit,
    rows: c.caseworkers
      .filter((r) => r.unitId === unit.unitId)
      .sort(
        (a, b) =>
          Number(a.caseworkerId === null) - Number(b.caseworkerId === null) ||
          b.openCases - a.openCases ||
          (a.caseworkerName ?? '').localeCompare(b.caseworkerName ?? '', 'nb'),
      ),
  }));
}

/**
 * The daily snapshots summed per day for one unit (or all, with ''), newest first: the load over
 * time, one row a day the daily run wrote.
 */
export function trend(history: readonly LoadSnapshot[], unitId: string): (Load & { day: string })[] {
  const days = new Map<string, Load & { day: string }>();
  for (const s of history) {
    if (unitId && s.unitId !== unitId) continue;
    const d = days.get(s.day) ?? { day: s.day, openCases: 0, openDeadlines: 0, overdueDeadlines: 0 };
    d.openCases += s.openCases;
    d.openDeadlines += s.openDeadlines;
    d.overdueDeadlines += s.overdueDeadlines;
    days.set(s.day, d);
  }
  return [...days.values()].sort((a, b) => b.day.localeCompare(a.day));
}

/** Open cases per caseworker in a unit (unassigned not counted): the mean, one decimal. */
export function meanCases(rows: readonly CaseworkerLoad[]): number {
  const assigned = rows.filter((r) => r.caseworkerId !== null);
  if (assigned.length === 0) return 0;
  return Math.round((assigned.reduce((n, r) => n + r.openCases, 0) / assigned.length) * 10) / 10;
}
