/**
 * Visits to a child in a foster home, per placement and calendar year: the responsible service's
 * oppfølgingsbesøk and the tilsyn run by the municipality where the home lies.
 *
 * - Oppfølgingsbesøk: at least 4 a year; 2 when the child has lived more than two years in the same
 *   home and the service has decided so (fosterhjemsforskriften § 7). Vern uses 2 only when the
 *   registry's frequency code says 2 *and* two years have passed since the placement started; a code
 *   of 2 before that still requires 4, and the explanation says so.
 * - Tilsyn: at least 4 a year, 2 in the special cases the regulation allows (fosterhjemsforskriften
 *   § 8, barnevernsloven § 9-10); the frequency code decides.
 *
 * Only visits recorded as done (`utfort`) count; a booked visit is not in the history. Reading of the
 * pace: the year is split evenly, into quarters at 4 a year and half years at 2, by the frequency in
 * force when each part begins; every part the placement runs in needs one visit, and by the end of
 * the k-th such part k visits must be done (a late visit catches up). So a placement from 2 May needs
 * 3 visits that year, the first by 30 June. A part cut short by the end of the placement ends there.
 */
import type { CaseHistory } from '../case/history.js';
import type { Tiltak } from '../case/model.js';
import { addDays, addMonths } from './calendar.js';
import { d, item } from './support.js';
import type { DeadlineItem, DeadlineOptions, DeadlineStatus } from './types.js';

export const OPPFOLGING_REFERENCE = 'fosterhjemsforskriften § 7';
export const TILSYN_REFERENCE = 'fosterhjemsforskriften § 8, jf. barnevernsloven § 9-10';

type Besok = 'oppfolging' | 'tilsyn';

interface Part {
  start: string;
  end: string;
  perYear: 2 | 4;
}

/** The visits a year in force on `date`. */
function perYearOn(t: Tiltak, besok: Besok, date: string): 2 | 4 {
  const hyppighet = t[besok]?.hyppighet ?? [];
  const sorted = [...hyppighet].sort((a, b) => (a.startDato < b.startDato ? -1 : 1));
  const code = (sorted.filter((x) => x.startDato <= date).at(-1) ?? sorted[0])?.kode;
  if (code !== '2') return 4;
  return besok === 'tilsyn' || date >= addMonths(t.startDato, 24) ? 2 : 4;
}

/** The end of the quarter (4 a year) or half year (2 a year) that `date` falls in. */
function partEnd(date: string, perYear: 2 | 4): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  const lastMonth = perYear === 4 ? Math.ceil(month / 3) * 3 : month <= 6 ? 6 : 12;
  return addDays(
    `${lastMonth === 12 ? Number(year) + 1 : year}-${String((lastMonth % 12) + 1).padStart(2, '0')}-01`,
    -1,
  );
}

/** The parts of `year` the placement runs in, each cut at the placement's start and end. */
export function visitParts(t: Tiltak, besok: Besok, year: number): Part[] {
  const from = t.startDato > `${year}-01-01` ? t.startDato : `${year}-01-01`;
  const endOfPlacement = t.konklusjon?.sluttDato;
  const to =
    endOfPlacement !== undefined && endOfPlacement < `${year}-12-31` ? endOfPlacement : `${year}-12-31`;
  const parts: Part[] = [];
  for (let cursor = `${year}-01-01`; cursor <= `${year}-12-31`;) {
    const perYear = perYearOn(t, besok, cursor);
    const end = partEnd(cursor, perYear);
    if (end >= from && cursor <= to) parts.push({ start: cursor, end: end < to ? end : to, perYear });
    cursor = addDays(end, 1);
  }
  return parts;
}

function visitItem(t: Tiltak, besok: Besok, options: DeadlineOptions): DeadlineItem | null {
  const year = Number(options.today.slice(0, 4));
  if (t.startDato > options.today) return null;
  const parts = visitParts(t, besok, year);
  if (parts.length === 0) return null;
  const visits = (t[besok]?.utfort ?? [])
    .map((u) => u.utfortDato)
    .filter((x) => x.startsWith(`${year}-`))
    .sort();
  const required = parts.length;
  const done = visits.length;
  const last = parts[parts.length - 1] as Part;
  const next = parts[done];
  const due = next ? next.end : last.end;
  const ended = t.konklusjon?.sluttDato;
  let status: DeadlineStatus;
  if (done >= required) status = 'met';
  else if (ended !== undefined && options.today > ended) status = 'missed';
  else status = options.today > due ? 'overdue' : 'open';
  const ref = besok === 'oppfolging' ? OPPFOLGING_REFERENCE : TILSYN_REFERENCE;
  const perYear = last.perYear;
  const why = [
    `Barnet bor i fosterhjem (tiltak ${t.id}) fra ${d(t.startDato)}.`,
    besok === 'oppfolging'
      ? `Barnevernstjenesten skal besøke barnet minst 4 ganger i året, 2 når barnet har bodd mer enn to år i samme fosterhjem og tjenesten har bestemt det (${ref}).`
      : `Det skal føres tilsyn med barnet minst 4 ganger i året, 2 i særlige tilfeller (${ref}).`,
    `Vern teller bare gjennomførte besøk og fordeler dem jevnt over året (ett ${perYear === 4 ? 'hvert kvartal' : 'hvert halvår'}); i ${year} krever plasseringen ${required}, og ${done} er gjort.`,
  ];
  const coded = t[besok]?.hyppighet.some((h) => h.kode === '2');
  if (besok === 'oppfolging' && coded && parts.some((p) => p.perYear === 4))
    why.push(
      `Hyppigheten er satt til 2, men den gjelder først når barnet har bodd to år i hjemmet (${d(addMonths(t.startDato, 24))}).`,
    );
  if (next && status !== 'missed')
    why.push(`Neste besøk må være gjort senest ${d(next.end)} for å holde takten.`);
  return item({
    id: `${besok === 'oppfolging' ? 'oppfolgingsbesok' : 'tilsynsbesok'}:${t.id}:${year}`,
    kind: 'besok',
    ruleId: besok === 'oppfolging' ? 'oppfolgingsbesok' : 'tilsynsbesok',
    legalReference: ref,
    elementType: 'Tiltak',
    elementId: t.id,
    startDate: (parts[0] as Part).start > t.startDato ? (parts[0] as Part).start : t.startDato,
    dueDate: due,
    status,
    ...(done >= required && required > 0 ? { completedDate: visits[required - 1] as string } : {}),
    visits: { year, done, required, remaining: Math.max(0, required - done), perYear },
    what: besok === 'oppfolging' ? 'oppfølgingsbesøket' : 'tilsynsbesøket',
    why,
  });
}

/** One item per placement with oppfølging or tilsyn and per kind, for the calendar year of `today`. */
export function visitDeadlines(h: CaseHistory, options: DeadlineOptions): DeadlineItem[] {
  return h.tiltak.flatMap((t) =>
    (['oppfolging', 'tilsyn'] as const).flatMap((besok) => {
      if (!t[besok]) return [];
      const found = visitItem(t, besok, options);
      return found ? [found] : [];
    }),
  );
}
