/** What GET /api/notifications answers: a kind and ids; with withCases, the child and case it is about. */
export interface NotificationItem {
  id: string;
  kind: string;
  sakId: string | null;
  refId: string | null;
  createdAt: string;
  readAt: string | null;
  /** Where I may see the case: its child, journalnummer and the deadline a deadline notice names. */
  about?: {
    journalnummer: string;
    childName: string;
    deadline: { ruleId: string; dueDate: string } | null;
  } | null;
}

export interface Notifications {
  unread: number;
  items: NotificationItem[];
}

export const NOTIFICATIONS_PATH = '/varsler';
export const NOTIFICATIONS_URL = '/api/notifications?limit=100&withCases=true';
/** Only the count, for the menu: the smallest page the API gives. */
export const UNREAD_URL = '/api/notifications?limit=1&unreadOnly=true';
export const readUrl = (id: string): string => `/api/notifications/${id}/read`;

/**
 * The kinds the server writes (worklists daily run, assignment, vedtak proposals, break-the-glass,
 * and the dispatch of letters: one that could not be sent, was not delivered, lies unopened, could
 * not go on paper for want of an address, or was answered).
 */
export const NOTIFICATION_KINDS = [
  'deadline_approaching',
  'deadline_overdue',
  'deadline_escalated',
  'case_assigned',
  'proposal_returned',
  'break_glass',
  'forsendelse_dead_letter',
  'forsendelse_failed',
  'forsendelse_unopened',
  'forsendelse_no_paper',
  'forsendelse_reply',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isKnownKind(kind: string): kind is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(kind);
}

/** Unread first, each group newest first, as the API orders by time. */
export function unreadFirst(items: readonly NotificationItem[]): NotificationItem[] {
  return [...items.filter((n) => n.readAt === null), ...items.filter((n) => n.readAt !== null)];
}
