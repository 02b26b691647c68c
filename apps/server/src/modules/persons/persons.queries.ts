import type { AccessActor, AddressProtection, PostalAddress } from '@vern/domain';
import { sql, type Expression, type ExpressionBuilder, type SqlBool, type Transaction } from 'kysely';
import { caseVisibleTo } from '../../platform/access/case-visibility.js';
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

/**
 * Need-to-know for persons, as a SQL condition on `person`: the child of a case the actor may see
 * (caseVisibleTo, blocks included), or a person related, either way and ended or not, to such a
 * child. Searches, relation lists and single reads all use it, so a name search can never list a
 * person outside the actor's need-to-know.
 */
export function personVisibleTo(actor: AccessActor, now: Date) {
  return (eb: ExpressionBuilder<DB, 'person'>): Expression<SqlBool> =>
    eb.or([
      eb.exists(
        eb
          .selectFrom('sak')
          .select(sql`1`.as('one'))
          .whereRef('sak.child_person_id', '=', 'person.id')
          .where(caseVisibleTo(actor, now)),
      ),
      eb.exists(
        eb
          .selectFrom('person_relation as r')
          .innerJoin('sak', 'sak.child_person_id', 'r.person_id')
          .select(sql`1`.as('one'))
          .whereRef('r.related_person_id', '=', 'person.id')
          .where((e) => caseVisibleTo(actor, now)(e as unknown as ExpressionBuilder<DB, 'sak'>)),
      ),
      eb.exists(
        eb
          .selectFrom('person_relation as r')
          .innerJoin('sak', 'sak.child_person_id', 'r.related_person_id')
          .select(sql`1`.as('one'))
          .whereRef('r.person_id', '=', 'person.id')
          .where((e) => caseVisibleTo(actor, now)(e as unknown as ExpressionBuilder<DB, 'sak'>)),
      ),
    ]);
}

/**
 * The case through which a person is within the actor's need-to-know: their own case first, else
 * the case of a related child. Undefined when there is none (the person is unknown or out of reach).
 */
export async function findPersonCaseId(
  trx: Transaction<DB>,
  actor: AccessActor,
  now: Date,
  personId: string,
): Promise<string | undefined> {
  const row = await trx
    .selectFrom('sak')
    .select(['sak.id', sql<boolean>`sak.child_person_id = ${personId}`.as('own')])
    .where(caseVisibleTo(actor, now))
    .where((eb) =>
      eb.or([
        eb('sak.child_person_id', '=', personId),
        eb.exists(
          eb
            .selectFrom('person_relation as r')
            .select(sql`1`.as('one'))
            .where((e) =>
              e.or([
                e.and([
                  e('r.related_person_id', '=', personId),
                  e('r.person_id', '=', e.ref('sak.child_person_id')),
                ]),
                e.and([
                  e('r.person_id', '=', personId),
                  e('r.related_person_id', '=', e.ref('sak.child_person_id')),
                ]),
              ]),
            ),
        ),
      ]),
    )
    .orderBy('own', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id;
}

export async function findPersonRow(trx: Transaction<DB>, personId: string) {
  return trx
    .selectFrom('person')
    .select([
      'id',
      'fodselsnummer',
      'duf_nummer',
      'given_name',
      'family_name',
      'birth_date',
      'kjonn',
      'address_protection',
    ])
    .where('id', '=', personId)
    .executeTakeFirst();
}
export type PersonRow = NonNullable<Awaited<ReturnType<typeof findPersonRow>>>;

/** A person in the tenant with this fødselsnummer, and whether the actor may see them. */
export async function findByFodselsnummer(
  trx: Transaction<DB>,
  actor: AccessActor,
  now: Date,
  fodselsnummer: string,
): Promise<{ id: string; visible: boolean } | undefined> {
  const row = await trx
    .selectFrom('person')
    .select('id')
    .where('fodselsnummer', '=', fodselsnummer)
    .executeTakeFirst();
  if (!row) return undefined;
  return { id: row.id, visible: (await findPersonCaseId(trx, actor, now, row.id)) !== undefined };
}

/** Whether a person is tied to nobody yet: no case of their own and no relation either way. */
export async function isUnattached(trx: Transaction<DB>, personId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('person')
    .select((eb) => [
      eb
        .exists(
          eb
            .selectFrom('sak')
            .select(sql`1`.as('one'))
            .whereRef('sak.child_person_id', '=', 'person.id'),
        )
        .as('has_case'),
      eb
        .exists(
          eb
            .selectFrom('person_relation as r')
            .select(sql`1`.as('one'))
            .where((e) =>
              e.or([
                e('r.person_id', '=', e.ref('person.id')),
                e('r.related_person_id', '=', e.ref('person.id')),
              ]),
            ),
        )
        .as('has_relation'),
    ])
    .where('person.id', '=', personId)
    .executeTakeFirst();
  return row !== undefined && !row.has_case && !row.has_relation;
}

/** Sets or replaces a person's address (one per person). */
export async function upsertAddress(
  trx: Transaction<DB>,
  tenantId: string,
  personId: string,
  address: PostalAddress,
): Promise<void> {
  const values = {
    street: address.street,
    postal_code: address.postalCode,
    postal_place: address.postalPlace,
    municipality: address.municipality,
  };
  await trx
    .insertInto('person_address')
    .values({ tenant_id: tenantId, person_id: personId, ...values })
    .onConflict((oc) => oc.column('person_id').doUpdateSet({ ...values, updated_at: sql`now()` }))
    .execute();
}

/** Whether an error is PostgreSQL's unique violation (23505), on either engine. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}
