import type { AddressProtection } from '@vern/domain';
import type { StaffAccess } from '../../platform/access/gateway.js';
import type { OpenedPerson } from './open-person.js';
import { findPersonRow, readPersonAddress, type AddressView } from './persons.queries.js';

export interface PersonView {
  id: string;
  fodselsnummer: string | null;
  dufNummer: string | null;
  givenName: string;
  familyName: string;
  birthDate: string | null;
  kjonn: '0' | '1' | '2' | null;
  addressProtection: AddressProtection;
  address: AddressView | null;
  addressHidden: boolean;
}

/**
 * The person as the current transaction may see them (the address under row-level security), and
 * the names of the fields it shows, for the audit row.
 */
export async function readPersonView(
  access: StaffAccess,
  personId: string,
): Promise<{ view: PersonView; fields: string[] }> {
  const row = await findPersonRow(access.trx, personId);
  if (!row) throw new Error('readPersonView: the person must exist');
  const address = await readPersonAddress(access.trx, personId);
  const fields = [
    'name',
    'birth_date',
    'kjonn',
    'address_protection',
    ...(row.fodselsnummer ? ['fodselsnummer'] : []),
    ...(row.duf_nummer ? ['duf_nummer'] : []),
    ...(address.address ? ['address'] : []),
  ];
  return {
    fields,
    view: {
      id: row.id,
      fodselsnummer: row.fodselsnummer,
      dufNummer: row.duf_nummer,
      givenName: row.given_name,
      familyName: row.family_name,
      birthDate: row.birth_date,
      kjonn: row.kjonn,
      addressProtection: address.protection,
      address: address.address,
      addressHidden: address.hidden,
    },
  };
}

/** The audit context of a person opened through a case: the case, and break-the-glass if so. */
export function auditContext(opened: OpenedPerson) {
  return {
    sakId: opened.sakId,
    emergency: opened.basis === 'break_glass',
    breakGlassId: opened.breakGlassId,
  };
}
