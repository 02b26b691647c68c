/** The shape of a statutory deadline and the inputs the rules take beside the case history. */
import type { BegrepsType } from '../case/model.js';

/**
 * - open: not done, the due day has not passed (the due day counts in full);
 * - overdue: not done, the due day has passed;
 * - met: done on or before the due day;
 * - met-late: done after the due day;
 * - missed: can no longer be done (the element it belonged to ended without it, or the year is over).
 */
export type DeadlineStatus = 'open' | 'overdue' | 'met' | 'met-late' | 'missed';

export const CLOSED_STATUSES: readonly DeadlineStatus[] = ['met', 'met-late', 'missed'];

export type DeadlineKind = 'melding' | 'undersokelse' | 'plan' | 'ettervern' | 'besok' | 'vedtak';

export type DeadlineRuleId =
  | 'melding-gjennomgang'
  | 'undersokelse-konklusjon'
  | 'undersokelsesplan'
  | 'tiltaksplan'
  | 'tiltaksplan-evaluering'
  | 'omsorgsplan'
  | 'ettervern-tilbud'
  | 'oppfolgingsbesok'
  | 'tilsynsbesok'
  | 'vedtak-frist';

/** The visits of one kind to a placed child in one calendar year. */
export interface VisitCount {
  year: number;
  /** Visits recorded as done (`utfort`) in the year; booked visits are not in the history. */
  done: number;
  /** Visits the year requires for the time the placement ran in it. */
  required: number;
  remaining: number;
  /** Visits a year in force at the end of the year (4, or 2 where reduced). */
  perYear: 2 | 4;
}

export interface DeadlineItem {
  /** Stable key of the deadline: rule, element and (for visits and vedtak limits) what within it. */
  id: string;
  kind: DeadlineKind;
  ruleId: DeadlineRuleId;
  /** The provision the deadline comes from, e.g. 'barnevernsloven § 2-1'. */
  legalReference: string;
  /** The element the deadline concerns ('Sak' for the child's own, such as the ettervern offer). */
  elementType: BegrepsType | 'Sak';
  elementId: string;
  /** The day the time started to run. */
  startDate: string;
  /** The last day on which the step is in time. */
  dueDate: string;
  status: DeadlineStatus;
  /** The day the step was done (met, met-late). */
  completedDate?: string;
  /** SSB's day-count reading of the same deadline (7 + 90 / 7 + 180 days) when it differs. */
  ssbDueDate?: string;
  /** When the due day is a Saturday, Sunday or public holiday: its name. The deadline is not moved. */
  dueOnDayOff?: string;
  visits?: VisitCount;
  /** Why this is a deadline, in plain Norwegian: the rule, how the date was counted, where it stands. */
  explanation: string;
}

/**
 * A time limit a vedtak sets, kept as data beside the vedtak (the registry has no field for it):
 * an emergency decision's limit for the begjæring to the board (§ 4-2: six weeks), or any other.
 */
export interface VedtakFrist {
  vedtakId: string;
  /** Names the limit within the vedtak, e.g. 'begjaering'. */
  id: string;
  /** What must be done, in Norwegian: 'Begjæring om omsorgsovertakelse sendt nemnda'. */
  hva: string;
  legalReference: string;
  /** Counted from the day the vedtak was made, or a fixed last day. */
  frist: { dager: number } | { uker: number } | { maaneder: number } | { dato: string };
  /**
   * How it is met: 'oversendelse' by the first begjæring (OversendelseFylkesnemnd) sent on or after
   * the vedtak; otherwise only by `oppfyltDato`, the day the caller recorded it as done.
   */
  oppfyltAv?: 'oversendelse';
  oppfyltDato?: string;
}

export interface DeadlineOptions {
  /** The day the deadlines are seen from (Norwegian calendar date, `osloDate(now)`). */
  today: string;
  /** The child's birth date (Personalia is composed from the person record, not the history). */
  birthDate?: string;
  /**
   * Exact receipt times of meldinger by melding id (from melding_detail), as ISO 8601 instants with
   * an offset. The registry holds only the date; with a time the Norwegian calendar day of the
   * instant is the start, and the explanation names the time.
   */
  meldingMottatt?: Readonly<Record<string, string>>;
  /** Limits set by vedtak; when absent, the limits the law attaches to the vedtak's hjemmel. */
  vedtakFrister?: readonly VedtakFrist[];
  /** Months between evaluations of a tiltaksplan (default 6, see plan-rules.ts). */
  evalueringIntervallMaaneder?: number;
}
