import type { EndRelation } from '@vern/domain';
import { AccessDenied, requireCapability, type StaffAccess } from '../../platform/access/gateway.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { relationView, type RelationView } from './list-relations.js';
import { openPerson } from './open-person.js';
import { auditContext } from './person-view.js';
import { findRelation, listVisibleRelations } from './relations.queries.js';

/**
 * Ends a relation (a placement that ended, a guardian replaced). Relations are never deleted: the
 * ended one stays as history. Only a relation the actor can see from this person (both persons
 * within need-to-know) can be ended; anything else answers 404.
 */
export async function endRelation(
  access: StaffAccess,
  personId: string,
  relationId: string,
  input: EndRelation,
): Promise<RelationView> {
  requireCapability(access.actor, 'person.register');
  const opened = await openPerson(access, personId, 'update');
  const { trx, actor, now } = access;
  const relation = await findRelation(trx, relationId);
  const visible = relation
    ? (await listVisibleRelations(trx, actor, now, personId)).some((r) => r.id === relationId)
    : false;
  if (!relation || !visible) {
    throw new AccessDenied(
      { action: 'update', objectType: 'person', objectId: personId, personId, sakId: opened.sakId },
      'The relation',
    );
  }
  if (relation.end_date !== null) {
    throw new AppError(ErrorCode.Conflict, 'The relation has already ended', [
      { field: 'params.relationId', reason: `ended on ${relation.end_date}`, code: 'RELATION_ENDED' },
    ]);
  }
  if (relation.start_date !== null && input.endDate < relation.start_date) {
    throw new AppError(ErrorCode.ValidationFailed, 'The end date is before the start', [
      { field: 'body.endDate', reason: 'Sluttdatoen kan ikke være før startdatoen.', code: 'DATE_BEFORE' },
    ]);
  }
  await trx
    .updateTable('person_relation')
    .set({ end_date: input.endDate, ended_by: actor.staffUserId })
    .where('id', '=', relationId)
    .execute();
  const context = auditContext(opened);
  await access.audit(
    [relation.person_id, relation.related_person_id].map((p) => ({
      action: 'update',
      objectType: 'person',
      objectId: p,
      personId: p,
      fields: ['relations.end_date'],
      ...context,
    })),
  );
  const row = (await listVisibleRelations(trx, actor, now, personId)).find((r) => r.id === relationId);
  if (!row) throw new Error('endRelation: the relation must still be visible');
  return relationView(personId, row);
}
