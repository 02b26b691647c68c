import { parseIdentityNumber } from '@vern/domain';
import { requireCapability, type StaffAccess } from '../../platform/access/gateway.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { identityRules, type PersonRules } from './identity-check.js';
import { lookupByFodselsnummer } from './search.queries.js';

export interface LookupHit {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string | null;
  hasCase: boolean;
}

/**
 * "Is this child already known?" for intake, before a new person or case is registered. Exact
 * fødselsnummer only (a whole, valid number: the caller already knows who they are asking about),
 * across the service without need-to-know, so the answer is minimal: id, name, birth date, and
 * whether there is a case. Never a name search. Audited as a lookup, with the person's id when found.
 */
export async function lookupPerson(
  access: StaffAccess,
  fodselsnummer: string,
  rules: PersonRules,
): Promise<LookupHit | null> {
  requireCapability(access.actor, 'person.lookup');
  const parsed = parseIdentityNumber(fodselsnummer, identityRules(rules, access.now));
  if (!parsed.ok) {
    throw new AppError(ErrorCode.ValidationFailed, 'The fødselsnummer is not valid', [
      { field: 'body.fodselsnummer', reason: parsed.reason, code: parsed.code },
    ]);
  }
  const row = await lookupByFodselsnummer(access.trx, parsed.value);
  await access.audit({
    action: 'lookup',
    objectType: 'person',
    objectId: row?.id ?? null,
    personId: row?.id ?? null,
    fields: row ? ['name', 'birth_date', 'has_case'] : [],
  });
  if (!row) return null;
  return {
    id: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    birthDate: row.birth_date,
    hasCase: Boolean(row.has_case),
  };
}
