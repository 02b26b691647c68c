import type { AccessBasis } from '@vern/domain';
import { AccessDenied, type StaffAccess } from '../../platform/access/gateway.js';
import { openCase } from '../cases/open-case.js';
import { findPersonCaseId, findPersonRow, type PersonRow } from './persons.queries.js';

export interface OpenedPerson {
  row: PersonRow;
  /** The case through which the actor has need-to-know for this person. */
  sakId: string;
  basis: AccessBasis;
  breakGlassId: string | null;
}

/**
 * Finds a person the actor has need-to-know for (the child of a case they may see, or a person
 * related to such a child), or throws AccessDenied: 404 like a missing person, audited as denied.
 * The decision on the case is openCase's, so a person reached through break-the-glass is audited
 * as an emergency, linked to the grant.
 */
export async function openPerson(
  access: StaffAccess,
  personId: string,
  action: string,
): Promise<OpenedPerson> {
  const denied = new AccessDenied(
    { action, objectType: 'person', objectId: null, personId: null },
    'The person',
  );
  const sakId = await findPersonCaseId(access.trx, access.actor, access.now, personId);
  if (!sakId) throw denied;
  const { basis, breakGlassId } = await openCase(access, sakId, action);
  const row = await findPersonRow(access.trx, personId);
  if (!row) throw denied;
  return { row, sakId, basis, breakGlassId };
}
