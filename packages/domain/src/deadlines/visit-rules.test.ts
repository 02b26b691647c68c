import { describe, expect, it } from 'vitest';
import type { CaseHistory } from '../case/history.js';
import { begjaering, withSteps } from '../case/test-fixtures.js';
import { visitDeadlines } from './visit-rules.js';
import type { DeadlineItem } from './types.js';

const START = '2025-05-02';

/** A care order placement in a foster home from 2 May 2025 with the given frequency codes. */
function placed(oppfolging: '4' | '2' = '4', tilsyn: '4' | '2' = '4'): CaseHistory {
  return withSteps(
    begjaering(),
    { type: 'change-vedtak-status', vedtakId: 'vb', kode: '1', dato: '2025-05-01' },
    {
      type: 'start-tiltak',
      tiltakId: 't2',
      vedtakId: 'vb',
      dato: START,
      kategori: { kode: '2.2' },
      oppfolging: { hyppighet: [{ id: 'oh1', startDato: START, kode: oppfolging }] },
      tilsyn: {
        ansvarlig: [{ id: 'ta1', startDato: START, kommunenummer: '0301' }],
        hyppighet: [{ id: 'th1', startDato: START, kode: tilsyn }],
      },
    },
  );
}

const visits = (h: CaseHistory, besok: 'oppfolging' | 'tilsyn', ...dates: string[]) =>
  withSteps(h, ...dates.map((dato) => ({ type: 'record-visit' as const, tiltakId: 't2', besok, dato })));

const of = (h: CaseHistory, today: string, ruleId = 'oppfolgingsbesok'): DeadlineItem | undefined =>
  visitDeadlines(h, { today }).find((i) => i.ruleId === ruleId);

describe('oppfølgingsbesøk per calendar year (fosterhjemsforskriften § 7)', () => {
  type Row = [string, () => CaseHistory, string, string, string, number, number];
  const rows: Row[] = [
    [
      'placed 2 May: 3 parts of 2025, the first visit by 30 June',
      () => placed(),
      '2025-06-01',
      'open',
      '2025-06-30',
      0,
      3,
    ],
    ['no visit by 30 June', () => placed(), '2025-07-01', 'overdue', '2025-06-30', 0, 3],
    [
      'one visit keeps the pace until 30 September',
      () => visits(placed(), 'oppfolging', '2025-06-15'),
      '2025-07-01',
      'open',
      '2025-09-30',
      1,
      3,
    ],
    [
      'a late visit catches up',
      () => visits(placed(), 'oppfolging', '2025-07-15'),
      '2025-07-20',
      'open',
      '2025-09-30',
      1,
      3,
    ],
    [
      'all three done',
      () => visits(placed(), 'oppfolging', '2025-06-15', '2025-09-01', '2025-11-01'),
      '2025-11-02',
      'met',
      '2025-12-31',
      3,
      3,
    ],
    [
      'counted per calendar year: last year’s visits do not count in 2026',
      () => visits(placed(), 'oppfolging', '2025-06-15', '2025-09-01', '2025-11-01'),
      '2026-02-01',
      'open',
      '2026-03-31',
      0,
      4,
    ],
    [
      'three done and the fourth only booked is not met',
      () => visits(placed(), 'oppfolging', '2026-02-01', '2026-05-01', '2026-06-20'),
      '2026-12-20',
      'open',
      '2026-12-31',
      3,
      4,
    ],
    [
      'code 2 before two years in the home still requires 4',
      () => placed('2'),
      '2026-02-01',
      'open',
      '2026-03-31',
      0,
      4,
    ],
    [
      'code 2 takes effect from the part after two years (2 May 2027): 3 in 2027',
      () => placed('2'),
      '2027-02-01',
      'open',
      '2027-03-31',
      0,
      3,
    ],
    [
      'code 2 after two years: 2 in 2028, by half year',
      () => placed('2'),
      '2028-02-01',
      'open',
      '2028-06-30',
      0,
      2,
    ],
  ];
  it.each(rows)('%s', (_name, history, today, status, due, done, required) => {
    const item = of(history(), today);
    expect(item).toMatchObject({ status, dueDate: due, legalReference: 'fosterhjemsforskriften § 7' });
    expect(item?.visits).toMatchObject({ done, required, remaining: Math.max(0, required - done) });
  });

  it('explains a code of 2 that does not apply yet', () => {
    expect(of(placed('2'), '2026-02-01')?.explanation).toContain('først når barnet har bodd to år');
  });

  it('a placement ended without its visit has missed it', () => {
    const h = withSteps(visits(placed(), 'oppfolging', '2025-06-15', '2025-09-01', '2025-11-01'), {
      type: 'end-tiltak',
      tiltakId: 't2',
      dato: '2026-02-15',
      opphevelse: { kode: '1' },
    });
    expect(of(h, '2026-03-01')).toMatchObject({
      status: 'missed',
      dueDate: '2026-02-15',
      visits: { required: 1 },
    });
  });
});

describe('tilsyn per calendar year (fosterhjemsforskriften § 8, barnevernsloven § 9-10)', () => {
  it('4 a year by default, counted apart from oppfølging', () => {
    const h = visits(placed(), 'oppfolging', '2026-01-10');
    expect(of(h, '2026-02-01', 'tilsynsbesok')).toMatchObject({
      visits: { done: 0, required: 4 },
      dueDate: '2026-03-31',
    });
  });

  it('2 in special cases, from the start', () => {
    const item = of(visits(placed('4', '2'), 'tilsyn', '2026-03-01'), '2026-04-01', 'tilsynsbesok');
    expect(item).toMatchObject({
      status: 'open',
      dueDate: '2026-12-31',
      visits: { done: 1, required: 2, perYear: 2 },
    });
  });
});
