import {
  HIDDEN_ADDRESS_LEVELS,
  hasCapability,
  osloDate,
  type AddressProtection,
  type UpdatePerson,
} from '@vern/domain';
import type { Updateable } from 'kysely';
import { requireCapability, type StaffAccess } from '../../platform/access/gateway.js';
import type { DB } from '../../platform/db/schema.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { checkIdentity, type PersonRules } from './identity-check.js';
import { syncPersonDeadlines } from '../worklists/sync-deadlines.js';
import { openPerson } from './open-person.js';
import { auditContext, readPersonView, type PersonView } from './person-view.js';
import { findByFodselsnummer, upsertAddress } from './persons.queries.js';

export type UpdateResult =
  { kind: 'updated'; person: PersonView } | { kind: 'exists'; existing: { id: string; visible: boolean } };

const strict = (p: AddressProtection) => (HIDDEN_ADDRESS_LEVELS as readonly string[]).includes(p);

/**
 * Changes a person the actor may see. A new fødselsnummer (e.g. the real number of a child first
 * registered with a termindato) sets birth date and kjønn from the number. The address of a person
 * with a strengt fortrolig address, and that protection itself, change only by an actor who may see
 * such addresses: anyone else would learn the address by lowering the protection.
 */
export async function updatePerson(
  access: StaffAccess,
  personId: string,
  input: UpdatePerson,
  rules: PersonRules,
): Promise<UpdateResult> {
  requireCapability(access.actor, 'person.register');
  const opened = await openPerson(access, personId, 'update');
  const { row } = opened;
  const { trx, actor } = access;
  const protectionChanges =
    input.addressProtection !== undefined && input.addressProtection !== row.address_protection;
  if (
    strict(row.address_protection) &&
    (input.address !== undefined || protectionChanges) &&
    !hasCapability(actor.roles, 'address.read.protected')
  ) {
    throw new AppError(ErrorCode.Forbidden, 'Only staff who may see protected addresses may change them');
  }
  const numberChanges = input.fodselsnummer !== undefined && input.fodselsnummer !== row.fodselsnummer;
  const identity = checkIdentity(
    {
      fodselsnummer: input.fodselsnummer !== undefined ? input.fodselsnummer : row.fodselsnummer,
      dufNummer: input.dufNummer !== undefined ? input.dufNummer : row.duf_nummer,
      // A new number brings its own birth date; otherwise the stored one must agree with the number.
      birthDate: numberChanges && input.fodselsnummer !== null ? null : row.birth_date,
      kjonn: input.kjonn !== undefined ? input.kjonn : numberChanges ? null : row.kjonn,
    },
    rules,
    access.now,
  );
  if (numberChanges && identity.fodselsnummer !== null) {
    const existing = await findByFodselsnummer(trx, actor, access.now, identity.fodselsnummer);
    if (existing) {
      await access.audit({
        action: 'update',
        objectType: 'person',
        objectId: personId,
        personId,
        fields: ['fodselsnummer'],
        outcome: 'failed',
        ...auditContext(opened),
      });
      return { kind: 'exists', existing };
    }
  }
  const changed: string[] = [];
  const set: Updateable<DB['person']> = {};
  const change = (field: string, column: string, next: unknown, current: unknown) => {
    if (next === current) return;
    changed.push(field);
    (set as Record<string, unknown>)[column] = next;
  };
  change('fodselsnummer', 'fodselsnummer', identity.fodselsnummer, row.fodselsnummer);
  change('duf_nummer', 'duf_nummer', identity.dufNummer, row.duf_nummer);
  change('birth_date', 'birth_date', identity.birthDate, row.birth_date);
  change('kjonn', 'kjonn', identity.kjonn, row.kjonn);
  if (input.givenName !== undefined) change('given_name', 'given_name', input.givenName, row.given_name);
  if (input.familyName !== undefined) change('family_name', 'family_name', input.familyName, row.family_name);
  if (input.addressProtection !== undefined)
    change('address_protection', 'address_protection', input.addressProtection, row.address_protection);
  if (Object.keys(set).length > 0) {
    await trx
      .updateTable('person')
      .set({ ...set, updated_at: access.now })
      .where('id', '=', personId)
      .execute();
  }
  if (changed.includes('birth_date')) await syncPersonDeadlines(trx, personId, osloDate(access.now));
  if (input.address !== undefined) {
    await upsertAddress(trx, actor.tenantId, personId, input.address);
    changed.push('address');
  }
  const { view, fields } = await readPersonView(access, personId);
  const context = auditContext(opened);
  await access.audit([
    { action: 'update', objectType: 'person', objectId: personId, personId, fields: changed, ...context },
    { action: 'read', objectType: 'person', objectId: personId, personId, fields, ...context },
  ]);
  return { kind: 'updated', person: view };
}
