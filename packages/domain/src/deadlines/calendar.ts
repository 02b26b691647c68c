/**
 * Calendar rules for statutory deadlines, on 'YYYY-MM-DD' strings without a clock.
 *
 * Counting follows domstolloven § 148, the rule Norwegian legal practice uses for deadlines:
 * - days: the day the period starts is not counted, so N days after the 6th ends on the 6th + N;
 * - weeks: the deadline ends on the same weekday in the last week (a melding received on a Sunday
 *   must be reviewed by the Sunday after);
 * - months: the same day number in the last month, or that month's last day when it has no such
 *   day (31 January + 1 month is 28 February, or 29 in a leap year).
 *
 * Saturdays, Sundays and public holidays. Domstolloven § 149 moves a deadline that ends on one of
 * them to the next working day, but that rule governs time limits for parties' procedural steps.
 * The Child Welfare Act's limits are duties on the service itself, the Act does not import §§ 148-149
 * (laws that do, say so, as skatteforvaltningsloven § 5-5 and forvaltningsloven § 29 do), and the
 * national registry that Bufdir and Statsforvalteren measure the service by counts plain calendar
 * days: SSB Kravspesifikasjon, Melding kontroll 3 («mer enn 7 dager etter StartDato») and
 * Undersøkelse kontroll 11 («7 + 90 dager»). Vern therefore never moves a deadline; it says when one
 * ends on a day off (`dayOffName`), so the work can be done on the working day before.
 */
import { addDays, addMonths, daysBetween } from '../case/dates.js';
import { formatIsoDate } from '../iso-date.js';

export { addDays, addMonths };

/** The same weekday `weeks` weeks later (domstolloven § 148 second paragraph). */
export function addWeeks(date: string, weeks: number): string {
  return addDays(date, 7 * weeks);
}

const WEEKDAYS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'] as const;
const MONTHS = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
] as const;

/** 0 for Monday through 6 for Sunday (1970-01-01 was a Thursday). */
export function weekday(date: string): number {
  return (((daysBetween('1970-01-01', date) + 3) % 7) + 7) % 7;
}

/** Easter Sunday in the Gregorian calendar (the anonymous «Meeus/Jones/Butcher» algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatIsoDate(year, month, day);
}

export interface PublicHoliday {
  date: string;
  name: string;
}

/**
 * Norway's public holidays in `year`: the helligdager of lov om helligdager og helligdagsfred § 1
 * (the Sundays, New Year's Day, Maundy Thursday, Good Friday, Easter Monday, Ascension Day, Whit
 * Monday, Christmas Day and Boxing Day; Easter and Whit Sunday are Sundays) and 1 and 17 May, which
 * lov om 1. og 17. mai som høgtidsdager gives the same standing. Sorted by date.
 */
export function publicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const fixed = (month: number, day: number, name: string) => ({
    date: formatIsoDate(year, month, day),
    name,
  });
  const moving = (offset: number, name: string) => ({ date: addDays(easter, offset), name });
  return [
    fixed(1, 1, '1. nyttårsdag'),
    moving(-3, 'skjærtorsdag'),
    moving(-2, 'langfredag'),
    moving(0, '1. påskedag'),
    moving(1, '2. påskedag'),
    fixed(5, 1, 'offentlig høytidsdag 1. mai'),
    fixed(5, 17, 'grunnlovsdagen 17. mai'),
    moving(39, 'Kristi himmelfartsdag'),
    moving(49, '1. pinsedag'),
    moving(50, '2. pinsedag'),
    fixed(12, 25, '1. juledag'),
    fixed(12, 26, '2. juledag'),
  ].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/** The holiday's name, 'lørdag' or 'søndag' when `date` is not a working day; otherwise undefined. */
export function dayOffName(date: string): string | undefined {
  const holiday = publicHolidays(Number(date.slice(0, 4))).find((x) => x.date === date);
  if (holiday) return holiday.name;
  const day = weekday(date);
  return day >= 5 ? WEEKDAYS[day] : undefined;
}

/** 'mandag 13. januar 2025'. */
export function formatNorwegianDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${WEEKDAYS[weekday(date)] ?? ''} ${d}. ${MONTHS[m - 1] ?? ''} ${y}`;
}

const OSLO_TIME = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * The calendar day and clock time in Norway of an instant written as an ISO 8601 timestamp with an
 * offset ('2025-01-05T21:30:00Z'): { date: '2025-01-05', time: '22:30' }. Undefined for anything else.
 */
export function osloDateTime(instant: string): { date: string; time: string } | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(instant)) return undefined;
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return undefined;
  const parts = Object.fromEntries(OSLO_TIME.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}
