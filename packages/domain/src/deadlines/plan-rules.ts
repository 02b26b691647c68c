/**
 * Plans and the ettervern offer: tiltaksplan (§ 8-1) and its evaluations, omsorgsplan (§ 8-3), and the
 * assessment of measures after 18 (§ 8-5, jf. § 3-6).
 */
import { isOmsorgsovertakelse, type Lovhjemmel } from '../codes/lovhjemmel.js';
import { birthdayOf } from '../case/dates.js';
import type { CaseHistory } from '../case/history.js';
import type { Plan, Tiltak } from '../case/model.js';
import { activeOn, relatedFrom, relatedTo } from '../case/queries.js';
import { addDays, addMonths } from './calendar.js';
import { d, earliest, item, outcomeOf, statusOf } from './support.js';
import type { DeadlineItem, DeadlineOptions } from './types.js';

export const TILTAKSPLAN_REFERENCE = 'barnevernsloven § 8-1';
/** The plantype 4 code's own text: «Omsorgsplan etter BVL2021 § 8-3, 4. ledd». */
export const OMSORGSPLAN_REFERENCE = 'barnevernsloven § 8-3 fjerde ledd';
export const ETTERVERN_REFERENCE = 'barnevernsloven § 8-5, jf. § 3-6';

/**
 * The Act says a tiltaksplan «skal evalueres regelmessig» and sets no interval. Vern uses six months,
 * the period of the half-yearly reporting to Bufdir and Statsforvalteren that asked, per child with
 * hjelpetiltak, whether the plan had been evaluated in the half year; a tenant may set another.
 */
export const DEFAULT_EVALUERING_INTERVALL_MAANEDER = 6;

/** The omsorgsplan is to be adopted within two years of the care order (§ 8-3 fjerde ledd). */
export const OMSORGSPLAN_MAANEDER = 24;

/** Whether a tiltak is a hjelpetiltak: BVL2021 chapter 3 (not § 3-6, ettervern) or BVL 1992 § 4-4. */
export function isHjelpetiltak(l: Pick<Lovhjemmel, 'lov' | 'kapittel' | 'paragraf'>): boolean {
  if (l.lov === 'BVL2021') return l.kapittel === '3' && l.paragraf !== '6';
  return l.lov === 'BVL' && l.kapittel === '4' && l.paragraf === '4';
}

/** Plans of `plantype` linked from the tiltak or from the vedtak it builds on. */
function plansFor(h: CaseHistory, plantype: string, tiltakIds: string[], vedtakIds: string[]): Plan[] {
  const ids = [
    ...tiltakIds.flatMap((id) => relatedTo(h, 'Tiltak', id, 'Plan')),
    ...vedtakIds.flatMap((id) => relatedTo(h, 'Vedtak', id, 'Plan')),
  ];
  return h.planer.filter((p) => p.plantype === plantype && ids.includes(p.id));
}

/** A tiltaksplan (plantype 1) when a hjelpetiltak starts: «skal utarbeide en tidsavgrenset tiltaksplan». */
export function tiltaksplanDeadlines(h: CaseHistory, options: DeadlineOptions): DeadlineItem[] {
  return h.tiltak.flatMap((t) => {
    if (!isHjelpetiltak(t.lovhjemmel)) return [];
    const plans = plansFor(h, '1', [t.id], relatedFrom(h, 'Vedtak', 'Tiltak', t.id));
    const done = earliest(plans.map((p) => p.startDato));
    const due = t.startDato;
    const status = outcomeOf(due, done, t.konklusjon?.sluttDato, options.today);
    if (status === null) return [];
    return [
      item({
        kind: 'plan',
        ruleId: 'tiltaksplan',
        legalReference: TILTAKSPLAN_REFERENCE,
        elementType: 'Tiltak',
        elementId: t.id,
        startDate: t.startDato,
        dueDate: due,
        status,
        ...(done === undefined ? {} : { completedDate: done }),
        what: 'tiltaksplanen laget',
        why: [
          `Hjelpetiltaket startet ${d(t.startDato)}.`,
          `Når barnevernstjenesten vedtar hjelpetiltak, skal den lage en tidsavgrenset tiltaksplan (${TILTAKSPLAN_REFERENCE}); planen skal foreligge når tiltaket settes i gang.`,
        ],
      }),
    ];
  });
}

/**
 * The next evaluation of each tiltaksplan (plantype 1): the interval after the last evaluation, or
 * after the plan's start. A plan that ended before the evaluation fell due has none; one that ended
 * after it without one has missed it.
 */
export function evalueringDeadlines(h: CaseHistory, options: DeadlineOptions): DeadlineItem[] {
  const months = options.evalueringIntervallMaaneder ?? DEFAULT_EVALUERING_INTERVALL_MAANEDER;
  return h.planer.flatMap((p) => {
    if (p.plantype !== '1') return [];
    const last = p.evaluering
      .map((e) => e.utfortDato)
      .sort()
      .at(-1);
    const from = last ?? p.startDato;
    const due = addMonths(from, months);
    const status = outcomeOf(due, undefined, p.konklusjon?.sluttDato, options.today);
    if (status === null) return [];
    return [
      item({
        id: `tiltaksplan-evaluering:${p.id}:${from}`,
        kind: 'plan',
        ruleId: 'tiltaksplan-evaluering',
        legalReference: TILTAKSPLAN_REFERENCE,
        elementType: 'Plan',
        elementId: p.id,
        startDate: from,
        dueDate: due,
        status,
        what: 'tiltaksplanen evaluert',
        why: [
          last === undefined
            ? `Tiltaksplanen gjelder fra ${d(p.startDato)} og er ikke evaluert ennå.`
            : `Tiltaksplanen ble sist evaluert ${d(last)}.`,
          `Tiltaksplanen skal evalueres regelmessig (${TILTAKSPLAN_REFERENCE}); Vern regner med hver ${months}. måned.`,
        ],
      }),
    ];
  });
}

function firstApproval(v: CaseHistory['vedtak'][number]): string | undefined {
  return earliest(v.status.filter((s) => s.kode === '1').map((s) => s.endretDato));
}

/** An omsorgsplan (plantype 4) within two years after the care order was decided (status 1). */
export function omsorgsplanDeadlines(h: CaseHistory, options: DeadlineOptions): DeadlineItem[] {
  return h.vedtak.flatMap((v) => {
    const decided = firstApproval(v);
    if (decided === undefined || !isOmsorgsovertakelse(v.lovhjemmel, v.jmfrLovhjemmel)) return [];
    const plans = plansFor(h, '4', relatedTo(h, 'Vedtak', v.id, 'Tiltak'), [v.id]);
    const done = earliest(plans.map((p) => p.startDato));
    const due = addMonths(decided, OMSORGSPLAN_MAANEDER);
    const status = outcomeOf(due, done, v.konklusjon?.sluttDato, options.today);
    if (status === null) return [];
    return [
      item({
        kind: 'plan',
        ruleId: 'omsorgsplan',
        legalReference: OMSORGSPLAN_REFERENCE,
        elementType: 'Vedtak',
        elementId: v.id,
        startDate: decided,
        dueDate: due,
        status,
        ...(done === undefined ? {} : { completedDate: done }),
        what: 'omsorgsplanen vedtatt',
        why: [
          `Vedtaket om omsorgsovertakelse ble godkjent ${d(decided)}.`,
          `Barnevernstjenesten skal vedta en plan for barnets omsorgssituasjon innen to år etter vedtaket (${OMSORGSPLAN_REFERENCE}).`,
        ],
      }),
    ];
  });
}

function runningOn(h: CaseHistory, date: string): Tiltak | undefined {
  return h.tiltak.find((t) => activeOn(t.startDato, t.konklusjon?.sluttDato, date));
}

/**
 * The assessment and offer of measures after 18. § 3-6 gives the measures for young people up to
 * 25; the duty to assess them «i god tid» before the child turns 18, with the child, and to make a
 * plan is § 8-5 (formerly BVL 1992 § 4-15 fjerde ledd; plantype 5 is «tiltaksplan – ettervern etter
 * § 8-5, 2. ledd»). It applies to a child with a measure running on the day before the 18th birthday
 * (or today, until then). The registry records the offer as an Ettervern element (TilbudSendtDato).
 */
export function ettervernDeadlines(h: CaseHistory, options: DeadlineOptions): DeadlineItem[] {
  if (options.birthDate === undefined) return [];
  const eighteen = birthdayOf(options.birthDate, 18);
  const due = addDays(eighteen, -1);
  const done = earliest(h.ettervern.map((e) => e.tilbudSendtDato));
  const running = runningOn(h, options.today < due ? options.today : due);
  if (done === undefined && running === undefined) return [];
  const status = statusOf(due, done, options.today);
  return [
    item({
      id: `ettervern-tilbud:${h.sak.id}`,
      kind: 'ettervern',
      ruleId: 'ettervern-tilbud',
      legalReference: ETTERVERN_REFERENCE,
      elementType: 'Sak',
      elementId: h.sak.id,
      startDate: options.birthDate,
      dueDate: due,
      status,
      ...(done === undefined ? {} : { completedDate: done }),
      what: 'tilbud om ettervern gitt',
      why: [
        `Barnet fyller 18 år ${d(eighteen)}${running ? ` og har tiltak (${running.id})` : ''}.`,
        `I god tid før barnet fyller 18 år skal barnevernstjenesten sammen med barnet vurdere tiltak etter fylte 18 år og gi tilbud om dem (${ETTERVERN_REFERENCE}); Vern regner dagen før 18-årsdagen som siste frist.`,
      ],
    }),
  ];
}
