import { checkTransition, mayDecideVedtak, osloDate, type CommandOf } from '@vern/domain';
import { listDelegations } from './delegations.queries.js';
import type { StaffAccess } from '../../platform/access/gateway.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { openCase } from '../cases/open-case.js';
import { loadSakState } from './case-process.queries.js';
import { openCaseForWrite, requireDelegation, takeStep, type StepResult } from './record-step.js';

export interface VedtakProposalView {
  id: string;
  status: 'proposed' | 'decided' | 'returned' | 'withdrawn';
  command: CommandOf<'decide-vedtak'>;
  begrunnelse: string;
  proposedBy: string;
  proposedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  returnReason: string | null;
  /** Whether the reader holds delegated authority to decide (or return) this proposal now. */
  mayDecide: boolean;
}

function invalid(errors: { field?: string; message: string; code: string }[]): AppError {
  return new AppError(
    ErrorCode.InvalidTransition,
    errors.map((e) => e.message).join(' '),
    errors.map((e) => ({ field: `command${e.field ? `.${e.field}` : ''}`, reason: e.message, code: e.code })),
  );
}

/**
 * Forslag til vedtak: a caseworker writes the decision and its grounds; it waits for someone with
 * delegated authority for the legal basis. It is checked against the case now, so a proposal that
 * could never be decided is refused at once.
 */
export async function proposeVedtak(
  access: StaffAccess,
  sakId: string,
  input: { command: CommandOf<'decide-vedtak'>; begrunnelse: string },
): Promise<{ id: string }> {
  const { row } = await openCaseForWrite(access, sakId);
  const state = await loadSakState(access.trx, sakId, { forUpdate: false });
  const verdict = checkTransition(state.history, input.command, osloDate(access.now));
  if (!verdict.ok) throw invalid(verdict.errors);
  const inserted = await access.trx
    .insertInto('vedtak_proposal')
    .values({
      tenant_id: access.actor.tenantId,
      sak_id: sakId,
      command: JSON.stringify(input.command),
      begrunnelse: input.begrunnelse,
      proposed_by: access.actor.staffUserId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await access.audit({
    action: 'create',
    objectType: 'vedtak_proposal',
    objectId: inserted.id,
    sakId,
    personId: row.childId,
    fields: ['command', 'begrunnelse'],
  });
  return { id: inserted.id };
}

export async function listVedtakProposals(access: StaffAccess, sakId: string): Promise<VedtakProposalView[]> {
  const { row, basis, breakGlassId } = await openCase(access, sakId, 'read');
  const rows = await access.trx
    .selectFrom('vedtak_proposal as p')
    .innerJoin('staff_user as by', 'by.id', 'p.proposed_by')
    .leftJoin('staff_user as dec', 'dec.id', 'p.decided_by')
    .select([
      'p.id',
      'p.status',
      'p.command',
      'p.begrunnelse',
      'by.display_name as proposedBy',
      'p.proposed_at as proposedAt',
      'dec.display_name as decidedBy',
      'p.decided_at as decidedAt',
      'p.return_reason as returnReason',
    ])
    .where('p.sak_id', '=', sakId)
    .orderBy('p.proposed_at', 'desc')
    .execute();
  await access.audit({
    action: 'read',
    objectType: 'vedtak_proposal',
    objectId: null,
    sakId,
    personId: row.childId,
    fields: ['command', 'begrunnelse'],
    emergency: basis === 'break_glass',
    breakGlassId,
  });
  const delegations = await listDelegations(access.trx, { activeOnly: true });
  return rows.map((r) => {
    const command = r.command as CommandOf<'decide-vedtak'>;
    const mayDecide =
      r.status === 'proposed' && mayDecideVedtak(access.actor, delegations, command.lovhjemmel);
    return { ...r, command, mayDecide };
  });
}

async function openProposal(access: StaffAccess, sakId: string, proposalId: string) {
  const p = await access.trx
    .selectFrom('vedtak_proposal')
    .select(['id', 'status', 'command', 'proposed_by as proposedBy'])
    .where('id', '=', proposalId)
    .where('sak_id', '=', sakId)
    .forUpdate()
    .executeTakeFirst();
  if (!p) throw AppError.notFound('The proposal');
  if (p.status !== 'proposed') {
    throw new AppError(ErrorCode.Conflict, `Forslaget er allerede behandlet (${p.status}).`, [
      { field: 'proposalId', reason: `is ${p.status}`, code: 'PROPOSAL_CLOSED' },
    ]);
  }
  return { ...p, command: p.command as CommandOf<'decide-vedtak'> };
}

/**
 * Decides a proposal: the vedtak is made as proposed, dated `dato` (default today), by the actor,
 * who must hold delegated authority for its legal basis (takeStep checks it).
 */
export async function decideVedtakProposal(
  access: StaffAccess,
  sakId: string,
  proposalId: string,
  input: { expectedVersion: number; dato?: string },
): Promise<StepResult> {
  const { row } = await openCaseForWrite(access, sakId);
  const proposal = await openProposal(access, sakId, proposalId);
  const command = { ...proposal.command, dato: input.dato ?? osloDate(access.now) };
  const result = await takeStep(
    access,
    sakId,
    { expectedVersion: input.expectedVersion, command },
    row.childId,
  );
  await access.trx
    .updateTable('vedtak_proposal')
    .set({
      status: 'decided',
      decided_by: access.actor.staffUserId,
      decided_at: access.now,
      event_seq: result.version,
    })
    .where('id', '=', proposalId)
    .execute();
  return result;
}

/**
 * Sends a proposal back to the caseworker with the reason (e.g. the grounds need more); the
 * proposer gets a 'proposal_returned' notification.
 */
export async function returnVedtakProposal(
  access: StaffAccess,
  sakId: string,
  proposalId: string,
  reason: string,
): Promise<void> {
  const { row } = await openCaseForWrite(access, sakId);
  const proposal = await openProposal(access, sakId, proposalId);
  // Only someone who could decide it may send it back.
  await requireDelegation(access, proposal.command);
  await access.trx
    .updateTable('vedtak_proposal')
    .set({
      status: 'returned',
      decided_by: access.actor.staffUserId,
      decided_at: access.now,
      return_reason: reason,
    })
    .where('id', '=', proposalId)
    .execute();
  // The proposer is told it came back (ids only: the reason is read on the case, through its check).
  if (proposal.proposedBy !== access.actor.staffUserId) {
    await access.trx
      .insertInto('notification')
      .values({
        tenant_id: access.actor.tenantId,
        recipient_id: proposal.proposedBy,
        kind: 'proposal_returned',
        sak_id: sakId,
        ref_id: proposalId,
      })
      .execute();
  }
  await access.audit({
    action: 'update',
    objectType: 'vedtak_proposal',
    objectId: proposalId,
    sakId,
    personId: row.childId,
    fields: ['status', 'return_reason'],
  });
}
