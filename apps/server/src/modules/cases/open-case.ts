import { decideCaseAccess, type AccessBasis } from '@vern/domain';
import { AccessDenied, type StaffAccess } from '../../platform/access/gateway.js';
import { activeGrantId, findCaseWithFacts, type CaseRow } from './cases.queries.js';

export interface OpenedCase {
  row: CaseRow;
  basis: AccessBasis;
  breakGlassId: string | null;
}

/**
 * Finds a case the actor may see, or throws AccessDenied (404, audited as denied). Every use case
 * that touches one case starts here; the decision is the pure rule of packages/domain.
 */
export async function openCase(access: StaffAccess, sakId: string, action: string): Promise<OpenedCase> {
  const found = await findCaseWithFacts(access.trx, access.actor.tenantId, sakId);
  const denied = new AccessDenied(
    { action, objectType: 'sak', objectId: found ? sakId : null, sakId: found ? sakId : null },
    'The case',
  );
  if (!found) throw denied;
  const { row, facts } = found;
  const decision = decideCaseAccess(access.actor, facts, access.now.getTime());
  if (!decision.allowed) throw denied;
  const breakGlassId =
    decision.basis === 'break_glass'
      ? await activeGrantId(access.trx, sakId, access.actor.staffUserId, access.now)
      : null;
  return { row, basis: decision.basis, breakGlassId };
}
