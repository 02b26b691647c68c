/** Shared pieces of the deadline rules: status, the closing sentence of an explanation, item assembly. */
import { dayOffName, formatNorwegianDate } from './calendar.js';
import type { DeadlineItem, DeadlineStatus } from './types.js';

/** The status of a deadline due on `due`, done on `done` (if at all), seen on `today`. */
export function statusOf(due: string, done: string | undefined, today: string): DeadlineStatus {
  if (done !== undefined) return done <= due ? 'met' : 'met-late';
  return today > due ? 'overdue' : 'open';
}

/**
 * The outcome of a deadline whose step belongs to an element that may have ended without it:
 * done → met / met-late; the element ended after the due day without it → missed; ended on or
 * before the due day → null (the duty fell away before it ran out, so there is no deadline).
 */
export function outcomeOf(
  due: string,
  done: string | undefined,
  ended: string | undefined,
  today: string,
): DeadlineStatus | null {
  if (done !== undefined || ended === undefined) return statusOf(due, done, today);
  return ended > due ? 'missed' : null;
}

export const d = formatNorwegianDate;

/** The sentence that says where a deadline stands. */
export function statusSentence(
  status: DeadlineStatus,
  due: string,
  done: string | undefined,
  what: string,
): string {
  switch (status) {
    case 'open':
      return `Fristen er ${d(due)}.`;
    case 'overdue':
      return `Fristen gikk ut ${d(due)}, og ${what} er ikke gjort.`;
    case 'met':
      return `Gjort ${d(done ?? due)}, innen fristen ${d(due)}.`;
    case 'met-late':
      return `Gjort ${d(done ?? due)}, etter fristen ${d(due)}.`;
    case 'missed':
      return `Fristen gikk ut ${d(due)} uten at ${what} ble gjort, og det kan ikke lenger gjøres i tide.`;
  }
}

type ItemInput = Omit<DeadlineItem, 'dueOnDayOff' | 'explanation' | 'id'> & {
  id?: string;
  /** The sentences before the status sentence. */
  why: readonly string[];
  /** What must be done, for the status sentence: 'meldingen gjennomgått'. */
  what: string;
};

/** Assembles an item: its id, the day-off note and the explanation. */
export function item(input: ItemInput): DeadlineItem {
  const { why, what, id, ...rest } = input;
  const off = dayOffName(rest.dueDate);
  const note =
    off === undefined || rest.status !== 'open'
      ? []
      : [`Fristdagen er ${off}; fristen flyttes ikke, så gjør det senest siste arbeidsdag før.`];
  const explanation = [
    ...why,
    statusSentence(rest.status, rest.dueDate, rest.completedDate, what),
    ...note,
  ].join(' ');
  return {
    id: id ?? `${rest.ruleId}:${rest.elementId}`,
    ...rest,
    ...(off === undefined ? {} : { dueOnDayOff: off }),
    explanation,
  };
}

/** The earliest of some dates, or undefined. */
export function earliest(dates: readonly (string | undefined)[]): string | undefined {
  return dates.filter((x): x is string => x !== undefined).sort()[0];
}
