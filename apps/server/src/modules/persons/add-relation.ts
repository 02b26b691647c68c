import type { CreateRelation } from '@vern/domain';
import { AccessDenied, requireCapability, type StaffAccess } from '../../platform/access/gateway.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { relationView, type RelationView } from './list-relations.js';
import { openPerson } from './open-person.js';
import { auditContext } from './person-view.js';
import { findPersonCaseId, isUnattached } from './persons.queries.js';
import { listVisibleRelations } from './relations.queries.js';

/**
 * The related person of a new relation. By id: a person the actor may see, or one tied to nobody
 * yet (just registered); anyone else answers 404, so an id cannot be used to pull a stranger into
 * one's need-to-know. By fødselsnummer: knowing the whole number is the proof, as for a lookup.
 */
async function resolveRelated(access: StaffAccess, input: CreateRelation): Promise<string> {
  const { trx, actor, now } = access;
  if (input.relatedFodselsnummer !== undefined) {
    const row = await trx
      .selectFrom('person')
      .select('id')
      .where('fodselsnummer', '=', input.relatedFodselsnummer)
      .executeTakeFirst();
    if (!row) {
      throw new AppError(ErrorCode.ValidationFailed, 'No person has this fødselsnummer', [
        {
          field: 'body.relatedFodselsnummer',
          reason: 'no person with this number is registered; register the person first',
          code: 'NOT_REGISTERED',
        },
      ]);
    }
    return row.id;
  }
  const id = input.relatedPersonId ?? '';
  const visible = (await findPersonCaseId(trx, actor, now, id)) !== undefined;
  if (!visible && !(await isUnattached(trx, id))) {
    throw new AccessDenied(
      { action: 'update', objectType: 'person', objectId: null, personId: null },
      'The related person',
    );
  }
  return id;
}

/** Adds a relation to a person the actor may see; both persons get an audit row. */
export async function addRelation(
  access: StaffAccess,
  personId: string,
  input: CreateRelation,
): Promise<RelationView> {
  requireCapability(access.actor, 'person.register');
  const opened = await openPerson(access, personId, 'update');
  const relatedId = await resolveRelated(access, input);
  const { trx, actor, now } = access;
  if (relatedId === personId) {
    throw new AppError(ErrorCode.ValidationFailed, 'A person cannot be related to themselves', [
      { field: 'body.relatedPersonId', reason: 'is the person itself', code: 'SELF' },
    ]);
  }
  const duplicate = await trx
    .selectFrom('person_relation')
    .select('id')
    .where('person_id', '=', personId)
    .where('related_person_id', '=', relatedId)
    .where('kind', '=', input.kind)
    .where('end_date', 'is', null)
    .executeTakeFirst();
  if (duplicate) {
    throw new AppError(ErrorCode.Conflict, 'The relation is already registered', [
      { field: 'body.kind', reason: `relation ${duplicate.id} is already active`, code: 'RELATION_EXISTS' },
    ]);
  }
  const { id } = await trx
    .insertInto('person_relation')
    .values({
      tenant_id: actor.tenantId,
      person_id: personId,
      related_person_id: relatedId,
      kind: input.kind,
      parental_responsibility: input.parentalResponsibility,
      lives_with: input.livesWith,
      start_date: input.startDate,
      end_date: input.endDate,
      created_by: actor.staffUserId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const context = auditContext(opened);
  await access.audit(
    [personId, relatedId].map((p) => ({
      action: 'update',
      objectType: 'person',
      objectId: p,
      personId: p,
      fields: ['relations'],
      ...context,
    })),
  );
  // The new relation makes the related person visible through this person's case.
  const row = (await listVisibleRelations(trx, actor, now, personId)).find((r) => r.id === id);
  if (!row) throw new Error('addRelation: the new relation must be visible');
  return relationView(personId, row);
}
