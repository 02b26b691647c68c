/** The demo's phases and the step sequences they are built from, all through the domain. */
import {
  addDays,
  type CaseBuilder,
  daysBetween,
  earlier,
  later,
  saksinnhold,
  type Dice,
} from './demo-case-builder.js';
import { BEGRUNNELSER, type MeldingTheme } from './demo-names.js';

/** Where a demo case stands today. Each phase is a script of legal steps. */
export const PHASES = [
  'melding-ny',
  'melding-henlagt',
  'undersokelse',
  'undersokelse-henlagt',
  'begjaering',
  'hjelpetiltak',
  'hjelpetiltak-avsluttet',
  'omsorg',
  'ettervern',
  'gjenapnet',
] as const;
export type Phase = (typeof PHASES)[number];

/** The share of each phase in the demo (sums to 100): most cases are meldinger and hjelpetiltak. */
export const PHASE_WEIGHTS: Readonly<Record<Phase, number>> = {
  'melding-ny': 6,
  'melding-henlagt': 15,
  undersokelse: 12,
  'undersokelse-henlagt': 12,
  begjaering: 3,
  hjelpetiltak: 22,
  'hjelpetiltak-avsluttet': 8,
  omsorg: 11,
  ettervern: 5,
  gjenapnet: 6,
};

export interface ScenarioInput {
  today: string;
  /** The first day a demo step may have: three years back (not before BVL2021). */
  earliest: string;
  /** The birth date, or the termindato of an unborn child. */
  birthDate: string;
  /** The first day the case may start: not before the window, the birth, or 9 months before termin. */
  notBefore: string;
  theme: MeldingTheme;
  /** A second theme, for a later melding in the same case. */
  laterTheme: MeldingTheme;
  dice: Dice;
  begin: (startDato: string) => CaseBuilder;
}

const hjemmel = (kapittel: string, paragraf: string) => ({ lov: 'BVL2021' as const, kapittel, paragraf });
export const HJELPETILTAK = ['3.2', '3.9', '3.9', '3.10', '3.10', '4.3', '4.5', '4.6', '4.6', '6.1', '3.5'];
export const UNGDOM = ['4.8', '4.6', '3.1', '4.9'];
export const FOSTERHJEM = ['2.1', '2.2', '2.2', '2.2', '2.3'];
export const ETTERVERN = ['8.1', '8.3', '4.8', '4.6'];

/** A start date between `from` and `to` days before today, not before the window or the birth. */
export function startBetween(i: ScenarioInput, from: number, to: number): string {
  return later(addDays(i.today, -i.dice.int(from, to)), i.notBefore);
}

export function investigate(b: CaseBuilder, i: ScenarioInput, s: string) {
  const m = b.melding(s, i.theme);
  const uStart = earlier(addDays(s, b.dice.int(1, 7)), i.today);
  const u = b.id();
  b.step({
    type: 'open-undersokelse',
    meldingId: m,
    undersokelseId: u,
    dato: uStart,
    saksinnhold: saksinnhold(i.theme, uStart, b.dice),
  });
  const plan = b.id();
  const planDato = earlier(addDays(uStart, b.dice.int(0, 6)), i.today);
  b.step({
    type: 'add-plan',
    planId: plan,
    plantype: '7',
    fra: { type: 'Undersokelse', id: u },
    dato: planDato,
  });
  return { u, uStart, plan, planDato };
}

export function conclude(
  b: CaseBuilder,
  i: ScenarioInput,
  x: ReturnType<typeof investigate>,
  dato: string,
  kode: string,
) {
  // Barnets medvirkning is coded from 2026; before that the registry has no field for it.
  const medvirkningFrom = later(later(x.uStart, '2026-01-01'), addDays(dato, -20));
  const age = daysBetween(i.birthDate, dato) / 365;
  b.step({
    type: 'conclude-undersokelse',
    undersokelseId: x.u,
    dato,
    kode,
    vedtaksgrunnlag: kode === '1' || kode === '2' ? saksinnhold(i.theme, dato, b.dice) : [],
    ...(dato >= '2026-01-01'
      ? {
          barnetsMedvirkning: {
            startDato: medvirkningFrom,
            medvirkningType:
              age < 0 ? '2.1' : age < 3 ? '1.3' : b.dice.pick(['1.1', '1.1', '1.1', '1.2', '2.2']),
          },
        }
      : {}),
  });
  b.step({ type: 'end-plan', planId: x.plan, dato: later(dato, x.planDato) });
}

export function decide(b: CaseBuilder, dato: string, kapittel: string, paragraf: string, u?: string) {
  const vedtakId = b.id();
  const omsorg = kapittel === '5';
  b.step(
    {
      type: 'decide-vedtak',
      vedtakId,
      dato,
      lovhjemmel: hjemmel(kapittel, paragraf),
      status: omsorg ? '2' : '1',
      ...(u ? { undersokelseId: u } : {}),
      ...(omsorg ? { oversendelseId: b.id() } : {}),
    },
    omsorg ? 'head' : 'leader',
    {
      begrunnelse: b.dice.pick(
        omsorg ? BEGRUNNELSER.omsorg : paragraf === '6' ? BEGRUNNELSER.ettervern : BEGRUNNELSER.hjelpetiltak,
      ),
    },
  );
  return vedtakId;
}

/** A running tiltak with its plan evaluated about twice a year, up to `until` (or today). */
export function tiltak(
  b: CaseBuilder,
  i: ScenarioInput,
  vedtakId: string,
  start: string,
  kategori: string,
  plantype: '1' | '5',
  until: string,
  during?: () => void,
) {
  const t = b.id();
  b.step({
    type: 'start-tiltak',
    tiltakId: t,
    vedtakId,
    dato: start,
    kategori: { kode: kategori },
    tiltaksgrunnlag: saksinnhold(i.theme, start, b.dice),
  });
  const plan = b.id();
  const planDato = earlier(addDays(start, b.dice.int(0, 14)), until);
  b.step({ type: 'add-plan', planId: plan, plantype, fra: { type: 'Tiltak', id: t }, dato: planDato });
  during?.();
  let lastEvaluation = planDato;
  for (let d = addDays(planDato, b.dice.int(150, 190)); d <= until; d = addDays(d, b.dice.int(150, 200))) {
    b.step({ type: 'evaluate-plan', planId: plan, dato: d });
    lastEvaluation = d;
  }
  return { t, plan, lastEvaluation };
}

/** Oppfølging and tilsyn four times a year each; now and then a visit comes late. */
export function visits(b: CaseBuilder, t: string, from: string, until: string) {
  return (['oppfolging', 'tilsyn'] as const).flatMap((besok) => {
    const out: { dato: string; run: () => void }[] = [];
    for (
      let d = addDays(from, b.dice.int(14, 45));
      d <= until;
      d = addDays(d, b.dice.int(70, 100) + (b.dice.chance(0.08) ? 60 : 0))
    ) {
      const dato = d;
      out.push({ dato, run: () => void b.step({ type: 'record-visit', tiltakId: t, besok, dato }) });
    }
    return out;
  });
}

export function placement(b: CaseBuilder, vedtakId: string, dato: string, kategori: string) {
  const t = b.id();
  b.step({
    type: 'start-tiltak',
    tiltakId: t,
    vedtakId,
    dato,
    kategori: { kode: kategori },
    tilsyn: {
      ansvarlig: [{ id: b.id(), startDato: dato, kommunenummer: b.dice.pick(['9999', '9999', '9998']) }],
      hyppighet: [{ id: b.id(), startDato: dato, kode: '4' }],
    },
    oppfolging: { hyppighet: [{ id: b.id(), startDato: dato, kode: '4' }] },
  });
  return t;
}
