import { describe, expect, it } from 'vitest';
import { afterSteps, CONTENT, emptyCase, withSteps } from '../case/test-fixtures.js';
import type { CaseHistory } from '../case/history.js';
import { meldingDeadlines, undersokelseDeadlines, undersokelsesplanDeadlines } from './melding-rules.js';
import type { DeadlineOptions, DeadlineStatus } from './types.js';

const received = (dato: string) =>
  withSteps(emptyCase('2022-01-03'), { type: 'receive-melding', meldingId: 'm1', dato, ...CONTENT });
const reviewed = (h: CaseHistory, dato: string) =>
  withSteps(h, { type: 'conclude-melding', meldingId: 'm1', kode: '1', dato, ...CONTENT });
const opened = (receipt: string, dato: string) =>
  withSteps(received(receipt), {
    type: 'open-undersokelse',
    meldingId: 'm1',
    undersokelseId: 'u1',
    dato,
    ...CONTENT,
  });
const extended = (h: CaseHistory, dato: string, innvilget?: '1' | '2') =>
  withSteps(h, {
    type: 'extend-undersokelse',
    undersokelseId: 'u1',
    dato,
    ...(innvilget ? { innvilget } : {}),
  });
const concluded = (h: CaseHistory, dato: string) =>
  withSteps(
    h,
    { type: 'add-plan', planId: 'p1', plantype: '7', fra: { type: 'Undersokelse', id: 'u1' }, dato },
    { type: 'conclude-undersokelse', undersokelseId: 'u1', dato, kode: '3' },
  );

describe('melding reviewed within one week (barnevernsloven § 2-1)', () => {
  type Row = [string, () => CaseHistory, DeadlineOptions, string, DeadlineStatus];
  const rows: Row[] = [
    [
      'received Sunday, due the Sunday after',
      () => received('2025-01-05'),
      { today: '2025-01-08' },
      '2025-01-12',
      'open',
    ],
    [
      'overdue the day after the due day',
      () => received('2025-01-05'),
      { today: '2025-01-13' },
      '2025-01-12',
      'overdue',
    ],
    [
      'open on the due day itself',
      () => received('2025-01-06'),
      { today: '2025-01-13' },
      '2025-01-13',
      'open',
    ],
    [
      'reviewed on the due day',
      () => reviewed(received('2025-01-05'), '2025-01-12'),
      { today: '2025-02-01' },
      '2025-01-12',
      'met',
    ],
    [
      'reviewed a day late',
      () => reviewed(received('2025-01-05'), '2025-01-13'),
      { today: '2025-02-01' },
      '2025-01-12',
      'met-late',
    ],
    ['across the year end', () => received('2024-12-27'), { today: '2024-12-30' }, '2025-01-03', 'open'],
    [
      'the exact receipt time decides the day (23:30 UTC is Monday 00:30 in Oslo)',
      () => received('2025-01-05'),
      { today: '2025-01-08', meldingMottatt: { m1: '2025-01-05T23:30:00Z' } },
      '2025-01-13',
      'open',
    ],
  ];
  it.each(rows)('%s', (_name, history, options, due, status) => {
    const [item] = meldingDeadlines(history(), options);
    expect(item).toMatchObject({
      dueDate: due,
      status,
      legalReference: 'barnevernsloven § 2-1',
      elementId: 'm1',
    });
    expect(item?.explanation).toContain('§ 2-1');
  });

  it('flags a due day on a Sunday without moving it, and says so', () => {
    const [item] = meldingDeadlines(received('2025-01-05'), { today: '2025-01-06' });
    expect(item?.dueOnDayOff).toBe('søndag');
    expect(item?.explanation).toContain('flyttes ikke');
    expect(item?.explanation).toContain('søndag 5. januar 2025');
  });

  it('names the receipt time when it is known', () => {
    const options = { today: '2025-01-06', meldingMottatt: { m1: '2025-01-05T13:05:00Z' } };
    expect(meldingDeadlines(received('2025-01-05'), options)[0]?.explanation).toContain('kl. 14:05');
  });

  it('a due day on a public holiday (2. påskedag) is flagged', () => {
    expect(meldingDeadlines(received('2025-04-14'), { today: '2025-04-15' })[0]?.dueOnDayOff).toBe(
      '2. påskedag',
    );
  });
});

describe('undersøkelse concluded within 3 / 6 months after the review deadline (barnevernsloven § 2-2)', () => {
  type Row = [string, () => CaseHistory, string, DeadlineStatus, string | undefined];
  const today = '2025-02-01';
  const rows: Row[] = [
    [
      'received 6 Jan: 13 Jan + 3 months, SSB agrees',
      () => opened('2025-01-06', '2025-01-10'),
      '2025-04-13',
      'open',
      undefined,
    ],
    [
      'month end: 31 Jan + 3 months is 30 April; SSB says 1 May',
      () => opened('2025-01-24', '2025-01-25'),
      '2025-04-30',
      'open',
      '2025-05-01',
    ],
    [
      'leap year: 30 Nov 2023 + 3 months is 29 Feb 2024',
      () => opened('2023-11-23', '2023-11-24'),
      '2024-02-29',
      'overdue',
      '2024-02-28',
    ],
    [
      'not a leap year: 30 Nov 2024 + 3 months is 28 Feb 2025',
      () => opened('2024-11-23', '2024-11-24'),
      '2025-02-28',
      'open',
      '2025-02-28',
    ],
    [
      'extension granted: 6 months; SSB 7 + 180 differs',
      () => extended(opened('2025-01-06', '2025-01-10'), '2025-03-01', '1'),
      '2025-07-13',
      'open',
      '2025-07-12',
    ],
    [
      'extension pending: still 3 months',
      () => extended(opened('2025-01-06', '2025-01-10'), '2025-03-01'),
      '2025-04-13',
      'open',
      undefined,
    ],
    [
      'extension refused: 3 months',
      () => extended(opened('2025-01-06', '2025-01-10'), '2025-03-01', '2'),
      '2025-04-13',
      'open',
      undefined,
    ],
    [
      'concluded in time',
      () => concluded(opened('2025-01-06', '2025-01-10'), '2025-01-30'),
      '2025-04-13',
      'met',
      undefined,
    ],
  ];
  it.each(rows)('%s', (_name, history, due, status, ssb) => {
    const [item] = undersokelseDeadlines(history(), { today });
    expect(item).toMatchObject({ dueDate: due, status, legalReference: 'barnevernsloven § 2-2' });
    expect(item?.ssbDueDate).toBe(ssb === due ? undefined : ssb);
  });

  it('an extension granted after the three months ran out gives six months and says the first was breached', () => {
    const h = extended(opened('2025-01-06', '2025-01-10'), '2025-05-02', '1');
    const [item] = undersokelseDeadlines(h, { today: '2025-05-03' });
    expect(item).toMatchObject({ dueDate: '2025-07-13', status: 'open' });
    expect(item?.explanation).toContain('allerede gått ut');
    expect(item?.explanation).toContain('søndag 13. april 2025');
  });

  it('concluded late is met late, with the date', () => {
    const h = concluded(opened('2025-01-06', '2025-01-10'), '2025-04-14');
    expect(undersokelseDeadlines(h, { today: '2025-05-01' })[0]).toMatchObject({
      status: 'met-late',
      completedDate: '2025-04-14',
    });
  });

  it('counts from the earliest melding that led to it', () => {
    const h = withSteps(
      opened('2025-01-06', '2025-01-10'),
      { type: 'receive-melding', meldingId: 'm2', dato: '2025-02-01', ...CONTENT },
      {
        type: 'conclude-melding',
        meldingId: 'm2',
        kode: '4',
        undersokelseId: 'u1',
        dato: '2025-02-02',
        ...CONTENT,
      },
    );
    expect(undersokelseDeadlines(h, { today: '2025-02-03' })[0]?.dueDate).toBe('2025-04-13');
  });
});

describe('undersøkelsesplan (barnevernsloven § 2-2 tredje ledd)', () => {
  it.each([
    ['no plan yet, on the first day', () => afterSteps(2), '2025-01-10', 'open'],
    ['no plan, later', () => afterSteps(2), '2025-01-20', 'overdue'],
    ['plan the day the undersøkelse opened', () => afterSteps(3), '2025-01-20', 'met'],
  ] as const)('%s', (_name, history, today, status) => {
    const [item] = undersokelsesplanDeadlines(history(), { today });
    expect(item).toMatchObject({
      dueDate: '2025-01-10',
      status,
      legalReference: 'barnevernsloven § 2-2 tredje ledd',
    });
  });

  it('a plan made later is met late', () => {
    const h = withSteps(afterSteps(2), {
      type: 'add-plan',
      planId: 'p1',
      plantype: '7',
      fra: { type: 'Undersokelse', id: 'u1' },
      dato: '2025-01-14',
    });
    expect(undersokelsesplanDeadlines(h, { today: '2025-01-20' })[0]).toMatchObject({
      status: 'met-late',
      completedDate: '2025-01-14',
    });
  });

  it('is not required for an undersøkelse opened before 2023', () => {
    expect(undersokelsesplanDeadlines(opened('2022-11-01', '2022-11-02'), { today: '2022-11-03' })).toEqual(
      [],
    );
  });
});
