/**
 * Shared fixtures for the case tests: a complete, clean case built by commands. Not exported from
 * the package.
 */
import { expect } from 'vitest';
import type { z } from 'zod';
import { applyCommand } from './apply.js';
import { CaseCommand } from './commands.js';
import { CaseHistory, createCaseHistory } from './history.js';
import { checkTransition } from './state-machine.js';
import { CASE_CONTROLS, runControls, type ControlFinding } from './controls.js';

export const TODAY = '2026-06-30';
/** A real-format fødselsnummer for a boy born 2020-06-15 (from identity-number.test.ts). */
export const BIRTH_DATE = '2020-06-15';

export const BVL2021_3_1 = {
  lov: 'BVL2021',
  kapittel: '3',
  paragraf: '1',
  ledd: [],
  bokstav: [],
  punktum: [],
} as const;
export const BVL2021_5_1 = {
  lov: 'BVL2021',
  kapittel: '5',
  paragraf: '1',
  ledd: [],
  bokstav: [],
  punktum: [],
} as const;

export function emptyCase(startDato = '2025-01-06'): CaseHistory {
  return createCaseHistory({
    sakId: 'sak1',
    journalnummer: '2025/17',
    startDato,
    personalia: [{ id: 'per1', startDato, fodselsnummer: '15062098748', fodseldato: BIRTH_DATE, kjonn: '1' }],
  });
}

/** From melding to a closed case: undersøkelse with plan, vedtak, tiltak with plan and evaluation. */
export const HAPPY_PATH: readonly CaseCommand[] = [
  {
    type: 'receive-melding',
    meldingId: 'm1',
    dato: '2025-01-06',
    melder: [{ kode: '11' }],
    saksinnhold: [{ kode: '21' }],
  },
  {
    type: 'open-undersokelse',
    meldingId: 'm1',
    undersokelseId: 'u1',
    dato: '2025-01-10',
    melder: [],
    saksinnhold: [],
  },
  {
    type: 'add-plan',
    planId: 'p1',
    plantype: '7',
    fra: { type: 'Undersokelse', id: 'u1' },
    dato: '2025-01-10',
  },
  {
    type: 'conclude-undersokelse',
    undersokelseId: 'u1',
    dato: '2025-03-01',
    kode: '1',
    vedtaksgrunnlag: [{ kode: '21' }],
  },
  { type: 'end-plan', planId: 'p1', dato: '2025-03-01' },
  {
    type: 'decide-vedtak',
    vedtakId: 'v1',
    dato: '2025-03-05',
    lovhjemmel: { ...BVL2021_3_1, ledd: [], bokstav: [], punktum: [] },
    jmfrLovhjemmel: [],
    status: '1',
    undersokelseId: 'u1',
  },
  {
    type: 'start-tiltak',
    tiltakId: 't1',
    vedtakId: 'v1',
    dato: '2025-03-10',
    kategori: { kode: '3.2' },
    tiltaksgrunnlag: [{ kode: '21' }],
  },
  { type: 'add-plan', planId: 'p2', plantype: '1', fra: { type: 'Tiltak', id: 't1' }, dato: '2025-03-10' },
  { type: 'evaluate-plan', planId: 'p2', dato: '2025-09-01' },
  { type: 'end-tiltak', tiltakId: 't1', dato: '2026-01-31' },
  { type: 'end-plan', planId: 'p2', dato: '2026-01-31' },
  { type: 'change-vedtak-status', vedtakId: 'v1', kode: '4', dato: '2026-02-01' },
  { type: 'close-sak', dato: '2026-02-01' },
];

/** Applies commands in order and throws on the first refusal (for building fixtures). */
export function build(commands: readonly CaseCommand[], start: CaseHistory = emptyCase()): CaseHistory {
  return commands.reduce((h, c) => {
    const result = applyCommand(h, c, TODAY);
    if (!result.ok) throw new Error(`${c.type} refused: ${JSON.stringify(result.errors)}`);
    return result.history;
  }, start);
}

/** The history after the first `n` steps of the happy path. */
export function afterSteps(n: number): CaseHistory {
  return build(HAPPY_PATH.slice(0, n));
}

export function parse(h: CaseHistory): CaseHistory {
  return CaseHistory.parse(h);
}

/** A command from its input shape (defaults filled in by the schema). */
export function cmd(input: z.input<typeof CaseCommand>): CaseCommand {
  return CaseCommand.parse(input);
}

/** `build` from inputs, starting from `h`. Not named `then`: a module exporting `then` is a thenable. */
export function withSteps(h: CaseHistory, ...inputs: CommandInput[]): CaseHistory {
  return build(
    inputs.map((i) => cmd(i as z.input<typeof CaseCommand>)),
    h,
  );
}

/** One row of a transition table: name, history, command, and 'ok' or the error codes expected. */
export type TransitionRow = readonly [string, () => CaseHistory, CommandInput, 'ok' | readonly string[]];

/** A command as a form would send it; the schema checks it when the row runs. */
export type CommandInput = { type: CaseCommand['type'] } & Record<string, unknown>;

export function expectTransition(row: TransitionRow): void {
  const [, history, input, expected] = row;
  const result = checkTransition(history(), cmd(input as z.input<typeof CaseCommand>), TODAY);
  if (expected === 'ok') {
    expect(result).toEqual({ ok: true });
    return;
  }
  expect(result.ok).toBe(false);
  const codes = result.ok ? [] : result.errors.map((e) => e.code);
  expect(codes).toEqual(expect.arrayContaining([...expected]));
  if (!result.ok) for (const e of result.errors) expect(e.message.length).toBeGreaterThan(10);
}

/** Deep copy and change, for control tests. */
export function mutate(h: CaseHistory, change: (draft: CaseHistory) => void): CaseHistory {
  const draft = structuredClone(h);
  change(draft);
  return draft;
}

export const LOVHJEMMEL = BVL2021_3_1;

export const CONTENT = { melder: [{ kode: '11' }], saksinnhold: [{ kode: '21' }] } as const;
/** Kunnskapsmodellen replaces the old saksinnhold codes from 2026. */
export const CONTENT_2026 = { melder: [{ kode: '11' }], saksinnhold: [{ kode: '1.1.01' }] } as const;

/** `h` with a second melding m2 received on `dato`. */
export function withM2(h: CaseHistory, dato = '2025-02-01', content: object = CONTENT): CaseHistory {
  return withSteps(h, { type: 'receive-melding', meldingId: 'm2', dato, ...content });
}

/** u1 concluded with kode 2 and a begjæring vb (status 2) sent to the board as o1 on 2025-03-05. */
export const begjaering = () =>
  withSteps(
    afterSteps(3),
    {
      type: 'conclude-undersokelse',
      undersokelseId: 'u1',
      dato: '2025-03-01',
      kode: '2',
      vedtaksgrunnlag: [{ kode: '21' }],
    },
    {
      type: 'decide-vedtak',
      vedtakId: 'vb',
      dato: '2025-03-05',
      lovhjemmel: BVL2021_5_1,
      status: '2',
      undersokelseId: 'u1',
      oversendelseId: 'o1',
    },
  );
/** The board approved vb; a foster home placement t2 (omsorgsovertakelse) runs from 2025-05-02. */
export const omsorg = () =>
  withSteps(
    begjaering(),
    { type: 'change-vedtak-status', vedtakId: 'vb', kode: '1', dato: '2025-05-01' },
    { type: 'start-tiltak', tiltakId: 't2', vedtakId: 'vb', dato: '2025-05-02', kategori: { kode: '2.2' } },
  );

/** Which transition table covers which command types; a test checks together they cover all. */
export const TABLE_COVERAGE = {
  melding: ['receive-melding', 'conclude-melding', 'open-undersokelse'],
  undersokelse: ['extend-undersokelse', 'conclude-undersokelse', 'reopen-sak'],
  vedtak: ['decide-vedtak', 'change-vedtak-status', 'receive-krav', 'conclude-krav'],
  tiltak: ['start-tiltak', 'record-visit', 'end-tiltak'],
  other: [
    'add-plan',
    'evaluate-plan',
    'end-plan',
    'offer-ettervern',
    'conclude-ettervern',
    'register-flytting',
    'close-sak',
  ],
} as const satisfies Record<string, readonly CaseCommand['type'][]>;

/** Each command type in `types` has at least one allowed and one refused row. */
export function expectCoverage(rows: readonly TransitionRow[], types: readonly CaseCommand['type'][]): void {
  for (const type of types) {
    const mine = rows.filter((r) => r[2].type === type);
    expect(
      mine.some((r) => r[3] === 'ok'),
      `${type} has an allowed row`,
    ).toBe(true);
    expect(
      mine.some((r) => r[3] !== 'ok'),
      `${type} has a refused row`,
    ).toBe(true);
  }
}

/** A case to run the controls on, with the options that matter. */
export interface ControlCase {
  history: CaseHistory;
  reportingDate?: string;
  /** Defaults to BIRTH_DATE; null runs the controls without a birth date. */
  birthDate?: string | null;
}

/** One row of a control table: the control id, a case that triggers it and one that does not. */
export type ControlRow = readonly [string, () => CaseHistory | ControlCase, () => CaseHistory | ControlCase];

export function findingsOf(id: string, input: CaseHistory | ControlCase): ControlFinding[] {
  const c: ControlCase = 'history' in input ? input : { history: input };
  return runControls(c.history, {
    reportingDate: c.reportingDate ?? TODAY,
    ...(c.birthDate === null ? {} : { birthDate: c.birthDate ?? BIRTH_DATE }),
  }).filter((f) => f.controlId === id);
}

export function expectControlRow(row: ControlRow): void {
  const [id, trigger, pass] = row;
  const found = findingsOf(id, trigger());
  expect(found.length, `${id} triggers`).toBeGreaterThan(0);
  for (const f of found) {
    expect(f.message.length).toBeGreaterThan(10);
    expect(f.field).not.toBe('');
  }
  expect(findingsOf(id, pass()), `${id} stays quiet`).toEqual([]);
}

/** Every control whose id starts with one of `prefixes` has a row. */
export function expectControlsCovered(rows: readonly ControlRow[], prefixes: readonly string[]): void {
  const ids = CASE_CONTROLS.map((c) => c.id).filter((id) => prefixes.some((p) => id.startsWith(p)));
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.filter((id) => !rows.some((r) => r[0] === id))).toEqual([]);
}

export const CONTROL_PREFIXES = {
  sak: ['sak-', 'personalia-'],
  melding: ['melding-', 'melder-', 'saksinnhold-', 'undersokelse-'],
  vedtak: ['vedtak-', 'oversendelse-'],
  tiltak: ['tiltak-'],
  plan: ['plan-', 'ettervern-', 'flytting-'],
} as const;
