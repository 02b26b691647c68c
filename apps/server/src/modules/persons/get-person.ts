import type { AddressProtection } from '@vern/domain';
import { AccessDenied, type StaffAccess } from '../../platform/access/gateway.js';
import { caseVisibleTo } from '../../platform/access/case-visibility.js';
import { openCase } from '../cases/open-case.js';
import { readPersonAddress, type AddressView } from './persons.queries.js';

export interface PersonView {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string | null;
  addressProtection: AddressProtection;
  address: AddressView | null;
  addressHidden: boolean;
}

/**
 * Reads a person the actor has need-to-know for: the child of a case the actor may see. The
 * fødselsnummer is not part of this view (it is shown only where a task needs it).
 */
export async function getPerson(access: StaffAccess, personId: string): Promise<PersonView> {
  const denied = new AccessDenied(
    { action: 'read', objectType: 'person', objectId: null, personId: null },
    'The person',
  );
  const visibleCase = await access.trx
    .selectFrom('sak')
    .select(['sak.id'])
    .where('sak.child_person_id', '=', personId)
    .where(caseVisibleTo(access.actor, access.now))
    .executeTakeFirst();
  if (!visibleCase) throw denied;
  // The same decision as opening the case, so a read reached through break-the-glass is audited as one.
  const { basis, breakGlassId } = await openCase(access, visibleCase.id, 'read');
  const person = await access.trx
    .selectFrom('person')
    .select(['id', 'given_name', 'family_name', 'birth_date'])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  const address = await readPersonAddress(access.trx, personId);
  await access.audit({
    action: 'read',
    objectType: 'person',
    objectId: personId,
    personId,
    sakId: visibleCase.id,
    fields: ['name', 'birth_date', ...(address.address ? ['address'] : [])],
    emergency: basis === 'break_glass',
    breakGlassId,
  });
  return {
    id: person.id,
    givenName: person.given_name,
    familyName: person.family_name,
    birthDate: person.birth_date,
    addressProtection: address.protection,
    address: address.address,
    addressHidden: address.hidden,
  };
}
