import type { WorklistItem } from '../work/worklists';

/** What GET /api/notifications answers: a kind and ids, never case content. */
export interface NotificationItem {
  id: string;
  kind: string;
  sakId: string | null;
  refId: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface Notifications {
  unread: number;
  items: NotificationItem[];
}

export const NOTIFICATIONS_PATH = '/varsler';
export const NOTIFICATIONS_URL = '/api/notifications?limit=100';
/** Only the count, for the menu: the smallest page the API gives. */
export const UNREAD_URL = '/api/notifications?limit=1&unreadOnly=true';
export const readUrl = (id: string): string => `/api/notifications/${id}/read`;

/** The kinds the server writes (worklists daily run, assignment, vedtak proposals, break-the-glass). */
export const NOTIFICATION_KINDS = [
  'deadline_approaching',
  'deadline_overdue',
  'deadline_escalated',
  'case_assigned',
  'proposal_returned',
  'break_glass',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isKnownKind(kind: string): kind is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(kind);
}

/** Deadline notices point at a deadline (refId); the others only at the case. */
const DEADLINE_KINDS: readonly string[] = ['deadline_approaching', 'deadline_overdue', 'deadline_escalated'];

/**
 * What the reader already has in «Mitt arbeid» about a notification's case: the deadline it names,
 * or any of the case's deadlines, so the list can say which child and case without asking the
 * server for more than the worklist already gave.
 */
export function contextOf(n: NotificationItem, mine: readonly WorklistItem[]): WorklistItem | undefined {
  if (DEADLINE_KINDS.includes(n.kind) && n.refId) {
    const exact = mine.find((i) => i.id === n.refId);
    if (exact) return exact;
  }
  return n.sakId ? mine.find((i) => i.sakId === n.sakId) : undefined;
}

/** Unread first, each group newest first, as the API orders by time. */
export function unreadFirst(items: readonly NotificationItem[]): NotificationItem[] {
  return [...items.filter((n) => n.readAt === null), ...items.filter((n) => n.readAt !== null)];
}
