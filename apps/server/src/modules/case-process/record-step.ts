import {
  applyCommand,
  formatHjemmel,
  mayDecideVedtak,
  osloDate,
  type CaseCommand,
  type CaseHistory,
} from '@vern/domain';
import type { StaffAccess } from '../../platform/access/gateway.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { openCaseForChange } from '../cases/open-case.js';
import { syncDeadlines } from '../worklists/sync-deadlines.js';
import { listDelegations } from './delegations.queries.js';
import {
  insertMeldingDetail,
  loadSakState,
  saveStep,
  type MeldingDetailInput,
} from './case-process.queries.js';

export interface StepResult {
  version: number;
  command: CaseCommand;
  history: CaseHistory;
}

/** Opens a case to take a step in it (the shared rule for changing a case). */
export function openCaseForWrite(access: StaffAccess, sakId: string) {
  return openCaseForChange(access, sakId, 'update');
}

/** Refuses a vedtak by someone without delegated authority for its legal basis. */
export async function requireDelegation(access: StaffAccess, command: CaseCommand): Promise<void> {
  if (command.type !== 'decide-vedtak') return;
  const delegations = await listDelegations(access.trx, { activeOnly: true });
  if (!mayDecideVedtak(access.actor, delegations, command.lovhjemmel)) {
    throw new AppError(
      ErrorCode.Forbidden,
      `Du har ikke delegert myndighet til å fatte vedtak etter ${formatHjemmel(command.lovhjemmel)}. Send et forslag til vedtak til en som har det.`,
      [{ field: 'command.lovhjemmel', reason: 'no delegated authority', code: 'NO_DELEGATION' }],
    );
  }
}

/**
 * Takes one step in a case: checks it against the case's history with the domain's state machine,
 * appends it to the step log and stores the new history, all in the gateway's transaction, with
 * one audit row. `expectedVersion` is the version the client saw; a change since answers 409.
 */
export async function takeStep(
  access: StaffAccess,
  sakId: string,
  input: { expectedVersion: number; command: CaseCommand; melding?: MeldingDetailInput },
  childId: string,
): Promise<StepResult> {
  const { command } = input;
  const state = await loadSakState(access.trx, sakId, { forUpdate: true });
  if (state.version !== input.expectedVersion) {
    throw new AppError(
      ErrorCode.Conflict,
      'Saken er endret siden du åpnet den. Last den inn på nytt og prøv igjen.',
      [
        {
          field: 'expectedVersion',
          reason: `the case is at version ${state.version}`,
          code: 'STALE_VERSION',
        },
      ],
    );
  }
  await requireDelegation(access, command);
  const needsDetail = command.type === 'receive-melding' || command.type === 'reopen-sak';
  if (needsDetail !== (input.melding !== undefined)) {
    throw new AppError(ErrorCode.ValidationFailed, 'The step is not valid', [
      {
        field: 'melding',
        reason: needsDetail ? 'is required for a new melding' : 'belongs only to a new melding',
      },
    ]);
  }
  const result = applyCommand(state.history, command, osloDate(access.now));
  if (!result.ok) {
    throw new AppError(
      ErrorCode.InvalidTransition,
      result.errors.map((e) => e.message).join(' '),
      result.errors.map((e) => ({
        field: `command${e.field ? `.${e.field}` : ''}`,
        reason: e.message,
        code: e.code,
      })),
    );
  }
  const version = state.version + 1;
  const actorId = access.actor.staffUserId;
  await saveStep(access.trx, {
    tenantId: access.actor.tenantId,
    sakId,
    seq: version,
    command,
    actorId,
    history: result.history,
  });
  if (input.melding) {
    await insertMeldingDetail(access.trx, access.actor.tenantId, sakId, actorId, input.melding);
  }
  await syncDeadlines(access.trx, sakId, osloDate(access.now));
  await access.audit({
    action: 'update',
    objectType: 'sak',
    objectId: sakId,
    sakId,
    personId: childId,
    fields: [`step.${command.type}`, ...(input.melding ? ['melding.content'] : [])],
  });
  return { version, command, history: result.history };
}

/** A step through the API: open the case for writing, then take the step. */
export async function recordStep(
  access: StaffAccess,
  sakId: string,
  input: { expectedVersion: number; command: CaseCommand; melding?: MeldingDetailInput },
): Promise<StepResult> {
  const { row } = await openCaseForWrite(access, sakId);
  return takeStep(access, sakId, input, row.childId);
}
