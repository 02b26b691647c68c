import {
  type CaseHistory,
  hasCapability,
  normalizePersonName,
  osloDate,
  parseIdentityNumber,
  parsePersonQuery,
} from '@vern/domain';
import { sql } from 'kysely';
import type { StaffAccess } from '../../platform/access/gateway.js';
import { caseVisibleTo } from '../../platform/access/case-visibility.js';
import type { AuditEvent } from '../../platform/audit/audit.js';
import { identityRules, type PersonRules } from '../persons/identity-check.js';
import { lookupByFodselsnummer, searchByName } from '../persons/search.queries.js';
import { InboxContent, type InboxChild } from './inbox-content.js';
import { itemReachableBy } from './intake.queries.js';
import { openItem } from './read-inbox.js';

/** Whole years from `birthDate` to `today` (both YYYY-MM-DD). */
function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** How near in time and how alike in words two reports must be to be shown as likely the same event. */
export const DUPLICATE_WINDOW_DAYS = 7;
export const DUPLICATE_SIMILARITY = 0.3;

export interface CaseFacts {
  /** Null when the actor may not open the case: they learn only that there is one. */
  sakId: string | null;
  journalnummer: string | null;
  status: 'open' | 'closed';
  visible: boolean;
  activeUndersokelse: boolean | null;
  activeTiltak: boolean | null;
}

export interface Candidate {
  personId: string;
  givenName: string;
  familyName: string;
  birthDate: string | null;
  matchedBy: ('fodselsnummer' | 'name' | 'birth_date' | 'age' | 'address')[];
  score: number;
  case: CaseFacts | null;
}

async function caseFacts(access: StaffAccess, personId: string): Promise<CaseFacts | null> {
  const sak = await access.trx
    .selectFrom('sak')
    .select(['id', 'journalnummer', 'status', 'history'])
    .where('child_person_id', '=', personId)
    .executeTakeFirst();
  if (!sak) return null;
  const visible = await access.trx
    .selectFrom('sak')
    .select('id')
    .where('id', '=', sak.id)
    .where(caseVisibleTo(access.actor, access.now))
    .executeTakeFirst();
  if (!visible) {
    return {
      sakId: null,
      journalnummer: null,
      status: sak.status,
      visible: false,
      activeUndersokelse: null,
      activeTiltak: null,
    };
  }
  const history = sak.history === null ? null : (sak.history as CaseHistory);
  return {
    sakId: sak.id,
    journalnummer: sak.journalnummer,
    status: sak.status,
    visible: true,
    activeUndersokelse: history?.undersokelser.some((u) => !u.konklusjon) ?? false,
    activeTiltak: history?.tiltak.some((t) => !t.konklusjon) ?? false,
  };
}

async function addressMatches(access: StaffAccess, personId: string, child: InboxChild): Promise<boolean> {
  if (!child.address) return false;
  // Row-level security hides a strengt fortrolig address from an actor without the capability, so
  // such an address can never be matched (and so never confirmed) by someone who may not see it.
  const row = await access.trx
    .selectFrom('person_address')
    .select(['street', 'postal_code'])
    .where('person_id', '=', personId)
    .executeTakeFirst();
  if (!row) return false;
  const street = normalizePersonName(child.address.street.split(',')[0] ?? '');
  return (
    street !== '' &&
    normalizePersonName(row.street) === street &&
    (child.address.postalCode === null || child.address.postalCode === row.postal_code)
  );
}

/**
 * Suggestions for each child of a report: the person with its fødselsnummer (an exact lookup across
 * the service that shows only a minimal hit, as for intake's lookup), and persons within the actor's
 * need-to-know whose name matches (the persons module's search), ranked up when birth date, age or
 * address agree. For each, whether there is a case, and, where the actor may open it, whether it has
 * an active undersøkelse or tiltak. Also reports of likely the same event: other inbox items about
 * the same child, and meldinger in a suggested case, received within a week with similar words.
 * Each person suggested is an audited search hit (ids only).
 */
export async function findMatches(access: StaffAccess, itemId: string, rules: PersonRules) {
  const row = await openItem(access, itemId, 'match');
  const content = row.parsed === null ? null : InboxContent.parse(row.parsed);
  const children = content?.children ?? [];
  const events: AuditEvent[] = [
    { action: 'match', objectType: 'inbox_item', objectId: itemId, fields: ['parsed'] },
  ];
  const today = osloDate(access.now);
  const mayLookup = hasCapability(access.actor.roles, 'person.lookup');
  const result = [];
  const caseIds = new Set<string>();
  for (const [index, child] of children.entries()) {
    const found = new Map<string, Candidate>();
    const parsedNumber = child.fodselsnummer
      ? parseIdentityNumber(child.fodselsnummer, identityRules(rules, access.now))
      : null;
    const birthDate = parsedNumber?.ok ? parsedNumber.birthDate : child.birthDate;
    if (parsedNumber?.ok && mayLookup) {
      const hit = await lookupByFodselsnummer(access.trx, parsedNumber.value);
      if (hit) {
        found.set(hit.id, {
          personId: hit.id,
          givenName: hit.given_name,
          familyName: hit.family_name,
          birthDate: hit.birth_date,
          matchedBy: ['fodselsnummer'],
          score: 1,
          case: null,
        });
      }
    }
    const query = parsePersonQuery(child.name);
    if (query.kind === 'name') {
      for (const hit of await searchByName(access.trx, access.actor, access.now, query.value)) {
        const existing = found.get(hit.id);
        if (existing) {
          existing.matchedBy.push('name');
          continue;
        }
        found.set(hit.id, {
          personId: hit.id,
          givenName: hit.given_name,
          familyName: hit.family_name,
          birthDate: hit.birth_date,
          matchedBy: ['name'],
          score: Math.round(Number(hit.score) * 600) / 1000,
          case: null,
        });
      }
    }
    for (const c of found.values()) {
      if (!c.matchedBy.includes('fodselsnummer')) {
        if (birthDate && c.birthDate === birthDate) {
          c.matchedBy.push('birth_date');
          c.score += 0.25;
        } else if (child.estimatedAge && c.birthDate && /^\d{1,2}$/.test(child.estimatedAge)) {
          if (Math.abs(ageOn(c.birthDate, today) - Number(child.estimatedAge)) <= 1) {
            c.matchedBy.push('age');
            c.score += 0.1;
          }
        }
        if (await addressMatches(access, c.personId, child)) {
          c.matchedBy.push('address');
          c.score += 0.15;
        }
      }
      c.score = Math.min(1, Math.round(c.score * 1000) / 1000);
      c.case = await caseFacts(access, c.personId);
      if (c.case?.sakId) caseIds.add(c.case.sakId);
      events.push({
        action: 'search',
        objectType: 'person',
        objectId: c.personId,
        personId: c.personId,
        sakId: c.case?.sakId ?? null,
        fields: ['name', 'birth_date', 'has_case', ...(c.case?.visible ? ['case.status'] : [])],
      });
    }
    result.push({
      index,
      name: child.name,
      fodselsnummerValid: parsedNumber === null ? null : parsedNumber.ok,
      candidates: [...found.values()].sort((a, b) => b.score - a.score).slice(0, 10),
    });
  }
  const duplicates = content
    ? await likelyDuplicates(access, row.id, row.received_at, content, [...caseIds])
    : [];
  // A Fiks report names the municipality (and district) it was sent to: say when that is not this service.
  const tenant = await access.trx
    .selectFrom('tenant')
    .select(['kind', 'kommunenummer', 'bydelsnummer'])
    .where('id', '=', access.actor.tenantId)
    .executeTakeFirstOrThrow();
  const addressedTo = !content?.kommunenummer
    ? null
    : {
        kommunenummer: content.kommunenummer,
        bydelsnummer: content.bydelsnummer,
        thisService:
          tenant.kind === 'interkommunal'
            ? null
            : content.kommunenummer === tenant.kommunenummer &&
              (tenant.kind !== 'bydel' || content.bydelsnummer === tenant.bydelsnummer),
      };
  await access.audit(events);
  return { children: result, duplicates, addressedTo };
}

/** Reports of likely the same event: same child, received within a week, similar words. */
async function likelyDuplicates(
  access: StaffAccess,
  itemId: string,
  receivedAt: Date,
  content: InboxContent,
  caseIds: string[],
) {
  const window = DUPLICATE_WINDOW_DAYS * 24 * 3_600_000;
  const from = new Date(receivedAt.getTime() - window);
  const to = new Date(receivedAt.getTime() + window);
  const numbers = content.children.map((c) => c.fodselsnummer).filter((n): n is string => !!n);
  const names = content.children.map((c) => normalizePersonName(c.name)).filter(Boolean);
  const text = content.text;
  const items =
    numbers.length + names.length === 0
      ? []
      : await access.trx
          .selectFrom('inbox_item')
          .select([
            'inbox_item.id',
            'inbox_item.received_at as receivedAt',
            sql<number>`similarity(inbox_item.parsed->>'text', ${text})`.as('similarity'),
          ])
          .where('inbox_item.id', '<>', itemId)
          .where('inbox_item.received_at', '>=', from)
          .where('inbox_item.received_at', '<=', to)
          .where(itemReachableBy(access.actor.staffUserId))
          .where(
            sql<boolean>`EXISTS (SELECT 1 FROM jsonb_array_elements(inbox_item.parsed->'children') c
              WHERE c->>'fodselsnummer' = ANY(${numbers}::text[])
                 OR vern_search_name(c->>'name') = ANY(${names}::text[]))`,
          )
          .where(sql<boolean>`similarity(inbox_item.parsed->>'text', ${text}) >= ${DUPLICATE_SIMILARITY}`)
          .orderBy('similarity', 'desc')
          .limit(10)
          .execute();
  const meldinger =
    caseIds.length === 0
      ? []
      : await access.trx
          .selectFrom('melding_detail as m')
          .select([
            'm.sak_id as sakId',
            'm.melding_id as meldingId',
            'm.received_at as receivedAt',
            sql<number>`similarity(m.content, ${text})`.as('similarity'),
          ])
          .where('m.sak_id', 'in', caseIds)
          .where('m.received_at', '>=', from)
          .where('m.received_at', '<=', to)
          .where(sql<boolean>`similarity(m.content, ${text}) >= ${DUPLICATE_SIMILARITY}`)
          .orderBy('similarity', 'desc')
          .limit(10)
          .execute();
  return [
    ...items.map((i) => ({
      kind: 'inbox_item' as const,
      itemId: i.id,
      sakId: null,
      meldingId: null,
      receivedAt: i.receivedAt,
      similarity: Math.round(Number(i.similarity) * 1000) / 1000,
    })),
    ...meldinger.map((m) => ({
      kind: 'melding' as const,
      itemId: null,
      sakId: m.sakId,
      meldingId: m.meldingId,
      receivedAt: m.receivedAt,
      similarity: Math.round(Number(m.similarity) * 1000) / 1000,
    })),
  ];
}
