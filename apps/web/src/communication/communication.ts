// The case's communication log as the staff app shows it: the API's entries and the pure helpers
// that turn one into words (kept apart from React so they are unit-tested).
import { osloDate } from '@vern/domain';
import type { StaffKey } from '../i18n/dictionary';

export interface CommunicationEntry {
  source: 'journal_note' | 'inbox_item' | 'forsendelse';
  id: string;
  direction: 'inn' | 'ut';
  kind: string;
  at: string;
  dayOnly: boolean;
  title: string | null;
  counterpart: string | null;
  status: string | null;
  statusAt: string | null;
  byName: string | null;
}

export const CONTACT_KINDS = ['telefon', 'mote', 'melding', 'annet'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

type Translate = (key: StaffKey, values?: Record<string, string | number>) => string;

/** Oslo time of day, HH:MM, of an ISO instant. */
function osloTime(iso: string): string {
  return new Intl.DateTimeFormat('nb-NO', {
    timeZone: 'Europe/Oslo',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** When: the day alone for a dated note, else the day and the time in Norway. */
export function entryWhen(e: Pick<CommunicationEntry, 'at' | 'dayOnly'>): string {
  const day = osloDate(new Date(e.at));
  return e.dayOnly ? day : `${day} ${osloTime(e.at)}`;
}

const KIND_KEYS: Record<string, StaffKey> = {
  telefon: 'communication.kind.telefon',
  mote: 'communication.kind.mote',
  melding: 'communication.kind.melding',
  annet: 'communication.kind.annet',
  brev: 'communication.kind.brev',
};

/** What kind of contact, in words: a call, a meeting, a letter, or the channel a report came by. */
export function entryKind(t: Translate, e: Pick<CommunicationEntry, 'source' | 'kind'>): string {
  if (e.source === 'inbox_item' && e.kind === 'svar') return t('communication.kind.svar');
  if (e.source === 'inbox_item') return t('communication.kind.report', { channel: e.kind });
  const key = KIND_KEYS[e.kind];
  return key ? t(key) : e.kind;
}

const STATUS_KEYS: Record<string, StaffKey> = {
  queued: 'communication.status.queued',
  sent: 'communication.status.sent',
  delivered: 'communication.status.delivered',
  opened: 'communication.status.opened',
  failed: 'communication.status.failed',
  dead_letter: 'communication.status.dead_letter',
  paper: 'communication.status.paper',
  registered: 'communication.status.registered',
  linked: 'communication.status.linked',
};

/** A letter's or a report's status in words; null for a note, which has none. */
export function entryStatus(t: Translate, e: Pick<CommunicationEntry, 'status'>): string | null {
  if (e.status === null) return null;
  const key = STATUS_KEYS[e.status];
  return key ? t(key) : e.status;
}

/** A letter that did not get through or gave up: the sender should act on it. */
export function needsAttention(e: Pick<CommunicationEntry, 'source' | 'status'>): boolean {
  return e.source === 'forsendelse' && (e.status === 'failed' || e.status === 'dead_letter');
}
