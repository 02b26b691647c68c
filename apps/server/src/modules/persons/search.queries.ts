import type { AccessActor } from '@vern/domain';
import { sql, type SqlBool, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { personVisibleTo } from './persons.queries.js';

/**
 * How alike a query word and a name word must be: pg_trgm's similarity of the two words. One wrong
 * or extra letter in a six-letter name scores 0.4-0.67 ("hamsen"/"hanssen" for hansen), a wrong
 * vowel in a three-letter one 0.33 ("ole" for ola, which should not match), so the bar is 0.35.
 */
export const TOKEN_SIMILARITY_THRESHOLD = 0.35;
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
 * Candidates for a folded query: persons whose name has, for every query word, a word equal to it
 * (1.0), starting with it (0.9) or like it (its trigram similarity). The dictionary of distinct
 * name words is small, so the fuzzy step is cheap; persons are then reached by exact word through
 * a b-tree. Score: the mean of each query word's best match.
 */
function candidates(tenantId: string, folded: string) {
  const words = [...new Set(folded.split(' ').filter(Boolean))];
  return sql<{ person_id: string; score: number }>`(
    WITH q AS (
      SELECT w, i FROM unnest(${words}::text[]) WITH ORDINALITY AS x(w, i)
    ), m AS (
      SELECT q.i, d.token,
             CASE WHEN d.token = q.w THEN 1.0
                  WHEN d.token LIKE q.w || '%' THEN 0.9
                  ELSE similarity(d.token, q.w) END AS s
        FROM q JOIN name_token d
          ON d.tenant_id = ${tenantId}
         AND (d.token = q.w OR d.token LIKE q.w || '%' OR d.token % q.w)
    ), hits AS (
      SELECT t.person_id, m.i, max(m.s) AS s
        FROM m JOIN person_name_token t ON t.tenant_id = ${tenantId} AND t.token = m.token
       GROUP BY t.person_id, m.i
    )
    SELECT person_id, avg(s)::float8 AS score FROM hits
     GROUP BY person_id HAVING count(*) = ${words.length}
  )`;
}

/** Persons within the actor's need-to-know whose name matches every query word, best first. */
export async function searchByName(
  trx: Transaction<DB>,
  actor: AccessActor,
  now: Date,
  folded: string,
): Promise<SearchHit[]> {
  // Local to this transaction: the operator % reads the threshold from the setting.
  await sql`SELECT set_config('pg_trgm.similarity_threshold', ${String(TOKEN_SIMILARITY_THRESHOLD)}, true)`.execute(
    trx,
  );
  return trx
    .selectFrom(candidates(actor.tenantId, folded).as('c'))
    .innerJoin('person', 'person.id', 'c.person_id')
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
      'c.score as score',
    ])
    .where(personVisibleTo(actor, now))
    .orderBy('c.score', 'desc')
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
