import { parsePersonQuery } from '@vern/domain';
import type { StaffAccess } from '../../platform/access/gateway.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { searchByName, searchByNumber, type SearchHit } from './search.queries.js';

export interface PersonSearchItem {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string | null;
  hasCase: boolean;
  score: number;
}

/**
 * Searches the persons the actor has need-to-know for: by name (folded, tolerant of æøå, of
 * spelling and of word order, ranked by trigram similarity) or, for 11 or 12 digits, by exact
 * fødselsnummer or DUF-nummer. Each person listed gets an audit row (ids and field names only).
 */
export async function searchPersons(access: StaffAccess, q: string): Promise<PersonSearchItem[]> {
  const query = parsePersonQuery(q);
  const { trx, actor, now } = access;
  let hits: SearchHit[];
  switch (query.kind) {
    case 'empty':
      throw new AppError(ErrorCode.ValidationFailed, 'The search is too short', [
        { field: 'query.q', reason: 'needs at least two letters or digits, or an 11-digit number' },
      ]);
    case 'fodselsnummer':
      hits = await searchByNumber(trx, actor, now, 'fodselsnummer', query.value);
      break;
    case 'duf':
      hits = await searchByNumber(trx, actor, now, 'duf_nummer', query.value);
      break;
    case 'name':
      hits = await searchByName(trx, actor, now, query.value);
      break;
    default: {
      const unreachable: never = query;
      throw new Error(`unknown query ${String(unreachable)}`);
    }
  }
  await access.audit(
    hits.map((h) => ({
      action: 'search',
      objectType: 'person',
      objectId: h.id,
      personId: h.id,
      fields: ['name', 'birth_date', 'has_case'],
    })),
  );
  return hits.map((h) => ({
    id: h.id,
    givenName: h.given_name,
    familyName: h.family_name,
    birthDate: h.birth_date,
    hasCase: Boolean(h.has_case),
    score: Math.round(Number(h.score) * 1000) / 1000,
  }));
}
