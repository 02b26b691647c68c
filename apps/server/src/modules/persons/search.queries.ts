import type { AccessActor } from '@vern/domain';
import { sql, type SqlBool, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { personVisibleTo } from './persons.queries.js';

/**
 * How alike a folded query and a folded name must be: pg_trgm's word_similarity, the best match of
 * the query's trigrams within the name. One wrong letter inside a six-letter name scores 0.4
 * ("Hamsen" for Hansen), a missing one 0.44 ("Hasen"), so the bar sits just below 0.4; ranking
 * puts the close matches first.
 */
export const WORD_SIMILARITY_THRESHOLD = 0.38;
export const SEARCH_LIMIT = 20;

export interface SearchHit {
  id: string;
  given_name: string;
  family_name: string;
  birth_date: string | null;
  has_case: SqlBool;
  score: number;
}

const hitColumns = ['person.id', 'person.given_name', 'person.family_name', 'person.birth_date'] as const;

/**
 * Persons within the actor's need-to-know whose folded name is like the folded query, best first.
 * The trigram index finds the candidates; need-to-know filters them in the same statement.
 */
export async function searchByName(
  trx: Transaction<DB>,
  actor: AccessActor,
  now: Date,
  folded: string,
): Promise<SearchHit[]> {
  // Local to this transaction: the operator <% reads the threshold from the setting.
  await sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true)`.execute(
    trx,
  );
  return trx
    .selectFrom('person')
    .select([
      ...hitColumns,
      (eb) =>
        eb
          .exists(
            eb
              .selectFrom('sak')
              .select(sql`1`.as('one'))
              .whereRef('sak.child_person_id', '=', 'person.id'),
          )
          .as('has_case'),
      sql<number>`word_similarity(${folded}, person.search_name)`.as('score'),
    ])
    .where(sql<SqlBool>`${folded} <% person.search_name`)
    .where(personVisibleTo(actor, now))
    .orderBy('score', 'desc')
    .orderBy(sql`similarity(${folded}, person.search_name)`, 'desc')
    .orderBy('person.family_name')
    .orderBy('person.given_name')
    .orderBy('person.id')
    .limit(SEARCH_LIMIT)
    .execute();
}

/** Exact lookup by fødselsnummer or DUF-nummer, within the actor's need-to-know. */
export async function searchByNumber(
  trx: Transaction<DB>,
  actor: AccessActor,
  now: Date,
  column: 'fodselsnummer' | 'duf_nummer',
  value: string,
): Promise<SearchHit[]> {
  return trx
    .selectFrom('person')
    .select([
      ...hitColumns,
      (eb) =>
        eb
          .exists(
            eb
              .selectFrom('sak')
              .select(sql`1`.as('one'))
              .whereRef('sak.child_person_id', '=', 'person.id'),
          )
          .as('has_case'),
      sql<number>`1`.as('score'),
    ])
    .where(`person.${column}`, '=', value)
    .where(personVisibleTo(actor, now))
    .limit(SEARCH_LIMIT)
    .execute();
}

/**
 * The minimal hit of an exact fødselsnummer lookup across the whole service, for intake: no
 * need-to-know filter, so it returns only id, name, birth date and whether a case exists.
 */
export async function lookupByFodselsnummer(trx: Transaction<DB>, fodselsnummer: string) {
  return trx
    .selectFrom('person')
    .select([
      ...hitColumns,
      (eb) =>
        eb
          .exists(
            eb
              .selectFrom('sak')
              .select(sql`1`.as('one'))
              .whereRef('sak.child_person_id', '=', 'person.id'),
          )
          .as('has_case'),
    ])
    .where('person.fodselsnummer', '=', fodselsnummer)
    .executeTakeFirst();
}
