import { describe, expect, it } from 'vitest';
import type { CaseHistory } from '../case/history.js';
import { afterSteps, BVL2021_5_1, withSteps } from '../case/test-fixtures.js';
import type { DeadlineStatus, VedtakFrist } from './types.js';
import { lawfulVedtakFrister, vedtakFristDeadlines } from './vedtak-rules.js';

const BVL2021_4_2 = { ...BVL2021_5_1, kapittel: '4', paragraf: '2' };

/** An emergency care order (§ 4-2) made 5 March 2025. */
const akutt = () =>
  withSteps(afterSteps(1), {
    type: 'decide-vedtak',
    vedtakId: 'va',
    dato: '2025-03-05',
    lovhjemmel: BVL2021_4_2,
    status: '1',
  });
const begjaering = (h: CaseHistory, dato: string) =>
  withSteps(h, {
    type: 'decide-vedtak',
    vedtakId: 'vb',
    dato,
    lovhjemmel: BVL2021_5_1,
    status: '2',
    oversendelseId: 'o1',
  });
const lapsed = (h: CaseHistory, dato: string) =>
  withSteps(h, { type: 'change-vedtak-status', vedtakId: 'va', kode: '3', dato });

describe('begjæring within six weeks of an akuttvedtak (barnevernsloven § 4-2)', () => {
  it('is the limit the Act attaches to a § 4-2 vedtak', () => {
    expect(lawfulVedtakFrister(akutt())).toEqual([
      expect.objectContaining({ vedtakId: 'va', frist: { uker: 6 }, oppfyltAv: 'oversendelse' }),
    ]);
    expect(lawfulVedtakFrister(afterSteps(6))).toEqual([]);
  });

  type Row = [string, () => CaseHistory, string, DeadlineStatus, string | undefined];
  const rows: Row[] = [
    ['six weeks end on the same weekday', () => akutt(), '2025-04-01', 'open', undefined],
    ['no begjæring after six weeks', () => akutt(), '2025-04-17', 'overdue', undefined],
    ['begjæring sent in time', () => begjaering(akutt(), '2025-04-10'), '2025-05-01', 'met', '2025-04-10'],
    ['begjæring sent late', () => begjaering(akutt(), '2025-04-20'), '2025-05-01', 'met-late', '2025-04-20'],
    [
      'vedtak ended after the limit without one',
      () => lapsed(akutt(), '2025-04-18'),
      '2025-05-01',
      'missed',
      undefined,
    ],
  ];
  it.each(rows)('%s', (_name, history, today, status, completed) => {
    const [item] = vedtakFristDeadlines(history(), { today });
    expect(item).toMatchObject({ dueDate: '2025-04-16', status, legalReference: 'barnevernsloven § 4-2' });
    expect(item?.completedDate).toBe(completed);
    expect(item?.explanation).toContain('faller akuttvedtaket bort');
  });

  it('no limit once the vedtak ended before it ran out', () => {
    expect(vedtakFristDeadlines(lapsed(akutt(), '2025-03-20'), { today: '2025-05-01' })).toEqual([]);
  });
});

describe('limits given as data on the vedtak', () => {
  const frist: VedtakFrist = {
    vedtakId: 'v1',
    id: 'evaluering',
    hva: 'vedtaket vurdert på nytt',
    legalReference: 'vedtaket',
    frist: { maaneder: 3 },
  };

  it('counts from the vedtak date, met by the recorded date', () => {
    const h = afterSteps(6); // v1 decided 2025-03-05
    expect(vedtakFristDeadlines(h, { today: '2025-04-01', vedtakFrister: [frist] })[0]).toMatchObject({
      id: 'vedtak-frist:v1:evaluering',
      dueDate: '2025-06-05',
      status: 'open',
    });
    const done = { ...frist, oppfyltDato: '2025-06-01' };
    expect(vedtakFristDeadlines(h, { today: '2025-07-01', vedtakFrister: [done] })[0]?.status).toBe('met');
  });

  it('a fixed date, days, and an explicit empty list replacing the lawful ones', () => {
    const h = akutt();
    const on = (f: VedtakFrist['frist']) =>
      vedtakFristDeadlines(h, {
        today: '2025-03-06',
        vedtakFrister: [{ ...frist, vedtakId: 'va', frist: f }],
      })[0];
    expect(on({ dato: '2025-03-31' })?.dueDate).toBe('2025-03-31');
    expect(on({ dager: 2 })?.dueDate).toBe('2025-03-07');
    expect(vedtakFristDeadlines(h, { today: '2025-03-06', vedtakFrister: [] })).toEqual([]);
  });
});
