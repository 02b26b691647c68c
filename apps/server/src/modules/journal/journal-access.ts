import { hasCapability, osloDate } from '@vern/domain';
import type { StaffAccess } from '../../platform/access/gateway.js';
import type { JournalStepType } from '../../platform/db/schema.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { openCase, type OpenedCase } from '../cases/open-case.js';
import { readCaseHistory, type StepLink } from './journal.queries.js';

/** Where each kind of step lives in sak.history (packages/domain CaseHistory). */
export const STEP_COLLECTIONS: Readonly<Record<JournalStepType, string>> = {
  Melding: 'meldinger',
  Undersokelse: 'undersokelser',
  Vedtak: 'vedtak',
  Tiltak: 'tiltak',
  Plan: 'planer',
  Ettervern: 'ettervern',
  OversendelseFylkesnemnd: 'oversendelserFylkesnemnd',
  Flytting: 'flyttinger',
};
export const STEP_TYPES = Object.keys(STEP_COLLECTIONS) as [JournalStepType, ...JournalStepType[]];

/**
 * Opens a case to add to its journal: the actor must be able to open it (else 404, audited as
 * denied) and be on it by their own right. Break-the-glass is self-granted access for reading in
 * an emergency; writing into the record of a case one was not given is left to the case team and
 * its leaders, who can add the person as a co-worker at once. This is the same rule as the steps of
 * the case process, so a user meets one rule for changing a case.
 */
export async function openCaseForJournalWrite(access: StaffAccess, sakId: string): Promise<OpenedCase> {
  const opened = await openCase(access, sakId, 'create');
  if (!hasCapability(access.actor.roles, 'case.write')) {
    throw new AppError(ErrorCode.Forbidden, 'Your role does not allow writing in cases');
  }
  if (opened.basis === 'break_glass') {
    throw new AppError(
      ErrorCode.Forbidden,
      'Emergency access (break-the-glass) is for reading; ask a leader to add you to the case to write in it',
    );
  }
  return opened;
}

/** Refuses a step link to an element the case's history does not have (400 naming the field). */
export async function requireStepInCase(
  access: StaffAccess,
  sakId: string,
  step: StepLink | null,
  field: string,
): Promise<void> {
  if (!step) return;
  const history = await readCaseHistory(access.trx, sakId);
  const collection =
    history && typeof history === 'object'
      ? (history as Record<string, unknown>)[STEP_COLLECTIONS[step.type]]
      : undefined;
  const found =
    Array.isArray(collection) &&
    collection.some((e) => typeof e === 'object' && e !== null && (e as { id?: unknown }).id === step.id);
  if (!found) {
    throw new AppError(ErrorCode.ValidationFailed, 'The step is not in this case', [
      { field: `${field}.stepId`, reason: `is not a ${step.type} of this case` },
    ]);
  }
}

/** Refuses a date after today in Norway: a note or document cannot be about a day to come. */
export function requireNotFuture(access: StaffAccess, date: string, field: string): void {
  if (date > osloDate(access.now)) {
    throw new AppError(ErrorCode.ValidationFailed, 'The date is in the future', [
      { field, reason: 'must not be after today' },
    ]);
  }
}
