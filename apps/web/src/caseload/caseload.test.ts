import { describe, expect, it } from 'vitest';
import { byUnit, meanCases, trend, type Caseload, type CaseworkerLoad } from './caseload';

const row = (
  unitId: string,
  caseworkerId: string | null,
  openCases: number,
  overdue = 0,
): CaseworkerLoad => ({
  unitId,
  unitName: unitId,
  caseworkerId,
  caseworkerName: caseworkerId,
  openCases,
  openDeadlines: openCases * 2,
  overdueDeadlines: overdue,
});

describe('caseload', () => {
  const data: Caseload = {
    today: '2026-11-24',
    caseworkers: [row('A', 'sara', 18), row('A', null, 9), row('A', 'ingrid', 27), row('B', 'kari', 5)],
    units: [
      { unitId: 'A', unitName: 'A', openCases: 54, openDeadlines: 108, overdueDeadlines: 0 },
      { unitId: 'B', unitName: 'B', openCases: 5, openDeadlines: 10, overdueDeadlines: 0 },
    ],
    history: [
      {
        day: '2026-11-23',
        unitId: 'A',
        caseworkerId: 'sara',
        openCases: 17,
        openDeadlines: 30,
        overdueDeadlines: 1,
      },
      {
        day: '2026-11-23',
        unitId: 'A',
        caseworkerId: null,
        openCases: 8,
        openDeadlines: 8,
        overdueDeadlines: 0,
      },
      {
        day: '2026-11-24',
        unitId: 'B',
        caseworkerId: 'kari',
        openCases: 5,
        openDeadlines: 10,
        overdueDeadlines: 2,
      },
      {
        day: '2026-11-24',
        unitId: 'A',
        caseworkerId: 'sara',
        openCases: 18,
        openDeadlines: 31,
        overdueDeadlines: 0,
      },
    ],
  };

  it('groups caseworkers by unit, the most loaded first and the unassigned last', () => {
    expect(byUnit(data).map((g) => [g.unit.unitId, g.rows.map((r) => r.caseworkerId)])).toEqual([
      ['A', ['ingrid', 'sara', null]],
      ['B', ['kari']],
    ]);
  });

  it('sums the daily snapshots per day, newest first, for a unit or all', () => {
    expect(trend(data.history, '')).toEqual([
      { day: '2026-11-24', openCases: 23, openDeadlines: 41, overdueDeadlines: 2 },
      { day: '2026-11-23', openCases: 25, openDeadlines: 38, overdueDeadlines: 1 },
    ]);
    expect(trend(data.history, 'B').map((d) => d.day)).toEqual(['2026-11-24']);
  });

  it('averages open cases over caseworkers, not counting the unassigned', () => {
    expect(meanCases(byUnit(data)[0]?.rows ?? [])).toBe(22.5);
    expect(meanCases([row('A', null, 4)])).toBe(0);
  });
});
