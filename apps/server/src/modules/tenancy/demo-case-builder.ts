import {
  applyCommand,
  CaseCommand,
  codesValidOn,
  createCaseHistory,
  MELDING_KONKLUSJON,
  type CaseCommandType,
  type CaseHistory,
} from '@vern/domain';
import type { MeldingChannel } from '../../platform/db/schema.js';
import { MELDER_TITLES, type MeldingTheme } from './demo-names.js';

/** Who records a step: the case's caseworker, the unit's fagleder, or the head of service. */
export type StepActor = 'caseworker' | 'leader' | 'head';

export interface DemoMeldingDetail {
  receivedAt: Date;
  channel: MeldingChannel;
  content: string;
  melderName: string | null;
  anonymous: boolean;
  needsImmediateFollowUp: boolean;
}

export interface DemoStep {
  command: CaseCommand;
  actor: StepActor;
  melding?: DemoMeldingDetail;
  /** A decided vedtak: the caseworker's proposal and its grounds. */
  begrunnelse?: string;
}

export type StepInput = { type: CaseCommandType; dato: string } & Record<string, unknown>;

/** A seeded source of choices: `rand` in [0, 1). */
export class Dice {
  constructor(readonly rand: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.rand() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.rand() < p;
  }
  pick<T>(list: readonly T[]): T {
    const item = list[Math.floor(this.rand() * list.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  /** A version 4 UUID made of seeded bits: the same seed gives the same ids. */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.rand() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
}

const DAY_MS = 86_400_000;
export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
export const earlier = (a: string, b: string): string => (a <= b ? a : b);
export const later = (a: string, b: string): string => (a >= b ? a : b);

/** Kunnskapsmodellen replaces the old saksinnhold codes on this day. */
const NEW_CODES_FROM = '2026-01-01';

/** One or two saksinnhold codes of the theme, from the list in force on `date`. */
export function saksinnhold(theme: MeldingTheme, date: string, dice: Dice) {
  const list = date < NEW_CODES_FROM ? theme.old : theme.km;
  const first = dice.pick(list);
  const second = list.length > 1 && dice.chance(0.4) ? list.find((k) => k !== first) : undefined;
  return [first, ...(second ? [second] : [])].map((kode) => ({ kode }));
}

/** A henleggelse code for a melding concluded on `date` (code 1 was split into 5-10 in 2026). */
export function henleggMelding(date: string, dice: Dice): '1' | '7' | '8' | '10' {
  const valid = codesValidOn(MELDING_KONKLUSJON, date).map((c) => c.code);
  if (valid.includes('1')) return '1';
  return dice.pick(['10', '10', '10', '8', '7'] as const);
}

const CHANNELS: Readonly<Record<string, readonly MeldingChannel[]>> = {
  '7': ['barnevernvakt'],
  '8': ['telefon', 'fiks_io'],
  '23': ['telefon', 'digitalt_skjema'],
  '1': ['personlig_oppmote', 'chat', 'sms'],
};

const OTHER_CHANNELS: readonly MeldingChannel[] = ['telefon', 'brev', 'e-post', 'digitalt_skjema', 'fiks_io'];

/**
 * A case history built step by step through the domain's state machine. A refused step is a bug in
 * the generator, never something to skip: it throws with the domain's reasons.
 */
export class CaseBuilder {
  history: CaseHistory;
  readonly steps: DemoStep[] = [];

  constructor(
    readonly today: string,
    readonly startDato: string,
    readonly dice: Dice,
    readonly givenNames: readonly string[],
    readonly familyNames: readonly string[],
  ) {
    // The sak's id and journalnummer are the database's; the writer puts them in afterwards.
    this.history = createCaseHistory({ sakId: 'sak', journalnummer: '0/0', startDato });
  }

  /** A step as a form would send it: the domain's command schema checks it (codes included). */
  step(input: StepInput, actor: StepActor = 'caseworker', extra: Partial<DemoStep> = {}) {
    const command = CaseCommand.parse(input);
    const result = applyCommand(this.history, command, this.today);
    if (!result.ok) {
      const reasons = result.errors.map((e) => `${e.code} ${e.field ?? ''}: ${e.message}`).join('; ');
      throw new Error(`demo generator: ${command.type} on ${command.dato} was refused: ${reasons}`);
    }
    this.history = result.history;
    this.steps.push({ command, actor, ...extra });
    return command;
  }

  id(): string {
    return this.dice.uuid();
  }

  /** Takes steps in date order (stable: same-day steps keep their order), as they would happen. */
  schedule(items: readonly { dato: string; run: () => void }[]): void {
    [...items].sort((a, b) => (a.dato < b.dato ? -1 : a.dato > b.dato ? 1 : 0)).forEach((i) => i.run());
  }

  /** Receives a melding (or reopens the case with one) on `dato`; returns its id. */
  melding(dato: string, theme: MeldingTheme, options: { reopen?: boolean; urgent?: boolean } = {}): string {
    const { dice } = this;
    const meldingId = this.id();
    const melderKode = dice.pick(theme.melder);
    const anonymous = melderKode === '23';
    const urgent = options.urgent ?? (theme.urgent === true && dice.chance(0.5));
    const channel = dice.pick<MeldingChannel>(CHANNELS[melderKode] ?? OTHER_CHANNELS);
    const title = MELDER_TITLES[melderKode];
    const melderName = anonymous
      ? null
      : (title ?? `${dice.pick(this.givenNames)} ${dice.pick(this.familyNames)}`);
    // Office hours, or the evening for the out-of-hours service; +01:00 keeps the Oslo date.
    const hour = channel === 'barnevernvakt' ? dice.int(18, 22) : dice.int(8, 14);
    const receivedAt = new Date(`${dato}T${String(hour).padStart(2, '0')}:${dice.int(10, 59)}:00+01:00`);
    this.step(
      {
        type: options.reopen ? 'reopen-sak' : 'receive-melding',
        meldingId,
        dato,
        melder: [{ kode: melderKode }],
        saksinnhold: saksinnhold(theme, dato, dice),
      },
      'caseworker',
      {
        melding: {
          receivedAt,
          channel,
          content: dice.pick(theme.texts),
          melderName,
          anonymous,
          needsImmediateFollowUp: urgent,
        },
      },
    );
    return meldingId;
  }
}
