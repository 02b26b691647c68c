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
  const row = await trx
    .selectFrom('person')
    .leftJoin('person_address as a', 'a.person_id', 'person.id')
    .select([
      'person.address_protection as protection',
      'a.street',
      'a.postal_code',
      'a.postal_place',
      'a.municipality',
    ])
    .where('person.id', '=', personId)
    .executeTakeFirstOrThrow();
  const strict = row.protection === 'strengt_fortrolig' || row.protection === 'strengt_fortrolig_utland';
  const address =
    row.street !== null && row.postal_code !== null && row.postal_place !== null
      ? {
          street: row.street,
          postalCode: row.postal_code,
          postalPlace: row.postal_place,
          municipality: row.municipality,
        }
      : null;
  return { protection: row.protection, address, hidden: !address && strict };
}
