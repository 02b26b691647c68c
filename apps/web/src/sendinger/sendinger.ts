// «Mine sendinger» as the staff app shows it: the API's forsendelser (GET /api/forsendelser/mine,
// apps/server/src/modules/forsendelse/forsendelse.schemas.ts) and the pure helpers that turn one
// into words and say what the sender may do with it (kept apart from React so they are unit-tested).
import { FORSENDELSE_STATUSES, type ForsendelseChannel, type ForsendelseStatus } from '@vern/domain';
import type { StaffKey } from '../i18n/dictionary';
import { can } from '../work/worklists';

export const SENDINGER_PATH = '/sendinger';

export const SENDINGER_FILTERS = ['all', 'failed', 'unopened'] as const;
export type SendingerFilter = (typeof SENDINGER_FILTERS)[number];

export { FORSENDELSE_STATUSES, type ForsendelseStatus };

export interface ForsendelseEvent {
  at: string;
  kind: string;
  channel: ForsendelseChannel | null;
  detail: string | null;
}

/** One forsendelse as the API summarises it, its event history included. */
export interface MyForsendelse {
  id: string;
  sakId: string | null;
  letterId: string | null;
  title: string;
  recipient: { kind: 'person' | 'organisasjon'; name: string; organisasjonsnummer: string | null };
  confidential: boolean;
  status: ForsendelseStatus;
  statusAt: string;
  statusReason: string | null;
  channel: ForsendelseChannel | null;
  createdAt: string;
  createdBy: string;
  sentAt: string | null;
  deliveredAt: string | null;
  openedAt: string | null;
  escalationLevel: number;
  events: ForsendelseEvent[];
}

export const mineUrl = (filter: SendingerFilter): string =>
  `/api/forsendelser/mine?filter=${filter}&limit=200`;
export const retryUrl = (id: string): string => `/api/forsendelser/${id}/retry`;
export const printUrl = (id: string): string => `/api/forsendelser/${id}/print`;

/** Those who may send letters (case.write) have letters of their own to follow. */
export const maySend = (roles: readonly string[]): boolean => can(roles, 'case.write');

export function isSendingerFilter(value: string): value is SendingerFilter {
  return (SENDINGER_FILTERS as readonly string[]).includes(value);
}

/** The status in words. */
export function statusKey(status: ForsendelseStatus): StaffKey {
  switch (status) {
    case 'queued':
      return 'sendinger.status.queued';
    case 'sent':
      return 'sendinger.status.sent';
    case 'delivered':
      return 'sendinger.status.delivered';
    case 'opened':
      return 'sendinger.status.opened';
    case 'failed':
      return 'sendinger.status.failed';
    case 'dead_letter':
      return 'sendinger.status.dead_letter';
    case 'paper':
      return 'sendinger.status.paper';
  }
}

export type TagColor = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/** The Tag's colour: red for what did not get through, green for what arrived. */
export function statusColor(status: ForsendelseStatus): TagColor {
  switch (status) {
    case 'queued':
    case 'sent':
      return 'info';
    case 'delivered':
    case 'opened':
    case 'paper':
      return 'success';
    case 'failed':
      return 'warning';
    case 'dead_letter':
      return 'danger';
  }
}

/** How far unopened mail has been escalated: the sender told (1), then sent again on paper (2). */
export function escalationKey(level: number): StaffKey | null {
  if (level <= 0) return null;
  return level === 1 ? 'sendinger.escalated.sender' : 'sendinger.escalated.paper';
}

const EVENT_KEYS: Readonly<Record<string, StaffKey>> = {
  queued: 'sendinger.event.queued',
  sent: 'sendinger.event.sent',
  channel_status: 'sendinger.event.channel_status',
  retry_scheduled: 'sendinger.event.retry_scheduled',
  refused: 'sendinger.event.refused',
  fallback_paper: 'sendinger.event.fallback_paper',
  dead_letter: 'sendinger.event.dead_letter',
  retry_requested: 'sendinger.event.retry_requested',
  print_requested: 'sendinger.event.print_requested',
  escalated_sender: 'sendinger.event.escalated_sender',
  resent_paper: 'sendinger.event.resent_paper',
  escalation_no_paper: 'sendinger.event.escalation_no_paper',
};

/** An event of the history in words; one the app does not know yet is named as the server wrote it. */
export function eventKey(kind: string): StaffKey | null {
  return EVENT_KEYS[kind] ?? null;
}

/**
 * What the sender may do about one: a dead letter can be sent again or on paper; a failed one on
 * paper (as the server allows: retry only a dead letter, print not what is queued, opened or paper).
 */
export function actionsFor(status: ForsendelseStatus): { retry: boolean; print: boolean } {
  switch (status) {
    case 'dead_letter':
      return { retry: true, print: true };
    case 'failed':
      return { retry: false, print: true };
    case 'queued':
    case 'sent':
    case 'delivered':
    case 'opened':
    case 'paper':
      return { retry: false, print: false };
  }
}

/** Newest first, by when it was made; the history oldest first, as it happened. */
export function newestFirst(items: readonly MyForsendelse[]): MyForsendelse[] {
  return [...items].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}

export function historyOf(f: Pick<MyForsendelse, 'events'>): ForsendelseEvent[] {
  return [...f.events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
