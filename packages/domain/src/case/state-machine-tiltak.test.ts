import { describe, it } from 'vitest';
import {
  afterSteps,
  BVL2021_3_1,
  begjaering,
  expectCoverage,
  expectTransition,
  omsorg,
  TABLE_COVERAGE,
  withSteps,
  type CommandInput,
  type TransitionRow,
} from './test-fixtures.js';

const S6 = () => afterSteps(6); // vedtak v1 status 1 on 2025-03-05
const S7 = () => afterSteps(7); // tiltak t1 started 2025-03-10
const S10 = () => afterSteps(10); // t1 ended 2026-01-31
const S12 = () => afterSteps(12); // v1 status 4 on 2026-02-01

const tiltak = (extra: object = {}): CommandInput => ({
  type: 'start-tiltak',
  tiltakId: 't9',
  vedtakId: 'v1',
  dato: '2025-03-10',
  kategori: { kode: '3.2' },
  ...extra,
});
const endT2 = (extra: object = {}): CommandInput => ({
  type: 'end-tiltak',
  tiltakId: 't2',
  dato: '2025-12-01',
  ...extra,
});

const FOLLOW_UP = {
  tilsyn: {
    ansvarlig: [{ id: 'ta1', startDato: '2025-03-10', kommunenummer: '4601' }],
    hyppighet: [{ id: 'th1', startDato: '2025-03-10', kode: '4' }],
  },
  oppfolging: { hyppighet: [{ id: 'oh1', startDato: '2025-03-10', kode: '4' }] },
};
/** t9, a foster home placement with tilsyn and oppfølging, from 2025-03-10. */
const withVisits = () =>
  withSteps(S6(), { ...tiltak({ kategori: { kode: '2.1' }, ...FOLLOW_UP }), tiltakId: 't9' });
const visit = (besok: string, dato = '2025-04-01'): CommandInput => ({
  type: 'record-visit',
  tiltakId: 't9',
  besok,
  dato,
});

const ROWS: readonly TransitionRow[] = [
  ['start-tiltak: on an approved vedtak', S6, tiltak(), 'ok'],
  [
    'start-tiltak: matching lovhjemmel, tilsyn and oppfølging',
    S6,
    tiltak({
      lovhjemmel: { ...BVL2021_3_1, ledd: ['2'] },
      tilsyn: {
        ansvarlig: [{ id: 'ta1', startDato: '2025-03-10', kommunenummer: '4601' }],
        hyppighet: [{ id: 'th1', startDato: '2025-03-10', kode: '4' }],
      },
      oppfolging: { hyppighet: [{ id: 'oh1', startDato: '2025-03-10', kode: '4' }] },
    }),
    'ok',
  ],
  [
    'start-tiltak: on a begjæring still at the board',
    begjaering,
    tiltak({ vedtakId: 'vb' }),
    ['VEDTAK_NOT_APPROVED'],
  ],
  ['start-tiltak: before the vedtak', S6, tiltak({ dato: '2025-03-04' }), ['DATE_BEFORE']],
  [
    'start-tiltak: on an ended vedtak',
    S12,
    tiltak({ dato: '2026-03-01', kategori: { kode: '3.2' } }),
    ['VEDTAK_ENDED'],
  ],
  [
    'start-tiltak: 3.7 without presisering',
    S6,
    tiltak({ kategori: { kode: '3.7' } }),
    ['PRESISERING_MISSING'],
  ],
  ['start-tiltak: 8.4 before 2026', S6, tiltak({ kategori: { kode: '8.4' } }), ['CODE_NOT_VALID']],
  [
    'start-tiltak: another paragraph than the vedtak',
    S6,
    tiltak({ lovhjemmel: { ...BVL2021_3_1, paragraf: '2' } }),
    ['LOVHJEMMEL_MISMATCH'],
  ],
  ['start-tiltak: an unknown vedtak', S6, tiltak({ vedtakId: 'zz' }), ['NOT_FOUND']],
  ['start-tiltak: an id in use', S6, tiltak({ tiltakId: 'm1' }), ['ID_IN_USE']],
  [
    'start-tiltak: tilsyn frequency from another day than the tiltak',
    S6,
    tiltak({
      tilsyn: {
        ansvarlig: [{ id: 'ta1', startDato: '2025-03-10', kommunenummer: '4601' }],
        hyppighet: [{ id: 'th1', startDato: '2020-01-01', kode: '4' }],
      },
    }),
    ['DATE_NOT_TILTAK_START'],
  ],
  [
    'start-tiltak: with visits already recorded',
    S6,
    tiltak({ oppfolging: { ...FOLLOW_UP.oppfolging, utfort: [{ id: 'ou1', utfortDato: '2025-03-10' }] } }),
    ['VISITS_RECORDED_LATER'],
  ],

  ['record-visit: tilsyn in a foster home', withVisits, visit('tilsyn'), 'ok'],
  ['record-visit: oppfølging', withVisits, visit('oppfolging'), 'ok'],
  [
    'record-visit: a tiltak without tilsyn',
    S7,
    { ...visit('tilsyn'), tiltakId: 't1' },
    ['FOLLOW_UP_NOT_SET'],
  ],
  [
    'record-visit: an ended tiltak',
    S10,
    { ...visit('tilsyn'), tiltakId: 't1', dato: '2026-02-01' },
    ['ALREADY_ENDED'],
  ],
  ['record-visit: before the tiltak', withVisits, visit('tilsyn', '2025-03-09'), ['DATE_BEFORE']],
  ['record-visit: unknown tiltak', withVisits, { ...visit('tilsyn'), tiltakId: 'zz' }, ['NOT_FOUND']],

  [
    'end-tiltak: before its last visit',
    () => withSteps(withVisits(), visit('tilsyn', '2025-05-01')),
    { type: 'end-tiltak', tiltakId: 't9', dato: '2025-04-30' },
    ['DATE_BEFORE'],
  ],
  ['end-tiltak: a hjelpetiltak', S7, { type: 'end-tiltak', tiltakId: 't1', dato: '2025-12-01' }, 'ok'],
  ['end-tiltak: a care order with opphevelse', omsorg, endT2({ opphevelse: { kode: '1' } }), 'ok'],
  ['end-tiltak: a care order without opphevelse', omsorg, endT2(), ['OPPHEVELSE_MISSING']],
  [
    'end-tiltak: opphevelse 4 without presisering',
    omsorg,
    endT2({ opphevelse: { kode: '4' } }),
    ['PRESISERING_MISSING'],
  ],
  [
    'end-tiltak: already ended',
    S10,
    { type: 'end-tiltak', tiltakId: 't1', dato: '2026-02-01' },
    ['ALREADY_ENDED'],
  ],
  [
    'end-tiltak: before it started',
    S7,
    { type: 'end-tiltak', tiltakId: 't1', dato: '2025-03-09' },
    ['DATE_BEFORE'],
  ],
  ['end-tiltak: unknown', S7, { type: 'end-tiltak', tiltakId: 'zz', dato: '2025-12-01' }, ['NOT_FOUND']],
];

describe('tiltak transitions', () => {
  it('has an allowed and a refused row for each of its commands', () =>
    expectCoverage(ROWS, TABLE_COVERAGE.tiltak));
  it.each(ROWS)('%s', (...row) => expectTransition(row));
});
