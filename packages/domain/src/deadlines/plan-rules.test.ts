import { describe, expect, it } from 'vitest';
import type { CaseHistory } from '../case/history.js';
import { afterSteps, begjaering, build, HAPPY_PATH, omsorg, withSteps } from '../case/test-fixtures.js';
import {
  ettervernDeadlines,
  evalueringDeadlines,
  omsorgsplanDeadlines,
  tiltaksplanDeadlines,
} from './plan-rules.js';
import type { DeadlineStatus } from './types.js';

const planFor = (type: 'Tiltak' | 'Vedtak', id: string, plantype: string, dato: string) =>
  ({ type: 'add-plan', planId: 'px', plantype, fra: { type, id }, dato }) as const;

describe('tiltaksplan when a hjelpetiltak starts (barnevernsloven § 8-1)', () => {
  type Row = [string, () => CaseHistory, string, DeadlineStatus];
  const rows: Row[] = [
    ['no plan on the start day', () => afterSteps(7), '2025-03-10', 'open'],
    ['no plan two days later', () => afterSteps(7), '2025-03-12', 'overdue'],
    ['plan from the tiltak the same day', () => afterSteps(8), '2025-03-12', 'met'],
    [
      'plan from the vedtak',
      () => withSteps(afterSteps(7), planFor('Vedtak', 'v1', '1', '2025-03-10')),
      '2025-03-12',
      'met',
    ],
    [
      'plan a week late',
      () => withSteps(afterSteps(7), planFor('Tiltak', 't1', '1', '2025-03-17')),
      '2025-03-20',
      'met-late',
    ],
    [
      'tiltak ended without a plan',
      () => withSteps(afterSteps(7), { type: 'end-tiltak', tiltakId: 't1', dato: '2025-04-01' }),
      '2025-05-01',
      'missed',
    ],
  ];
  it.each(rows)('%s', (_name, history, today, status) => {
    const [item] = tiltaksplanDeadlines(history(), { today });
    expect(item).toMatchObject({
      dueDate: '2025-03-10',
      status,
      legalReference: 'barnevernsloven § 8-1',
      elementId: 't1',
    });
  });

  it('a care order placement is no hjelpetiltak', () => {
    expect(tiltaksplanDeadlines(omsorg(), { today: '2025-06-01' })).toEqual([]);
  });
});

describe('tiltaksplan evaluated regularly (barnevernsloven § 8-1; every 6 months by default)', () => {
  type Row = [string, () => CaseHistory, string, number | undefined, string, DeadlineStatus];
  const rows: Row[] = [
    ['6 months after the plan started', () => afterSteps(8), '2025-06-01', undefined, '2025-09-10', 'open'],
    ['not evaluated in time', () => afterSteps(8), '2025-09-11', undefined, '2025-09-10', 'overdue'],
    [
      '6 months after the last evaluation',
      () => afterSteps(9),
      '2025-10-01',
      undefined,
      '2026-03-01',
      'open',
    ],
    ['a tenant interval of 3 months', () => afterSteps(8), '2025-04-01', 3, '2025-06-10', 'open'],
    [
      'month end: evaluated 31 August, next 28 February',
      () => withSteps(afterSteps(8), { type: 'evaluate-plan', planId: 'p2', dato: '2025-08-31' }),
      '2025-09-01',
      undefined,
      '2026-02-28',
      'open',
    ],
    [
      'plan ended after the evaluation fell due',
      () => withSteps(afterSteps(8), { type: 'end-plan', planId: 'p2', dato: '2025-10-01' }),
      '2025-10-02',
      undefined,
      '2025-09-10',
      'missed',
    ],
  ];
  it.each(rows)('%s', (_name, history, today, months, due, status) => {
    const options = { today, ...(months === undefined ? {} : { evalueringIntervallMaaneder: months }) };
    expect(evalueringDeadlines(history(), options)[0]).toMatchObject({
      dueDate: due,
      status,
      elementId: 'p2',
    });
  });

  it('a plan that ended before the next evaluation fell due has none', () => {
    expect(evalueringDeadlines(build(HAPPY_PATH), { today: '2026-06-30' })).toEqual([]);
  });
});

describe('omsorgsplan within two years of the care order (barnevernsloven § 8-3 fjerde ledd)', () => {
  it.each([
    ['decided by the board 1 May 2025', () => omsorg(), '2025-06-01', 'open'],
    ['no plan after two years', () => omsorg(), '2027-05-02', 'overdue'],
    [
      'plan adopted',
      () => withSteps(omsorg(), planFor('Vedtak', 'vb', '4', '2025-06-10')),
      '2025-07-01',
      'met',
    ],
    [
      'plan linked from the placement',
      () => withSteps(omsorg(), planFor('Tiltak', 't2', '4', '2025-06-10')),
      '2025-07-01',
      'met',
    ],
  ] as const)('%s', (_name, history, today, status) => {
    expect(omsorgsplanDeadlines(history(), { today })[0]).toMatchObject({
      dueDate: '2027-05-01',
      startDate: '2025-05-01',
      status,
      legalReference: 'barnevernsloven § 8-3 fjerde ledd',
    });
  });

  it('none while the begjæring waits for the board', () => {
    expect(omsorgsplanDeadlines(begjaering(), { today: '2025-04-01' })).toEqual([]);
  });
});

describe('ettervern offered before 18 (barnevernsloven § 8-5, jf. § 3-6)', () => {
  const withTiltak = () => afterSteps(7); // hjelpetiltak t1 from 2025-03-10, still running
  it.each([
    ['due the day before the 18th birthday', '2008-03-15', '2025-12-01', '2026-03-14', 'open'],
    ['born 29 February: 18 on 1 March, due 28 February', '2008-02-29', '2025-12-01', '2026-02-28', 'open'],
    ['not offered by then', '2008-03-15', '2026-03-15', '2026-03-14', 'overdue'],
  ] as const)('%s', (_name, birthDate, today, due, status) => {
    expect(ettervernDeadlines(withTiltak(), { today, birthDate })[0]).toMatchObject({
      dueDate: due,
      status,
      elementType: 'Sak',
    });
  });

  it('met by the offer, late after the birthday', () => {
    const offer = (dato: string) =>
      withSteps(withTiltak(), { type: 'offer-ettervern', ettervernId: 'e1', dato });
    const options = { today: '2026-06-01', birthDate: '2008-03-15' };
    expect(ettervernDeadlines(offer('2026-01-10'), options)[0]).toMatchObject({
      status: 'met',
      completedDate: '2026-01-10',
    });
    expect(ettervernDeadlines(offer('2026-04-01'), options)[0]?.status).toBe('met-late');
  });

  it('none without a birth date, or without a measure running', () => {
    expect(ettervernDeadlines(withTiltak(), { today: '2025-12-01' })).toEqual([]);
    expect(ettervernDeadlines(afterSteps(2), { today: '2025-12-01', birthDate: '2008-03-15' })).toEqual([]);
  });
});
