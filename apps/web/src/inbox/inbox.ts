import type { ApiProblem } from '../api/http';
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
  /** Sent with the public form signed in: the melder is identified through ID-porten. */
  melderIdentifiedBy?: 'idporten' | null;
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
    meldingId: string | null;
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

/** What an item became, as POST /register and /link answer it. */
export interface Registration {
  sakId: string;
  journalnummer: string;
  meldingId: string;
  personId: string;
  kind: 'new_case' | 'existing_case' | 'linked';
  createdAt: string;
}
export interface Resolution {
  itemId: string;
  registrations: Registration[];
}

export type ResolveAction = 'register' | 'link' | 'not-melding';
export const resolveUrl = (itemId: string, action: ResolveAction): string =>
  `/api/intake/items/${itemId}/${action}`;

/** Only a new or refused (quarantined) item can still be registered, linked or set aside. */
export const isOpen = (item: Pick<InboxSummary, 'status'>): boolean =>
  item.status === 'new' || item.status === 'quarantined';

export interface RegisterRequest {
  children: { personId: string; sakId?: string }[];
  text?: string;
}

/**
 * What «Registrer som melding» on a suggested child sends: the melding in the child's case when
 * one can open it (a closed one is reopened by it), a new case when the child has none. Null when
 * the child has a case one cannot open: a leader must register it there, and a second case for
 * the child is no answer. `text` is the melding's words, sent only when written (a refused item).
 */
export function registerRequestFor(
  c: Pick<MatchCandidate, 'personId' | 'case'>,
  text = '',
): RegisterRequest | null {
  const words = text.trim() ? { text: text.trim() } : {};
  if (c.case === null) return { children: [{ personId: c.personId }], ...words };
  if (!c.case.visible || !c.case.sakId) return null;
  return { children: [{ personId: c.personId, sakId: c.case.sakId }], ...words };
}

/** A melding already in a case that the item may be linked to (a likely duplicate of it). */
export function linkTargets(m: Pick<Matches, 'duplicates'>): { sakId: string; meldingId: string }[] {
  return m.duplicates.flatMap((d) =>
    d.kind === 'melding' && d.sakId && d.meldingId ? [{ sakId: d.sakId, meldingId: d.meldingId }] : [],
  );
}

export type ResolveField = 'text' | 'reason';

/**
 * Sorts a refused resolution: the inputs the server's details name (body.text: the melding's
 * words; body.reason: why it is not a melding), whether someone else dealt with the item first
 * (409 ALREADY_RESOLVED), and the rest, shown for the action as a whole.
 */
export function sortResolveProblem(problem: ApiProblem): {
  fields: ResolveField[];
  alreadyResolved: boolean;
  rest: ApiProblem['details'];
} {
  const fields: ResolveField[] = [];
  const rest: ApiProblem['details'] = [];
  let alreadyResolved = false;
  for (const d of problem.details) {
    const field = d.field === 'body.text' ? 'text' : d.field === 'body.reason' ? 'reason' : null;
    if (d.code === 'ALREADY_RESOLVED') alreadyResolved = true;
    else if (field) {
      if (!fields.includes(field)) fields.push(field);
    } else rest.push(d);
  }
  return { fields, alreadyResolved, rest };
}

/** The case numbers an item was registered or linked in, for saying what happened. */
export const journalnumreOf = (r: Resolution): string =>
  [...new Set(r.registrations.map((x) => x.journalnummer))].join(', ');

/** Which text says what a resolution did: a new case, the melding in a case, a link. */
export function resolutionKind(r: Resolution): 'newCase' | 'registered' | 'linked' {
  if (r.registrations.some((x) => x.kind === 'linked')) return 'linked';
  return r.registrations.every((x) => x.kind === 'new_case') && r.registrations.length > 0
    ? 'newCase'
    : 'registered';
}
