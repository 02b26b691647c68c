/** Statutory deadlines of a case: pure functions of its history and a day. */
export {
  addWeeks,
  dayOffName,
  easterSunday,
  formatNorwegianDate,
  osloDateTime,
  publicHolidays,
  weekday,
  type PublicHoliday,
} from './calendar.js';
export {
  CLOSED_STATUSES,
  type DeadlineItem,
  type DeadlineKind,
  type DeadlineOptions,
  type DeadlineRuleId,
  type DeadlineStatus,
  type VedtakFrist,
  type VisitCount,
} from './types.js';
export { DEADLINE_RULES, deadlinesOf, explainDeadlines } from './explain.js';
export { lawfulVedtakFrister } from './vedtak-rules.js';
export { DEFAULT_EVALUERING_INTERVALL_MAANEDER } from './plan-rules.js';
