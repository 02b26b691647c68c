/**
 * Time limits a vedtak sets, kept as data beside it (`VedtakFrist`). The registry's Vedtak has no
 * field for them, so they come as a separate input; `lawfulVedtakFrister` gives those the Act itself
 * attaches to a vedtak's hjemmel, for the caller to store with the vedtak.
 *
 * Only the limit checked against the Act is coded: an emergency care order (akuttvedtak,
 * barnevernsloven § 4-2) lapses unless the begjæring for a care order is sent to barneverns- og
 * helsenemnda within six weeks. The other chapter-4 limits are left to data until checked.
 */
import type { CaseHistory } from '../case/history.js';
import type { Vedtak } from '../case/model.js';
import { addDays, addMonths, addWeeks } from './calendar.js';
import { d, earliest, item, outcomeOf } from './support.js';
import type { DeadlineItem, DeadlineOptions, VedtakFrist } from './types.js';

export const AKUTTVEDTAK_REFERENCE = 'barnevernsloven § 4-2';

function isAkuttOmsorg(v: Vedtak): boolean {
  const l = v.lovhjemmel;
  return l.lov === 'BVL2021' && l.kapittel === '4' && l.paragraf === '2';
}

/** The limits the Act attaches to the case's vedtak by their hjemmel. */
export function lawfulVedtakFrister(h: CaseHistory): VedtakFrist[] {
  return h.vedtak.filter(isAkuttOmsorg).map((v) => ({
    vedtakId: v.id,
    id: 'begjaering',
    hva: 'begjæring om omsorgsovertakelse sendt barneverns- og helsenemnda',
    legalReference: AKUTTVEDTAK_REFERENCE,
    frist: { uker: 6 },
    oppfyltAv: 'oversendelse',
  }));
}

function dueOf(start: string, frist: VedtakFrist['frist']): { due: string; text: string } {
  if ('dato' in frist) return { due: frist.dato, text: `til ${d(frist.dato)}` };
  if ('uker' in frist) return { due: addWeeks(start, frist.uker), text: `${frist.uker} uker` };
  if ('maaneder' in frist)
    return { due: addMonths(start, frist.maaneder), text: `${frist.maaneder} måneder` };
  return { due: addDays(start, frist.dager), text: `${frist.dager} dager` };
}

export function vedtakFristDeadlines(h: CaseHistory, options: DeadlineOptions): DeadlineItem[] {
  const frister = options.vedtakFrister ?? lawfulVedtakFrister(h);
  return frister.flatMap((f) => {
    const v = h.vedtak.find((x) => x.id === f.vedtakId);
    if (!v) return [];
    const { due, text } = dueOf(v.startDato, f.frist);
    const sent =
      f.oppfyltAv === 'oversendelse'
        ? earliest(h.oversendelserFylkesnemnd.map((o) => o.startDato).filter((x) => x >= v.startDato))
        : undefined;
    const done = earliest([f.oppfyltDato, sent]);
    const status = outcomeOf(due, done, v.konklusjon?.sluttDato, options.today);
    if (status === null) return [];
    return [
      item({
        id: `vedtak-frist:${v.id}:${f.id}`,
        kind: 'vedtak',
        ruleId: 'vedtak-frist',
        legalReference: f.legalReference,
        elementType: 'Vedtak',
        elementId: v.id,
        startDate: v.startDato,
        dueDate: due,
        status,
        ...(done === undefined ? {} : { completedDate: done }),
        what: f.hva,
        why: [
          `Vedtaket ble fattet ${d(v.startDato)}.`,
          `Vedtaket setter en frist på ${text} for dette: ${f.hva} (${f.legalReference}).`,
          ...(isAkuttOmsorg(v) && f.oppfyltAv === 'oversendelse'
            ? ['Er begjæringen ikke sendt innen fristen, faller akuttvedtaket bort.']
            : []),
        ],
      }),
    ];
  });
}
