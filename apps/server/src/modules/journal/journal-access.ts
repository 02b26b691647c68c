import { osloDate, type ElementCollection } from '@vern/domain';
import type { StaffAccess } from '../../platform/access/gateway.js';
import type { JournalStepType } from '../../platform/db/schema.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { openCaseForChange, type OpenedCase } from '../cases/open-case.js';
import { loadSakState } from '../case-process/case-process.queries.js';
import type { StepLink } from './journal.queries.js';

/** Where each kind of step lives in sak.history (packages/domain CaseHistory). */
export const STEP_COLLECTIONS: Readonly<Record<JournalStepType, ElementCollection>> = {
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

/** Opens a case to add to its journal: the same rule as every other change of a case. */
export function openCaseForJournalWrite(access: StaffAccess, sakId: string): Promise<OpenedCase> {
  return openCaseForChange(access, sakId, 'create');
}

/** Refuses a step link to an element the case's history does not have (400 naming the field). */
export async function requireStepInCase(
  access: StaffAccess,
  sakId: string,
  step: StepLink | null,
  field: string,
): Promise<void> {
  if (!step) return;
  const { history } = await loadSakState(access.trx, sakId, { forUpdate: false });
  const found = history[STEP_COLLECTIONS[step.type]].some((e) => e.id === step.id);
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
