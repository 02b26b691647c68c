import { decideCaseAccess, hasCapability, type AccessBasis, type Capability } from '@vern/domain';
import { AppError, ErrorCode } from '../../platform/errors.js';
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

/**
 * Opens a case for a change: the actor must see it (else 404, audited as denied), hold the
 * capability for the change, and be on it by their own right. Break-the-glass is self-granted
 * access for reading in an emergency; writing into a case one was not given is left to the case
 * team and its leaders, who can add the person as a co-worker at once. One rule for every change
 * of a case: steps, journal notes and documents, assignment.
 */
export async function openCaseForChange(
  access: StaffAccess,
  sakId: string,
  action: string,
  capability: Capability = 'case.write',
): Promise<OpenedCase> {
  const opened = await openCase(access, sakId, action);
  if (!hasCapability(access.actor.roles, capability)) {
    throw new AppError(ErrorCode.Forbidden, 'Your role does not allow this change');
  }
  if (opened.basis === 'break_glass') {
    throw new AppError(
      ErrorCode.Forbidden,
      'Nødtilgang gir bare lesetilgang. Be lederen om å bli lagt til i saken for å endre den.',
    );
  }
  return opened;
}
