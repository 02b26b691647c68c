import type { AddressProtection } from '@vern/domain';
import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

export interface AddressView {
  street: string;
  postalCode: string;
  postalPlace: string;
  municipality: string | null;
}

/**
 * A person's address as the current transaction may see it. Row-level security on person_address
 * hides a strengt fortrolig address from actors without the capability; `hidden` says an address
 * exists behind the protection without revealing anything of it.
 */
export async function readPersonAddress(
  trx: Transaction<DB>,
  personId: string,
): Promise<{ protection: AddressProtection; address: AddressView | null; hidden: boolean }> {
  const person = await trx
    .selectFrom('person')
    .select('address_protection')
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  const row = await trx
    .selectFrom('person_address')
    .select(['street', 'postal_code', 'postal_place', 'municipality'])
    .where('person_id', '=', personId)
    .executeTakeFirst();
  const strict =
    person.address_protection === 'strengt_fortrolig' ||
    person.address_protection === 'strengt_fortrolig_utland';
  return {
    protection: person.address_protection,
    address: row
      ? {
          street: row.street,
          postalCode: row.postal_code,
          postalPlace: row.postal_place,
          municipality: row.municipality,
        }
      : null,
    hidden: !row && strict,
  };
}
