import { describe, expect, it } from 'vitest';
import {
  byUrgency,
  checkAbsence,
  earliestDue,
  isCurrent,
  movesFor,
  redistributionTargets,
  toggled,
  type AffectedCase,
  type StaffMember,
} from './absence';

const person = (id: string, roles: string[], unit: string, absent = false): StaffMember => ({
  id,
  name: id[0]?.toUpperCase() + id.slice(1),
  roles,
  unit: { id: unit, name: unit },
  absent,
  absences: [],
});

const sak = (sakId: string, journalnummer: string, dues: string[]): AffectedCase => ({
  sakId,
  journalnummer,
  childName: `Barn ${sakId}`,
  unit: { id: 'u', name: 'U' },
  deadlines: dues.map((d, i) => ({
    id: `${sakId}-${i}`,
    ruleId: 'melding-gjennomgang',
    legalReference: 'barnevernsloven § 2-1',
    dueDate: d,
    status: 'open',
  })),
});

describe('redistributing an absent caseworker’s cases', () => {
  const staff = [
    person('sara', ['saksbehandler'], 'Mottak'),
    person('anders', ['saksbehandler'], 'Mottak', true),
    person('ingrid', ['saksbehandler'], 'Mottak', true),
    person('frode', ['fagleder'], 'Mottak'),
    person('mona', ['mottak'], 'Mottak'),
    person('sindre', ['systemansvarlig'], 'Mottak'),
    person('kari', ['saksbehandler'], 'Tiltak'),
  ];

  it('offers colleagues who hold cases and are at work, never the absent person', () => {
    expect(redistributionTargets(staff, 'anders').map((s) => s.id)).toEqual(['frode', 'sara', 'kari']);
  });

  it('lists the most urgent case first, by its earliest deadline', () => {
    const cases = [sak('b', '2026/2', ['2026-12-01']), sak('a', '2026/1', ['2026-12-09', '2026-10-01'])];
    expect(earliestDue(cases[1] as AffectedCase)).toBe('2026-10-01');
    expect(byUrgency(cases).map((c) => c.sakId)).toEqual(['a', 'b']);
  });

  it('moves exactly the chosen cases to one colleague', () => {
    const cases = [
      sak('a', '1', ['2026-01-01']),
      sak('b', '2', ['2026-01-02']),
      sak('c', '3', ['2026-01-03']),
    ];
    let chosen = toggled(new Set(), 'c');
    chosen = toggled(chosen, 'a');
    chosen = toggled(toggled(chosen, 'b'), 'b');
    expect(movesFor(cases, chosen, 'sara')).toEqual([
      { sakId: 'a', caseworkerId: 'sara' },
      { sakId: 'c', caseworkerId: 'sara' },
    ]);
  });
});

describe('absence days', () => {
  it('need a first day, and a last day not before it (or none)', () => {
    expect(checkAbsence('', '')).toEqual({ startsOn: 'startMissing' });
    expect(checkAbsence('2026-11-24', '2026-11-23')).toEqual({ expectedEndOn: 'endBeforeStart' });
    expect(checkAbsence('2026-11-24', '2026-11-24')).toEqual({});
    expect(checkAbsence('2026-11-24', '')).toEqual({});
  });

  it('are current from the first day through the expected last one, or open-ended', () => {
    const a = { id: 'x', kind: 'holiday' as const, startsOn: '2026-11-24', expectedEndOn: '2026-11-30' };
    expect([
      isCurrent(a, '2026-11-23'),
      isCurrent(a, '2026-11-24'),
      isCurrent(a, '2026-11-30'),
      isCurrent(a, '2026-12-01'),
    ]).toEqual([false, true, true, false]);
    expect(isCurrent({ ...a, expectedEndOn: null }, '2027-06-01')).toBe(true);
  });
});
