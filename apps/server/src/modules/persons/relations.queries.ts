import type { AccessActor, RelationKind } from '@vern/domain';
import { sql, type SqlBool, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { personVisibleTo } from './persons.queries.js';

export interface RelationRow {
  id: string;
  person_id: string;
  related_person_id: string;
  kind: RelationKind;
  parental_responsibility: boolean;
  lives_with: boolean;
  start_date: string | null;
  end_date: string | null;
  other_id: string;
  other_given_name: string;
  other_family_name: string;
  other_birth_date: string | null;
}

/**
 * The relations of a person, both ways, where the other person is also within the actor's
 * need-to-know: a parent the actor may see does not reveal the parent's other children.
 */
export async function listVisibleRelations(
  trx: Transaction<DB>,
  actor: AccessActor,
  now: Date,
  personId: string,
): Promise<RelationRow[]> {
  return trx
    .selectFrom('person_relation as r')
    .innerJoin('person', (join) =>
      join.on(
        sql<SqlBool>`person.id = CASE WHEN r.person_id = ${personId} THEN r.related_person_id ELSE r.person_id END`,
      ),
    )
    .select([
      'r.id',
      'r.person_id',
      'r.related_person_id',
      'r.kind',
      'r.parental_responsibility',
      'r.lives_with',
      'r.start_date',
      'r.end_date',
      'person.id as other_id',
      'person.given_name as other_given_name',
      'person.family_name as other_family_name',
      'person.birth_date as other_birth_date',
    ])
    .where((eb) => eb.or([eb('r.person_id', '=', personId), eb('r.related_person_id', '=', personId)]))
    .where((eb) => personVisibleTo(actor, now)(eb as never))
    .orderBy(sql`r.end_date IS NOT NULL`)
    .orderBy('r.kind')
    .orderBy('r.created_at')
    .execute();
}

export async function findRelation(trx: Transaction<DB>, relationId: string) {
  return trx
    .selectFrom('person_relation')
    .select(['id', 'person_id', 'related_person_id', 'start_date', 'end_date'])
    .where('id', '=', relationId)
    .executeTakeFirst();
}
