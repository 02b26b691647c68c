/**
 * Every statutory deadline of one case, from its history and a day: pure, no clock, no I/O.
 * `deadlinesOf` lists them rule by rule; `explainDeadlines` sorts them for a person to act on.
 */
import type { CaseHistory } from '../case/history.js';
import { meldingDeadlines, undersokelseDeadlines, undersokelsesplanDeadlines } from './melding-rules.js';
import {
  ettervernDeadlines,
  evalueringDeadlines,
  omsorgsplanDeadlines,
  tiltaksplanDeadlines,
} from './plan-rules.js';
import type { DeadlineItem, DeadlineOptions, DeadlineStatus } from './types.js';
import { vedtakFristDeadlines } from './vedtak-rules.js';
import { visitDeadlines } from './visit-rules.js';

type Rule = (h: CaseHistory, options: DeadlineOptions) => DeadlineItem[];

/** The rules in the order of the case process. */
export const DEADLINE_RULES: readonly Rule[] = [
  meldingDeadlines,
  undersokelseDeadlines,
  undersokelsesplanDeadlines,
  tiltaksplanDeadlines,
  evalueringDeadlines,
  omsorgsplanDeadlines,
  ettervernDeadlines,
  visitDeadlines,
  vedtakFristDeadlines,
];

/** Every deadline of the case, met or not, in rule order. */
export function deadlinesOf(h: CaseHistory, options: DeadlineOptions): DeadlineItem[] {
  return DEADLINE_RULES.flatMap((rule) => rule(h, options));
}

const RANK: Record<DeadlineStatus, number> = { overdue: 0, open: 1, 'met-late': 2, missed: 2, met: 2 };

function compare(a: DeadlineItem, b: DeadlineItem): number {
  const rank = RANK[a.status] - RANK[b.status];
  if (rank !== 0) return rank;
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The case's deadlines for a person to act on: overdue first, then open ones, each by due date
 * (earliest first), then the closed ones (met, met late, missed) by due date. Each item carries its
 * legal reference and a plain-Norwegian explanation of why it is a deadline and how it was counted.
 * With `openOnly`, only overdue and open ones.
 */
export function explainDeadlines(
  h: CaseHistory,
  options: DeadlineOptions & { openOnly?: boolean },
): DeadlineItem[] {
  const items = deadlinesOf(h, options);
  const shown = options.openOnly ? items.filter((i) => i.status === 'open' || i.status === 'overdue') : items;
  return [...shown].sort(compare);
}
