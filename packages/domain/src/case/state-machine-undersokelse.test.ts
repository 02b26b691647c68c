import { describe, it } from 'vitest';
import {
  afterSteps,
  CONTENT as content,
  CONTENT_2026 as content26,
  emptyCase,
  expectCoverage,
  expectTransition,
  TABLE_COVERAGE,
  withM2 as m2,
  withSteps,
  type TransitionRow,
} from './test-fixtures.js';

const S2 = () => afterSteps(2); // u1 opened 2025-01-10 from m1
const S3 = () => afterSteps(3); // undersøkelsesplan p1 for u1
const S4 = () => afterSteps(4); // u1 concluded with kode 1
const S7 = () => afterSteps(7); // tiltak t1 running
const S13 = () => afterSteps(13); // sak closed 2026-02-01

const undersokelse = (kode: string, extra: object = {}) => ({
  type: 'conclude-undersokelse' as const,
  undersokelseId: 'u1',
  dato: '2025-03-01',
  kode,
  vedtaksgrunnlag: [{ kode: '21' }],
  ...extra,
});
const medvirkning = { startDato: '2026-01-20', medvirkningType: '1.1' } as const;
const in2026 = () =>
  withSteps(
    S7(),
    { type: 'receive-melding' as const, meldingId: 'm2', dato: '2026-01-05', ...content26 },
    { type: 'open-undersokelse' as const, meldingId: 'm2', undersokelseId: 'u2', dato: '2026-01-06' },
    {
      type: 'add-plan' as const,
      planId: 'p9',
      plantype: '7',
      fra: { type: 'Undersokelse', id: 'u2' },
      dato: '2026-01-06',
    },
  );
const u2 = (extra: object) => ({
  ...undersokelse('1', { vedtaksgrunnlag: [{ kode: '1.1.01' }] }),
  undersokelseId: 'u2',
  dato: '2026-02-01',
  ...extra,
});
const before2023 = () =>
  withSteps(
    emptyCase('2022-03-01'),
    { type: 'receive-melding' as const, meldingId: 'm1', dato: '2022-03-01', ...content },
    { type: 'open-undersokelse' as const, meldingId: 'm1', undersokelseId: 'u1', dato: '2022-03-02' },
  );

const ROWS: readonly TransitionRow[] = [
  [
    'extend: request received',
    S2,
    { type: 'extend-undersokelse' as const, undersokelseId: 'u1', dato: '2025-03-20' },
    'ok',
  ],
  [
    'extend: request granted',
    S2,
    { type: 'extend-undersokelse' as const, undersokelseId: 'u1', dato: '2025-03-20', innvilget: '1' },
    'ok',
  ],
  [
    'extend: decision on an undecided request',
    () => withSteps(S2(), { type: 'extend-undersokelse' as const, undersokelseId: 'u1', dato: '2025-03-20' }),
    { type: 'extend-undersokelse' as const, undersokelseId: 'u1', dato: '2025-03-20', innvilget: '2' },
    'ok',
  ],
  [
    'extend: already decided',
    () =>
      withSteps(S2(), {
        type: 'extend-undersokelse' as const,
        undersokelseId: 'u1',
        dato: '2025-03-20',
        innvilget: '1',
      }),
    { type: 'extend-undersokelse' as const, undersokelseId: 'u1', dato: '2025-03-21', innvilget: '2' },
    ['FRIST_ALREADY_DECIDED'],
  ],
  [
    'extend: concluded undersøkelse',
    S4,
    { type: 'extend-undersokelse' as const, undersokelseId: 'u1', dato: '2025-03-20' },
    ['ALREADY_CONCLUDED'],
  ],
  [
    'extend: unknown undersøkelse',
    S2,
    { type: 'extend-undersokelse' as const, undersokelseId: 'zz', dato: '2025-03-20' },
    ['NOT_FOUND'],
  ],
  [
    'extend: before it started',
    S2,
    { type: 'extend-undersokelse' as const, undersokelseId: 'u1', dato: '2025-01-09' },
    ['DATE_BEFORE'],
  ],

  ['conclude-undersokelse: with plan and grunnlag', S3, undersokelse('1'), 'ok'],
  [
    'conclude-undersokelse: henlagt (3) needs no grunnlag',
    S3,
    undersokelse('3', { vedtaksgrunnlag: [] }),
    'ok',
  ],
  ['conclude-undersokelse: 2026 with medvirkning', in2026, u2({ barnetsMedvirkning: medvirkning }), 'ok'],
  [
    'conclude-undersokelse: started 2022 needs no plan',
    before2023,
    { ...undersokelse('3', { vedtaksgrunnlag: [] }), dato: '2022-05-01' },
    'ok',
  ],
  ['conclude-undersokelse: no undersøkelsesplan', S2, undersokelse('1'), ['UNDERSOKELSESPLAN_MISSING']],
  [
    'conclude-undersokelse: kode 1 without grunnlag',
    S3,
    undersokelse('1', { vedtaksgrunnlag: [] }),
    ['VEDTAKSGRUNNLAG_MISSING'],
  ],
  [
    'conclude-undersokelse: a melding still under review',
    () => m2(S3()),
    undersokelse('1'),
    ['MELDING_NOT_CONCLUDED'],
  ],
  [
    'conclude-undersokelse: before its melding was concluded',
    () =>
      withSteps(m2(S3()), {
        type: 'conclude-melding' as const,
        meldingId: 'm2',
        dato: '2025-03-05',
        kode: '4',
        undersokelseId: 'u1',
      }),
    undersokelse('1'),
    ['DATE_BEFORE'],
  ],
  ['conclude-undersokelse: kode 5 without presisering', S3, undersokelse('5'), ['PRESISERING_MISSING']],
  ['conclude-undersokelse: kode 7 before 2026', S3, undersokelse('7'), ['CODE_NOT_VALID']],
  ['conclude-undersokelse: 2026 without medvirkning', in2026, u2({}), ['MEDVIRKNING_MISSING']],
  [
    'conclude-undersokelse: medvirkning after the conclusion',
    in2026,
    u2({ barnetsMedvirkning: { ...medvirkning, startDato: '2026-02-02' } }),
    ['DATE_AFTER'],
  ],
  [
    'conclude-undersokelse: grunnlag 19 without presisering',
    S3,
    undersokelse('1', { vedtaksgrunnlag: [{ kode: '19' }] }),
    ['PRESISERING_MISSING'],
  ],
  ['conclude-undersokelse: already concluded', S4, undersokelse('1'), ['ALREADY_CONCLUDED']],
  ['conclude-undersokelse: unknown', S3, { ...undersokelse('1'), undersokelseId: 'zz' }, ['NOT_FOUND']],
  [
    'conclude-undersokelse: before it started',
    S3,
    { ...undersokelse('1'), dato: '2025-01-09' },
    ['DATE_BEFORE'],
  ],

  [
    'reopen: a closed sak with a new melding',
    S13,
    { type: 'reopen-sak' as const, meldingId: 'm9', dato: '2026-03-01', ...content26 },
    'ok',
  ],
  [
    'reopen: the day it closed',
    S13,
    { type: 'reopen-sak' as const, meldingId: 'm9', dato: '2026-02-01' },
    'ok',
  ],
  [
    'reopen: an open sak',
    S7,
    { type: 'reopen-sak' as const, meldingId: 'm9', dato: '2025-06-01' },
    ['SAK_OPEN'],
  ],
  [
    'reopen: dated before it closed',
    S13,
    { type: 'reopen-sak' as const, meldingId: 'm9', dato: '2026-01-31' },
    ['DATE_BEFORE'],
  ],
  [
    'reopen: an id in use',
    S13,
    { type: 'reopen-sak' as const, meldingId: 'm1', dato: '2026-03-01' },
    ['ID_IN_USE'],
  ],
];

describe('undersøkelse and reopening transitions', () => {
  it('has an allowed and a refused row for each of its commands', () =>
    expectCoverage(ROWS, TABLE_COVERAGE.undersokelse));
  it.each(ROWS)('%s', (...row) => expectTransition(row));
});
