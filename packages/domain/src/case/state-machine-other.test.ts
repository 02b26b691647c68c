import { describe, expect, it } from 'vitest';
import { CASE_COMMAND_TYPES } from './commands.js';
import {
  afterSteps,
  begjaering,
  CONTENT_2026,
  expectCoverage,
  expectTransition,
  omsorg,
  TABLE_COVERAGE,
  withM2,
  withSteps,
  type CommandInput,
  type TransitionRow,
} from './test-fixtures.js';

const S2 = () => afterSteps(2); // u1 open
const S4 = () => afterSteps(4); // u1 concluded; its plan p1 still open
const S6 = () => afterSteps(6); // vedtak v1 status 1
const S7 = () => afterSteps(7); // tiltak t1 running
const S8 = () => afterSteps(8); // tiltaksplan p2 for t1
const S9 = () => afterSteps(9); // p2 evaluated 2025-09-01
const S11 = () => afterSteps(11); // t1 and p2 ended 2026-01-31; v1 still in force
const S12 = () => afterSteps(12); // v1 ended 2026-02-01
const S13 = () => afterSteps(13); // sak closed 2026-02-01

const plan = (plantype: string, type: string, id: string, dato = '2025-03-10'): CommandInput => ({
  type: 'add-plan',
  planId: 'p9',
  plantype,
  fra: { type, id },
  dato,
});
const ettervern = () => withSteps(S7(), { type: 'offer-ettervern', ettervernId: 'e1', dato: '2025-06-01' });
const flytting = (extra: object = {}): CommandInput => ({
  type: 'register-flytting',
  flyttingId: 'f1',
  dato: '2025-08-01',
  arsakFra: { kode: '1.1.4' },
  flyttingTil: { kode: '4' },
  ...extra,
});
const close = (dato = '2026-02-01'): CommandInput => ({ type: 'close-sak', dato });

const ROWS: readonly TransitionRow[] = [
  [
    'add-plan: undersøkelsesplan (7) for an ongoing undersøkelse',
    S2,
    plan('7', 'Undersokelse', 'u1', '2025-01-20'),
    'ok',
  ],
  ['add-plan: tiltaksplan (1) for a running tiltak', S7, plan('1', 'Tiltak', 't1'), 'ok'],
  ['add-plan: omsorgsplan (4) for a vedtak', S6, plan('4', 'Vedtak', 'v1', '2025-03-06'), 'ok'],
  ['add-plan: plan after akuttvedtak (8) for a vedtak', S6, plan('8', 'Vedtak', 'v1', '2025-03-06'), 'ok'],
  ['add-plan: undersøkelsesplan for a tiltak', S7, plan('7', 'Tiltak', 't1'), ['PLAN_SOURCE_TYPE']],
  [
    'add-plan: tiltaksplan for an undersøkelse',
    S2,
    plan('1', 'Undersokelse', 'u1', '2025-01-20'),
    ['PLAN_SOURCE_TYPE'],
  ],
  [
    'add-plan: for a concluded undersøkelse',
    S4,
    plan('7', 'Undersokelse', 'u1', '2025-03-02'),
    ['SOURCE_ENDED'],
  ],
  ['add-plan: for an unknown tiltak', S7, plan('1', 'Tiltak', 'zz'), ['NOT_FOUND']],
  [
    'add-plan: foreløpig omsorgsplan (3) after 2022',
    S6,
    plan('3', 'Vedtak', 'v1', '2025-03-06'),
    ['CODE_NOT_VALID'],
  ],
  ['add-plan: before the tiltak started', S7, plan('1', 'Tiltak', 't1', '2025-03-09'), ['DATE_BEFORE']],
  ['add-plan: an id in use', S7, { ...plan('1', 'Tiltak', 't1'), planId: 't1' }, ['ID_IN_USE']],

  ['evaluate-plan: a running plan', S8, { type: 'evaluate-plan', planId: 'p2', dato: '2025-06-01' }, 'ok'],
  [
    'evaluate-plan: an ended plan',
    S11,
    { type: 'evaluate-plan', planId: 'p2', dato: '2026-02-01' },
    ['ALREADY_ENDED'],
  ],
  [
    'evaluate-plan: before it started',
    S8,
    { type: 'evaluate-plan', planId: 'p2', dato: '2025-03-09' },
    ['DATE_BEFORE'],
  ],
  ['evaluate-plan: unknown', S8, { type: 'evaluate-plan', planId: 'zz', dato: '2025-06-01' }, ['NOT_FOUND']],
  ['end-plan: after its evaluation', S9, { type: 'end-plan', planId: 'p2', dato: '2025-09-01' }, 'ok'],
  [
    'end-plan: before its last evaluation',
    S9,
    { type: 'end-plan', planId: 'p2', dato: '2025-08-31' },
    ['DATE_BEFORE'],
  ],
  ['end-plan: already ended', S11, { type: 'end-plan', planId: 'p2', dato: '2026-02-01' }, ['ALREADY_ENDED']],
  ['end-plan: unknown', S9, { type: 'end-plan', planId: 'zz', dato: '2025-09-01' }, ['NOT_FOUND']],

  [
    'offer-ettervern: an offer sent',
    S7,
    { type: 'offer-ettervern', ettervernId: 'e1', dato: '2025-06-01' },
    'ok',
  ],
  [
    'offer-ettervern: an id in use',
    S7,
    { type: 'offer-ettervern', ettervernId: 't1', dato: '2025-06-01' },
    ['ID_IN_USE'],
  ],
  [
    'conclude-ettervern: accepted',
    ettervern,
    { type: 'conclude-ettervern', ettervernId: 'e1', dato: '2025-06-10', kode: '1' },
    'ok',
  ],
  [
    'conclude-ettervern: before the offer',
    ettervern,
    { type: 'conclude-ettervern', ettervernId: 'e1', dato: '2025-05-31', kode: '1' },
    ['DATE_BEFORE'],
  ],
  [
    'conclude-ettervern: twice',
    () =>
      withSteps(ettervern(), {
        type: 'conclude-ettervern',
        ettervernId: 'e1',
        dato: '2025-06-10',
        kode: '3',
      }),
    { type: 'conclude-ettervern', ettervernId: 'e1', dato: '2025-06-11', kode: '1' },
    ['ALREADY_CONCLUDED'],
  ],
  [
    'conclude-ettervern: unknown',
    ettervern,
    { type: 'conclude-ettervern', ettervernId: 'zz', dato: '2025-06-10', kode: '1' },
    ['NOT_FOUND'],
  ],

  ['register-flytting: a placed child moves', omsorg, flytting(), 'ok'],
  [
    'register-flytting: with a presisering where needed',
    omsorg,
    flytting({
      arsakFra: { kode: '2.9', presisering: 'Annet' },
      flyttingTil: { kode: '8', presisering: 'Hybel' },
    }),
    'ok',
  ],
  ['register-flytting: no placement', S7, flytting(), ['NO_PLASSERING']],
  ['register-flytting: before the placement', omsorg, flytting({ dato: '2025-05-01' }), ['NO_PLASSERING']],
  [
    'register-flytting: årsak 1.1.5 without presisering',
    omsorg,
    flytting({ arsakFra: { kode: '1.1.5' } }),
    ['PRESISERING_MISSING'],
  ],
  [
    'register-flytting: til 8 without presisering',
    omsorg,
    flytting({ flyttingTil: { kode: '8' } }),
    ['PRESISERING_MISSING'],
  ],
  ['register-flytting: an id in use', omsorg, flytting({ flyttingId: 't2' }), ['ID_IN_USE']],

  ['close-sak: everything concluded', S12, close(), 'ok'],
  ['close-sak: a vedtak still in force (vedtak are exempt)', S11, close(), 'ok'],
  [
    'close-sak: a melding under review',
    () => withM2(S12(), '2026-02-01', CONTENT_2026),
    close(),
    ['OPEN_ELEMENT'],
  ],
  ['close-sak: a running tiltak', S7, close('2025-06-01'), ['OPEN_ELEMENT']],
  [
    'close-sak: an open krav',
    () => withSteps(S11(), { type: 'receive-krav', vedtakId: 'v1', kravId: 'k1', dato: '2026-02-01' }),
    close(),
    ['OPEN_ELEMENT'],
  ],
  [
    'close-sak: an open ettervern offer',
    () => withSteps(S12(), { type: 'offer-ettervern', ettervernId: 'e1', dato: '2026-02-01' }),
    close(),
    ['OPEN_ELEMENT'],
  ],
  [
    'close-sak: a begjæring at the board',
    () => withSteps(begjaering(), { type: 'end-plan', planId: 'p1', dato: '2025-03-05' }),
    close('2025-03-06'),
    ['VEDTAK_PENDING'],
  ],
  ['close-sak: dated before the last event', S12, close('2026-01-31'), ['DATE_BEFORE']],
  ['close-sak: already closed', S13, close('2026-03-01'), ['SAK_CLOSED']],
];

describe('plan, ettervern, flytting and closing transitions', () => {
  it('has an allowed and a refused row for each of its commands', () =>
    expectCoverage(ROWS, TABLE_COVERAGE.other));
  it.each(ROWS)('%s', (...row) => expectTransition(row));

  it('the tables together cover every command type', () => {
    const covered = Object.values(TABLE_COVERAGE).flat();
    expect([...covered].sort()).toEqual([...CASE_COMMAND_TYPES].sort());
  });
});
