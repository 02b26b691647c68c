import { describe, expect, it } from 'vitest';
import type { CaseHistory } from './history.js';
import {
  build,
  CONTROL_PREFIXES,
  expectControlRow,
  expectControlsCovered,
  findingsOf,
  HAPPY_PATH,
  mutate,
  omsorg,
  type ControlRow,
} from './test-fixtures.js';

type Tiltak = CaseHistory['tiltak'][number];

const CLEAN = () => build(HAPPY_PATH); // t1: 3.2 under BVL2021 § 3-1, 2025-03-10 to 2026-01-31
const tiltak =
  (change: (t: Tiltak, h: CaseHistory) => void, base = CLEAN) =>
  () =>
    mutate(base(), (h) => h.tiltak[0] && change(h.tiltak[0], h));
const kategori = (kode: string, birthDate: string) => () => ({
  history: tiltak((t) => (t.kategori = { kode: kode as Tiltak['kategori']['kode'] }))(),
  birthDate,
});
/** t1 made a foster home placement, and a second one t2 from `start`, still running on 2026-06-30. */
const twoPlacements = (start: string) =>
  tiltak((t, h) => {
    t.kategori = { kode: '2.2' };
    h.tiltak.push({
      ...structuredClone(t),
      id: 't2',
      kategori: { kode: '2.1' },
      startDato: start,
      konklusjon: undefined,
    });
  });
const t2 = (change: (t: Tiltak) => void) => tiltak(change, omsorg);

const ROWS: readonly ControlRow[] = [
  ['tiltak-2a', tiltak((t) => (t.konklusjon = { sluttDato: '2025-03-09' })), CLEAN],
  ['tiltak-2c', tiltak((t) => (t.konklusjon = { sluttDato: '2026-02-02' })), CLEAN],
  ['tiltak-2e', tiltak((t) => (t.startDato = '2025-01-05')), CLEAN],
  ['tiltak-5', kategori('4.1', '2018-06-30'), kategori('4.1', '2018-07-01')],
  ['tiltak-6', kategori('4.2', '2014-06-30'), kategori('4.2', '2014-07-01')],
  [
    'tiltak-7',
    tiltak((t) => (t.kategori = { kode: '3.7' })),
    tiltak((t) => (t.kategori = { kode: '3.7', presisering: 'Familieterapi' })),
  ],
  [
    'tiltak-8',
    tiltak((t) => (t.opphevelse = { kode: '4' })),
    tiltak((t) => (t.opphevelse = { kode: '4', presisering: 'Flyttet' })),
  ],
  // Overlap from t2's start to t1's end 2026-01-31: 122 days, then 90.
  ['tiltak-9', twoPlacements('2025-10-01'), twoPlacements('2025-11-02')],
  [
    'tiltak-12',
    t2((t) => (t.konklusjon = { sluttDato: '2025-12-01' })),
    t2((t) => Object.assign(t, { konklusjon: { sluttDato: '2025-12-01' }, opphevelse: { kode: '1' } })),
  ],
  [
    'tiltak-13',
    () => ({ history: omsorg(), birthDate: '2008-06-30' }),
    () => ({ history: omsorg(), birthDate: '2008-07-01' }),
  ],
  ['tiltak-14', tiltak((t) => (t.lovhjemmel = { ...t.lovhjemmel, ledd: ['0'] })), CLEAN],
  ['tiltak-19', tiltak((t, h) => h.tiltak.push({ ...structuredClone(t), id: 't2' })), CLEAN],
  [
    'tiltak-20',
    () => mutate(CLEAN(), (h) => (h.relasjoner = h.relasjoner.filter((r) => r.tilId !== 't1'))),
    CLEAN,
  ],
  ['tiltak-21', tiltak((t) => (t.lovhjemmel = { ...t.lovhjemmel, paragraf: '2' })), CLEAN],
  ['tiltak-22', tiltak((t) => (t.kategori = { kode: '1.99', presisering: 'TFCO' })), CLEAN],
  ['tiltak-23', tiltak((t) => (t.kategori = { kode: '2.99', presisering: 'Annet' })), CLEAN],
];

describe('tiltak controls', () => {
  it('has a row for each of them', () => expectControlsCovered(ROWS, CONTROL_PREFIXES.tiltak));
  it.each(ROWS)('%s: triggers, and stays quiet on a near miss', (...row) => expectControlRow(row));

  it('Tiltak kontroll 9 names the period, the days and the other tiltak', () => {
    expect(findingsOf('tiltak-9', twoPlacements('2025-10-01')())).toEqual([
      expect.objectContaining({
        severity: 'WARNING',
        elementId: 't2',
        message:
          'Flere plasseringstiltak i samme periode (2025-10-01 - 2026-01-31). Plasseringstiltak kan ikke overlappe ' +
          'med mer enn 90 dager. Antall dager overlapp: 122 dager. Overlapper med tiltak-id t1.',
      }),
    ]);
  });

  it('Tiltak kontroll 14 also reads the jf. lovhjemler and the kapittel', () => {
    const jmfr = tiltak((t) => t.jmfrLovhjemmel.push({ ...t.lovhjemmel, kapittel: '00' }))();
    expect(findingsOf('tiltak-14', jmfr)).toHaveLength(1);
  });

  it('Tiltak kontroll 5 words the age', () => {
    expect(findingsOf('tiltak-5', kategori('4.1', '2016-01-01')())[0]?.message).toBe(
      'Barnet er over 7 år og i barnehage. Alder: 10 år.',
    );
  });
});
