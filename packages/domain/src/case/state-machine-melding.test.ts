import { describe, expect, it } from 'vitest';
import type { CaseCommand } from './commands.js';
import { checkTransition } from './state-machine.js';
import {
  afterSteps,
  cmd,
  emptyCase,
  CONTENT as content,
  CONTENT_2026 as content26,
  expectCoverage,
  expectTransition,
  TABLE_COVERAGE,
  withM2 as m2,
  withSteps,
  TODAY,
  type TransitionRow,
} from './test-fixtures.js';

const S0 = () => emptyCase();
const S1 = () => afterSteps(1); // m1 received 2025-01-06
const S2 = () => afterSteps(2); // u1 opened 2025-01-10 from m1
const S4 = () => afterSteps(4); // u1 concluded with kode 1
const S7 = () => afterSteps(7); // tiltak t1 running
const S13 = () => afterSteps(13); // sak closed 2026-02-01
const receive = (dato: string, extra: object = {}) =>
  ({ type: 'receive-melding' as const, meldingId: 'mx', dato, ...extra }) as const;
const conclude = (kode: string, extra: object = {}) => ({
  type: 'conclude-melding' as const,
  meldingId: 'm1',
  dato: '2025-01-10',
  kode,
  ...content,
  ...extra,
});

const ROWS: readonly TransitionRow[] = [
  ['receive: first melding on the day the sak starts', S0, receive('2025-01-06', content), 'ok'],
  ['receive: without melder or content yet', S0, receive('2025-01-06'), 'ok'],
  ['receive: while a tiltak runs', S7, receive('2025-06-01', content), 'ok'],
  ['receive: in a closed sak', S13, receive('2026-03-01', content), ['SAK_CLOSED']],
  ['receive: tomorrow', S0, receive('2026-07-01'), ['DATE_IN_FUTURE']],
  ['receive: before the sak started', S0, receive('2025-01-05'), ['DATE_BEFORE']],
  ['receive: an id in use', S2, { ...receive('2025-02-01'), meldingId: 'u1' }, ['ID_IN_USE']],
  [
    'receive: melder 15 after it ended',
    S0,
    receive('2025-01-06', { melder: [{ kode: '15' }] }),
    ['CODE_NOT_VALID'],
  ],
  [
    'receive: melder 22 without presisering',
    S0,
    receive('2025-01-06', { melder: [{ kode: '22' }] }),
    ['PRESISERING_MISSING'],
  ],

  ['conclude: henlagt (1) in 2025', S1, conclude('1'), 'ok'],
  [
    'conclude: kode 10 in 2026',
    () => m2(S7(), '2026-01-05', content26),
    { ...conclude('10', content26), meldingId: 'm2', dato: '2026-01-08' },
    'ok',
  ],
  [
    'conclude: into an ongoing undersøkelse (4)',
    () => m2(S2()),
    { ...conclude('4', { undersokelseId: 'u1' }), meldingId: 'm2', dato: '2025-02-03' },
    'ok',
  ],
  [
    'conclude: henlagt pga. aktive tiltak (3)',
    () => m2(S7(), '2025-04-01'),
    { ...conclude('3'), meldingId: 'm2', dato: '2025-04-02' },
    'ok',
  ],
  [
    'conclude: content given at receipt is enough',
    S1,
    { type: 'conclude-melding' as const, meldingId: 'm1', dato: '2025-01-10', kode: '1' },
    'ok',
  ],
  ['conclude: kode 3 without an active tiltak', S1, conclude('3'), ['NO_ACTIVE_TILTAK']],
  ['conclude: kode 2 belongs to open-undersokelse', S1, conclude('2'), ['USE_OPEN_UNDERSOKELSE']],
  [
    'conclude: kode 1 after it ended (2026)',
    () => m2(S7(), '2026-01-05', content26),
    { ...conclude('1', content26), meldingId: 'm2', dato: '2026-01-08' },
    ['CODE_NOT_VALID'],
  ],
  [
    'conclude: old saksinnhold after 2025',
    () => m2(S7(), '2025-12-30'),
    { ...conclude('10'), meldingId: 'm2', dato: '2026-01-02' },
    ['CODE_NOT_VALID'],
  ],
  ['conclude: unknown melding', S1, { ...conclude('1'), meldingId: 'nope' }, ['NOT_FOUND']],
  ['conclude: already concluded', S2, conclude('1'), ['ALREADY_CONCLUDED']],
  [
    'conclude: no melder',
    () => m2(S1(), '2025-01-08', { saksinnhold: [{ kode: '21' }] }),
    { type: 'conclude-melding' as const, meldingId: 'm2', dato: '2025-01-10', kode: '1' },
    ['MELDER_MISSING'],
  ],
  [
    'conclude: no saksinnhold',
    () => m2(S1(), '2025-01-08', { melder: [{ kode: '11' }] }),
    { type: 'conclude-melding' as const, meldingId: 'm2', dato: '2025-01-10', kode: '1' },
    ['SAKSINNHOLD_MISSING'],
  ],
  [
    'conclude: saksinnhold 18 without presisering',
    S1,
    conclude('1', { saksinnhold: [{ kode: '18' }] }),
    ['PRESISERING_MISSING'],
  ],
  ['conclude: before it was received', S1, { ...conclude('1'), dato: '2025-01-05' }, ['DATE_BEFORE']],
  [
    'conclude: kode 4 without the undersøkelse',
    () => m2(S2()),
    { ...conclude('4'), meldingId: 'm2', dato: '2025-02-03' },
    ['UNDERSOKELSE_REQUIRED'],
  ],
  [
    'conclude: kode 4 into a concluded undersøkelse',
    () => m2(S4(), '2025-03-02'),
    { ...conclude('4', { undersokelseId: 'u1' }), meldingId: 'm2', dato: '2025-03-03' },
    ['UNDERSOKELSE_NOT_ONGOING'],
  ],
  [
    'conclude: kode 4 into an unknown undersøkelse',
    () => m2(S2()),
    { ...conclude('4', { undersokelseId: 'zz' }), meldingId: 'm2', dato: '2025-02-03' },
    ['NOT_FOUND'],
  ],
  [
    'conclude: kode 1 naming an undersøkelse',
    () => m2(S2()),
    { ...conclude('1', { undersokelseId: 'u1' }), meldingId: 'm2', dato: '2025-02-03' },
    ['UNDERSOKELSE_NOT_EXPECTED'],
  ],

  [
    'open-undersokelse: from a received melding',
    S1,
    { type: 'open-undersokelse' as const, meldingId: 'm1', undersokelseId: 'u9', dato: '2025-01-10' },
    'ok',
  ],
  [
    'open-undersokelse: melding already concluded',
    S2,
    { type: 'open-undersokelse' as const, meldingId: 'm1', undersokelseId: 'u9', dato: '2025-01-12' },
    ['ALREADY_CONCLUDED'],
  ],
  [
    'open-undersokelse: id in use',
    S1,
    { type: 'open-undersokelse' as const, meldingId: 'm1', undersokelseId: 'm1', dato: '2025-01-10' },
    ['ID_IN_USE'],
  ],
  [
    'open-undersokelse: melding without content',
    () => withSteps(S0(), receive('2025-01-06')),
    { type: 'open-undersokelse' as const, meldingId: 'mx', undersokelseId: 'u9', dato: '2025-01-10' },
    ['MELDER_MISSING', 'SAKSINNHOLD_MISSING'],
  ],
];

describe('melding transitions', () => {
  it('has an allowed and a refused row for each of its commands', () =>
    expectCoverage(ROWS, TABLE_COVERAGE.melding));
  it.each(ROWS)('%s', (...row) => expectTransition(row));

  it('refuses a date that is not a calendar date, before anything else', () => {
    const command = {
      type: 'receive-melding' as const,
      meldingId: 'mx',
      dato: '2025-02-30',
      melder: [],
      saksinnhold: [],
    };
    const result = checkTransition(S0(), command as CaseCommand, TODAY);
    expect(result).toEqual({
      ok: false,
      errors: [expect.objectContaining({ code: 'DATE_INVALID', field: 'dato' })],
    });
  });

  it('throws when today is not a date (a programming error, not a user one)', () => {
    const command = cmd({ type: 'receive-melding', meldingId: 'mx', dato: '2025-01-06' });
    expect(() => checkTransition(S0(), command, '30.06.2026')).toThrow(RangeError);
  });

  it('reports every problem at once, each with the field to fix', () => {
    const result = checkTransition(
      S1(),
      cmd(conclude('2', { melder: [{ kode: '22' }], dato: '2025-01-05' }) as never),
      TODAY,
    );
    expect(result.ok).toBe(false);
    const fields = result.ok ? [] : result.errors.map((e) => [e.code, e.field]);
    expect(fields).toEqual(
      expect.arrayContaining([
        ['DATE_BEFORE', 'dato'],
        ['PRESISERING_MISSING', 'melder.0.presisering'],
        ['USE_OPEN_UNDERSOKELSE', 'kode'],
      ]),
    );
  });
});
