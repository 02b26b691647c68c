/**
 * Deadlines of the melding and the undersøkelse (barnevernsloven §§ 2-1 and 2-2).
 */
import type { CaseHistory } from '../case/history.js';
import type { Melding, Undersokelse } from '../case/model.js';
import { relatedFrom, relatedTo } from '../case/queries.js';
import { UNDERSOKELSESPLAN_REQUIRED_FROM } from '../case/transitions-melding.js';
import { addDays, addMonths, addWeeks, osloDateTime } from './calendar.js';
import { d, earliest, item, outcomeOf, statusOf } from './support.js';
import type { DeadlineItem, DeadlineOptions } from './types.js';

export const MELDING_REFERENCE = 'barnevernsloven § 2-1';
export const UNDERSOKELSE_REFERENCE = 'barnevernsloven § 2-2';
/** The plantype 7 code's own text: «Undersøkelsesplan etter BVL 2021 § 2-2, 3. ledd». */
export const UNDERSOKELSESPLAN_REFERENCE = 'barnevernsloven § 2-2 tredje ledd';

interface Receipt {
  date: string;
  /** 'søndag 5. januar 2025 kl. 22:30' or the date alone. */
  text: string;
}

/** When the melding came in: the exact time's Norwegian day when known, else the registry date. */
export function receiptOf(m: Melding, options: DeadlineOptions): Receipt {
  const instant = options.meldingMottatt?.[m.id];
  const exact = instant === undefined ? undefined : osloDateTime(instant);
  if (exact) return { date: exact.date, text: `${d(exact.date)} kl. ${exact.time}` };
  return { date: m.startDato, text: d(m.startDato) };
}

/** Review within one week of receipt: «snarest, og senest innen en uke» (§ 2-1). */
export function meldingDeadlines(h: CaseHistory, options: DeadlineOptions): DeadlineItem[] {
  return h.meldinger.map((m) => {
    const receipt = receiptOf(m, options);
    const due = addWeeks(receipt.date, 1);
    const done = m.konklusjon?.sluttDato;
    return item({
      kind: 'melding',
      ruleId: 'melding-gjennomgang',
      legalReference: MELDING_REFERENCE,
      elementType: 'Melding',
      elementId: m.id,
      startDate: receipt.date,
      dueDate: due,
      status: statusOf(due, done, options.today),
      ...(done === undefined ? {} : { completedDate: done }),
      what: 'meldingen gjennomgått',
      why: [
        `Meldingen kom inn ${receipt.text}.`,
        `Barnevernstjenesten skal gjennomgå en melding snarest og senest innen én uke (${MELDING_REFERENCE}).`,
        'En frist i uker ender på samme ukedag uken etter (domstolloven § 148).',
      ],
    });
  });
}

/** The receipt of the earliest melding that led to the undersøkelse (as SSB's kontroll 11 reads it). */
function firstReceipt(h: CaseHistory, u: Undersokelse, options: DeadlineOptions): Receipt | undefined {
  const ids = relatedFrom(h, 'Melding', 'Undersokelse', u.id);
  const receipts = h.meldinger.filter((m) => ids.includes(m.id)).map((m) => receiptOf(m, options));
  return receipts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))[0];
}

/** The parts of the undersøkelse deadline, exported for the property tests. */
export function undersokelseDue(receipt: string, extended: boolean) {
  const reviewDue = addWeeks(receipt, 1);
  const months = extended ? 6 : 3;
  return {
    reviewDue,
    due: addMonths(reviewDue, months),
    ssbDue: addDays(receipt, 7 + (extended ? 180 : 90)),
    months,
  };
}

/**
 * Conclude within three months after the one-week review deadline ran out, six «i særlige tilfeller»
 * (§ 2-2). The six months apply when the extension is recorded as granted (UtvidetFrist innvilget 1);
 * a pending or refused request leaves three. SSB counts 7 + 90 / 7 + 180 days from receipt; that
 * figure is given beside it when it differs.
 */
export function undersokelseDeadlines(h: CaseHistory, options: DeadlineOptions): DeadlineItem[] {
  return h.undersokelser.map((u) => {
    const receipt = firstReceipt(h, u, options) ?? { date: u.startDato, text: d(u.startDato) };
    const f = u.utvidetFrist;
    const extended = f?.innvilget === '1';
    const { reviewDue, due, ssbDue, months } = undersokelseDue(receipt.date, extended);
    const original = undersokelseDue(receipt.date, false).due;
    const done = u.konklusjon?.sluttDato;
    const why = [
      `Meldingen som førte til undersøkelsen kom inn ${receipt.text}, så gjennomgangsfristen gikk ut ${d(reviewDue)}.`,
      `Undersøkelsen skal være gjennomført snarest og senest ${months} måneder etter det (${UNDERSOKELSE_REFERENCE}).`,
      'En frist i måneder ender på samme dato i sluttmåneden, eller på månedens siste dag når den ikke har den datoen (domstolloven § 148).',
    ];
    if (extended && f)
      why.push(
        f.startDato > original
          ? `Utvidet frist er innvilget etter søknad ${d(f.startDato)}, men da hadde tremånedersfristen ${d(original)} allerede gått ut.`
          : `Utvidet frist til seks måneder er innvilget etter søknad ${d(f.startDato)}; den opprinnelige fristen var ${d(original)}.`,
      );
    else if (f?.innvilget === '2') why.push(`Søknaden om utvidet frist ${d(f.startDato)} er avslått.`);
    else if (f)
      why.push(`Søknaden om utvidet frist ${d(f.startDato)} er ikke avgjort; til da gjelder tre måneder.`);
    if (ssbDue !== due) why.push(`SSB teller 7 + ${extended ? 180 : 90} dager, som gir ${d(ssbDue)}.`);
    return item({
      kind: 'undersokelse',
      ruleId: 'undersokelse-konklusjon',
      legalReference: UNDERSOKELSE_REFERENCE,
      elementType: 'Undersokelse',
      elementId: u.id,
      startDate: receipt.date,
      dueDate: due,
      status: statusOf(due, done, options.today),
      ...(done === undefined ? {} : { completedDate: done }),
      ...(ssbDue === due ? {} : { ssbDueDate: ssbDue }),
      what: 'undersøkelsen konkludert',
      why,
    });
  });
}

/**
 * An undersøkelsesplan (plantype 7) for every undersøkelse opened under the 2021 Act. The Act sets no
 * day of its own; the plan steers the undersøkelse, so Vern asks for it the day the undersøkelse
 * opens (and the state machine refuses to conclude one without it). An undersøkelse concluded
 * without one has missed it.
 */
export function undersokelsesplanDeadlines(h: CaseHistory, options: DeadlineOptions): DeadlineItem[] {
  return h.undersokelser.flatMap((u) => {
    if (u.startDato < UNDERSOKELSESPLAN_REQUIRED_FROM) return [];
    const planIds = relatedTo(h, 'Undersokelse', u.id, 'Plan');
    const done = earliest(
      h.planer.filter((p) => planIds.includes(p.id) && p.plantype === '7').map((p) => p.startDato),
    );
    const due = u.startDato;
    const status = outcomeOf(due, done, u.konklusjon?.sluttDato, options.today);
    if (status === null) return [];
    return [
      item({
        kind: 'plan',
        ruleId: 'undersokelsesplan',
        legalReference: UNDERSOKELSESPLAN_REFERENCE,
        elementType: 'Undersokelse',
        elementId: u.id,
        startDate: u.startDato,
        dueDate: due,
        status,
        ...(done === undefined ? {} : { completedDate: done }),
        what: 'undersøkelsesplanen laget',
        why: [
          `Undersøkelsen startet ${d(u.startDato)}.`,
          `Barnevernstjenesten skal lage en plan for undersøkelsen (${UNDERSOKELSESPLAN_REFERENCE}).`,
          'Loven gir ingen egen frist; planen styrer undersøkelsen, så Vern regner den som forfalt når undersøkelsen starter.',
        ],
      }),
    ];
  });
}
