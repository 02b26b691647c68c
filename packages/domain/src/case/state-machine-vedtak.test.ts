import { describe, it } from 'vitest';
import {
  afterSteps,
  BVL2021_3_1,
  begjaering,
  expectCoverage,
  expectTransition,
  TABLE_COVERAGE,
  withSteps,
  type CommandInput,
  type TransitionRow,
} from './test-fixtures.js';

const S3 = () => afterSteps(3); // u1 open with its plan
const S4 = () => afterSteps(4); // u1 concluded 2025-03-01 with kode 1
const S6 = () => afterSteps(6); // vedtak v1 status 1 on 2025-03-05
const S7 = () => afterSteps(7); // tiltak t1 started 2025-03-10
const S10 = () => afterSteps(10); // t1 ended 2026-01-31
const S12 = () => afterSteps(12); // v1 status 4 on 2026-02-01

const withKrav = () =>
  withSteps(S6(), { type: 'receive-krav', vedtakId: 'v1', kravId: 'k1', dato: '2025-04-01' });

const vedtak = (extra: object = {}): CommandInput => ({
  type: 'decide-vedtak',
  vedtakId: 'v9',
  dato: '2025-03-05',
  lovhjemmel: BVL2021_3_1,
  status: '1',
  ...extra,
});
const status = (vedtakId: string, kode: string, dato: string): CommandInput => ({
  type: 'change-vedtak-status',
  vedtakId,
  kode,
  dato,
});

const ROWS: readonly TransitionRow[] = [
  ['decide: status 1 after an undersøkelse with kode 1', S4, vedtak({ undersokelseId: 'u1' }), 'ok'],
  [
    'decide: without an undersøkelse (an akuttvedtak)',
    S4,
    vedtak({ lovhjemmel: { ...BVL2021_3_1, kapittel: '4', paragraf: '2' } }),
    'ok',
  ],
  ['decide: status 2 with its oversendelse', S4, vedtak({ status: '2', oversendelseId: 'o9' }), 'ok'],
  [
    'decide: status 2 after an undersøkelse with kode 1',
    S4,
    vedtak({ status: '2', oversendelseId: 'o9', undersokelseId: 'u1' }),
    ['VEDTAK_STATUS_MISMATCH'],
  ],
  [
    'decide: after an ongoing undersøkelse',
    S3,
    vedtak({ undersokelseId: 'u1' }),
    ['UNDERSOKELSE_NOT_CONCLUDED_FOR_VEDTAK'],
  ],
  [
    'decide: after a henlagt undersøkelse',
    () =>
      withSteps(S3(), { type: 'conclude-undersokelse', undersokelseId: 'u1', dato: '2025-03-01', kode: '3' }),
    vedtak({ undersokelseId: 'u1' }),
    ['UNDERSOKELSE_NOT_CONCLUDED_FOR_VEDTAK'],
  ],
  ['decide: an unknown undersøkelse', S4, vedtak({ undersokelseId: 'zz' }), ['NOT_FOUND']],
  [
    'decide: BVL (1992) in 2025',
    S4,
    vedtak({ lovhjemmel: { ...BVL2021_3_1, lov: 'BVL', kapittel: '4', paragraf: '4' } }),
    ['LOVHJEMMEL_WRONG_LAW'],
  ],
  ['decide: status 2 without oversendelse', S4, vedtak({ status: '2' }), ['OVERSENDELSE_REQUIRED']],
  [
    'decide: status 1 with an oversendelse',
    S4,
    vedtak({ oversendelseId: 'o9' }),
    ['OVERSENDELSE_NOT_EXPECTED'],
  ],
  [
    'decide: before the undersøkelse was concluded',
    S4,
    vedtak({ undersokelseId: 'u1', dato: '2025-02-28' }),
    ['DATE_BEFORE'],
  ],
  ['decide: an id in use', S4, vedtak({ vedtakId: 'u1' }), ['ID_IN_USE']],

  ['status: the board approves (2 → 1)', begjaering, status('vb', '1', '2025-05-01'), 'ok'],
  ['status: the board refuses (2 → 4)', begjaering, status('vb', '4', '2025-05-01'), 'ok'],
  ['status: the begjæring lapses (2 → 3)', begjaering, status('vb', '3', '2025-05-01'), 'ok'],
  ['status: lapses without tiltak (1 → 3)', S6, status('v1', '3', '2025-04-01'), 'ok'],
  ['status: ends after its tiltak (1 → 4)', S10, status('v1', '4', '2026-02-01'), 'ok'],
  ['status: 1 → 1', S6, status('v1', '1', '2025-04-01'), ['STATUS_NOT_ALLOWED']],
  ['status: an ended vedtak', S12, status('v1', '1', '2026-03-01'), ['VEDTAK_ENDED']],
  ['status: end while a tiltak runs', S7, status('v1', '4', '2025-04-01'), ['TILTAK_STILL_ACTIVE']],
  ['status: end while a krav is open', withKrav, status('v1', '4', '2025-04-02'), ['KRAV_OPEN']],
  ['status: dated before the last change', begjaering, status('vb', '1', '2025-03-04'), ['DATE_BEFORE']],
  ['status: dated before its tiltak ended', S10, status('v1', '4', '2026-01-30'), ['DATE_BEFORE']],
  ['status: an unknown vedtak', S6, status('zz', '4', '2025-04-01'), ['NOT_FOUND']],

  ['krav: received', S6, { type: 'receive-krav', vedtakId: 'v1', kravId: 'k9', dato: '2025-04-01' }, 'ok'],
  [
    'krav: on an ended vedtak',
    S12,
    { type: 'receive-krav', vedtakId: 'v1', kravId: 'k9', dato: '2026-03-01' },
    ['VEDTAK_ENDED'],
  ],
  [
    'krav: before the vedtak',
    S6,
    { type: 'receive-krav', vedtakId: 'v1', kravId: 'k9', dato: '2025-03-04' },
    ['DATE_BEFORE'],
  ],
  [
    'krav: an id in use',
    S6,
    { type: 'receive-krav', vedtakId: 'v1', kravId: 'v1', dato: '2025-04-01' },
    ['ID_IN_USE'],
  ],
  [
    'krav: unknown vedtak',
    S6,
    { type: 'receive-krav', vedtakId: 'zz', kravId: 'k9', dato: '2025-04-01' },
    ['NOT_FOUND'],
  ],
  [
    'conclude-krav: sent to the board',
    withKrav,
    { type: 'conclude-krav', vedtakId: 'v1', kravId: 'k1', dato: '2025-04-10', kode: '1' },
    'ok',
  ],
  [
    'conclude-krav: kode 9 with presisering',
    withKrav,
    {
      type: 'conclude-krav',
      vedtakId: 'v1',
      kravId: 'k1',
      dato: '2025-04-10',
      kode: '9',
      presisering: 'Trukket',
    },
    'ok',
  ],
  [
    'conclude-krav: kode 9 without presisering',
    withKrav,
    { type: 'conclude-krav', vedtakId: 'v1', kravId: 'k1', dato: '2025-04-10', kode: '9' },
    ['PRESISERING_MISSING'],
  ],
  [
    'conclude-krav: unknown krav',
    withKrav,
    { type: 'conclude-krav', vedtakId: 'v1', kravId: 'zz', dato: '2025-04-10', kode: '1' },
    ['NOT_FOUND'],
  ],
  [
    'conclude-krav: unknown vedtak',
    withKrav,
    { type: 'conclude-krav', vedtakId: 'zz', kravId: 'k1', dato: '2025-04-10', kode: '1' },
    ['NOT_FOUND'],
  ],
  [
    'conclude-krav: already concluded',
    () =>
      withSteps(withKrav(), {
        type: 'conclude-krav',
        vedtakId: 'v1',
        kravId: 'k1',
        dato: '2025-04-10',
        kode: '2',
      }),
    { type: 'conclude-krav', vedtakId: 'v1', kravId: 'k1', dato: '2025-04-11', kode: '1' },
    ['ALREADY_CONCLUDED'],
  ],
  [
    'conclude-krav: before it was received',
    withKrav,
    { type: 'conclude-krav', vedtakId: 'v1', kravId: 'k1', dato: '2025-03-31', kode: '1' },
    ['DATE_BEFORE'],
  ],
];

describe('vedtak and krav transitions', () => {
  it('has an allowed and a refused row for each of its commands', () =>
    expectCoverage(ROWS, TABLE_COVERAGE.vedtak));
  it.each(ROWS)('%s', (...row) => expectTransition(row));
});
