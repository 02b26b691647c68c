import type { StaffAccess } from '../../platform/access/gateway.js';
import { openPerson } from './open-person.js';
import { auditContext, readPersonView, type PersonView } from './person-view.js';

export type { PersonView } from './person-view.js';

/**
 * Reads a person the actor has need-to-know for: the child of a case the actor may see, or a
 * person related to such a child. The fødselsnummer is part of the view (a caseworker needs it for
 * letters and registry reports), and its read is audited by field name.
 */
export async function getPerson(access: StaffAccess, personId: string): Promise<PersonView> {
  const opened = await openPerson(access, personId, 'read');
  const { view, fields } = await readPersonView(access, personId);
  await access.audit({
    action: 'read',
    objectType: 'person',
    objectId: personId,
    personId,
    fields,
    ...auditContext(opened),
  });
  return view;
}
