import type { CreatePerson } from '@vern/domain';
import { requireCapability, type StaffAccess } from '../../platform/access/gateway.js';
import { checkIdentity, type PersonRules } from './identity-check.js';
import { readPersonView, type PersonView } from './person-view.js';
import { findByFodselsnummer, upsertAddress } from './persons.queries.js';

export type RegisterResult =
  { kind: 'created'; person: PersonView } | { kind: 'exists'; existing: { id: string; visible: boolean } };

/**
 * Registers a child or related person. The number is checked (check digits, date, the registry's
 * placeholder forms) and birth date and kjønn are taken from it. A number already registered in the
 * service is not an error inside the transaction: the attempt is audited and the caller answers 409,
 * so the audit row survives.
 */
export async function registerPerson(
  access: StaffAccess,
  input: CreatePerson,
  rules: PersonRules,
): Promise<RegisterResult> {
  requireCapability(access.actor, 'person.register');
  const identity = checkIdentity(
    {
      fodselsnummer: input.fodselsnummer,
      dufNummer: input.dufNummer,
      birthDate: input.birthDate,
      kjonn: input.kjonn,
    },
    rules,
    access.now,
  );
  const { trx, actor } = access;
  if (identity.fodselsnummer !== null) {
    const existing = await findByFodselsnummer(trx, actor, access.now, identity.fodselsnummer);
    if (existing) {
      await access.audit({
        action: 'create',
        objectType: 'person',
        objectId: existing.visible ? existing.id : null,
        personId: existing.id,
        fields: ['fodselsnummer'],
        outcome: 'failed',
      });
      return { kind: 'exists', existing };
    }
  }
  const { id } = await trx
    .insertInto('person')
    .values({
      tenant_id: actor.tenantId,
      fodselsnummer: identity.fodselsnummer,
      duf_nummer: identity.dufNummer,
      given_name: input.givenName,
      family_name: input.familyName,
      birth_date: identity.birthDate,
      kjonn: identity.kjonn,
      address_protection: input.addressProtection,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (input.address) await upsertAddress(trx, actor.tenantId, id, input.address);
  const { view } = await readPersonView(access, id);
  await access.audit({
    action: 'create',
    objectType: 'person',
    objectId: id,
    personId: id,
    fields: [
      'name',
      'address_protection',
      ...(identity.fodselsnummer ? ['fodselsnummer'] : []),
      ...(identity.dufNummer ? ['duf_nummer'] : []),
      ...(identity.birthDate ? ['birth_date'] : []),
      ...(identity.kjonn ? ['kjonn'] : []),
      ...(input.address ? ['address'] : []),
    ],
  });
  return { kind: 'created', person: view };
}
