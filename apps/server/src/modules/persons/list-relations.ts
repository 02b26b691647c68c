import type { RelationKind } from '@vern/domain';
import type { StaffAccess } from '../../platform/access/gateway.js';
import { openPerson } from './open-person.js';
import { auditContext } from './person-view.js';
import { listVisibleRelations, type RelationRow } from './relations.queries.js';

export interface RelationView {
  id: string;
  /**
   * `outgoing`: the other person is `kind` to this person (this child's mor). `incoming`: this
   * person is `kind` to the other (this person is the other's mor).
   */
  direction: 'outgoing' | 'incoming';
  kind: RelationKind;
  other: { id: string; givenName: string; familyName: string; birthDate: string | null };
  parentalResponsibility: boolean;
  livesWith: boolean;
  startDate: string | null;
  endDate: string | null;
}

export function relationView(personId: string, r: RelationRow): RelationView {
  return {
    id: r.id,
    direction: r.person_id === personId ? 'outgoing' : 'incoming',
    kind: r.kind,
    other: {
      id: r.other_id,
      givenName: r.other_given_name,
      familyName: r.other_family_name,
      birthDate: r.other_birth_date,
    },
    parentalResponsibility: r.parental_responsibility,
    livesWith: r.lives_with,
    startDate: r.start_date,
    endDate: r.end_date,
  };
}

/**
 * A person's relations, ended ones included (as history), listing only other persons within the
 * actor's need-to-know. One audit row for the person and one for each other person shown.
 */
export async function listRelations(access: StaffAccess, personId: string): Promise<RelationView[]> {
  const opened = await openPerson(access, personId, 'read');
  const rows = await listVisibleRelations(access.trx, access.actor, access.now, personId);
  const context = auditContext(opened);
  const others = [...new Set(rows.map((r) => r.other_id))];
  await access.audit([
    { action: 'read', objectType: 'person', objectId: personId, personId, fields: ['relations'], ...context },
    ...others.map((id) => ({
      action: 'read',
      objectType: 'person',
      objectId: id,
      personId: id,
      fields: ['name', 'birth_date', 'relations'],
      ...context,
    })),
  ]);
  return rows.map((r) => relationView(personId, r));
}
