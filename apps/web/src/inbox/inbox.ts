import { can } from '../work/worklists';

/** The inbox (meldingsmottak) as the server answers it: GET /api/intake/items and /matches. */
export const INBOX_PATH = '/mottak';
export const INBOX_FILTERS = ['open', 'quarantined', 'registered', 'linked', 'not_melding', 'all'] as const;
export type InboxFilter = (typeof INBOX_FILTERS)[number];
export const INBOX_CHANNELS = [
  'fiks_io',
  'digitalt_skjema',
  'telefon',
  'brev',
  'e-post',
  'sms',
  'personlig_oppmote',
  'chat',
  'arkivsystem',
  'barnevernvakt',
  'annet',
] as const;
export type InboxChannel = (typeof INBOX_CHANNELS)[number];
export type InboxStatus = 'new' | 'quarantined' | 'registered' | 'linked' | 'not_melding';

export interface InboxSummary {
  id: string;
  channel: string;
  messageType: string;
  receivedAt: string;
  reviewDueDate: string;
  status: InboxStatus;
  needsImmediateFollowUp: boolean;
  childNames: string[];
  melderName: string | null;
  problemCount: number;
}

export interface MatchCandidate {
  personId: string;
  givenName: string;
  familyName: string;
  birthDate: string | null;
  matchedBy: string[];
  score: number;
  case: {
    sakId: string | null;
    journalnummer: string | null;
    status: 'open' | 'closed';
    visible: boolean;
    activeUndersokelse: boolean | null;
    activeTiltak: boolean | null;
  } | null;
}

export interface Matches {
  children: {
    index: number;
    name: string;
    fodselsnummerValid: boolean | null;
    candidates: MatchCandidate[];
  }[];
  duplicates: {
    kind: 'inbox_item' | 'melding';
    itemId: string | null;
    sakId: string | null;
    receivedAt: string;
    similarity: number;
  }[];
  addressedTo: { kommunenummer: string; bydelsnummer: string | null; thisService: boolean | null } | null;
}

export const inboxUrl = (filter: InboxFilter): string => `/api/intake/items?status=${filter}&limit=200`;
export const matchesUrl = (itemId: string): string => `/api/intake/items/${itemId}/matches`;

export function isInboxFilter(value: string): value is InboxFilter {
  return (INBOX_FILTERS as readonly string[]).includes(value);
}

export function isInboxChannel(value: string): value is InboxChannel {
  return (INBOX_CHANNELS as readonly string[]).includes(value);
}

/** Intake, leaders and the out-of-hours duty work the inbox (capability intake.inbox). */
export const mayWorkInbox = (roles: readonly string[]): boolean => can(roles, 'intake.inbox');

/**
 * How an item is marked: urgent and quarantined ones and those whose week has run out in red, the
 * last two days of the week in yellow; a dealt-with item is neutral.
 */
export function urgencyOf(item: InboxSummary, today: string): 'danger' | 'warning' | 'info' | 'neutral' {
  if (item.status !== 'new' && item.status !== 'quarantined') return 'neutral';
  if (item.needsImmediateFollowUp || item.status === 'quarantined' || item.reviewDueDate < today)
    return 'danger';
  const twoDays = new Date(`${today}T12:00:00Z`);
  twoDays.setUTCDate(twoDays.getUTCDate() + 2);
  return item.reviewDueDate <= twoDays.toISOString().slice(0, 10) ? 'warning' : 'info';
}
