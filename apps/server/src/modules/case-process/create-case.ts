import { hasCapability, osloDate, type Melder, type Saksinnhold } from '@vern/domain';
import { requireCapability, type StaffAccess } from '../../platform/access/gateway.js';
import { caseVisibleTo } from '../../platform/access/case-visibility.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import type { MeldingDetailInput } from './case-process.queries.js';
import { takeStep, type StepResult } from './record-step.js';
import { parseStep } from './step-input.js';

export interface CreateCaseInput {
  childPersonId: string;
  /** Defaults to the actor's unit. */
  unitId?: string;
  /** Defaults to the actor for a caseworker; null leaves the case with intake (unassigned). */
  caseworkerId?: string | null;
  melding: Omit<MeldingDetailInput, 'meldingId'>;
  melder: Melder[];
  saksinnhold: Saksinnhold[];
}

/**
 * Opens a child's case with its first melding. A child has one case per service: when there is
 * one already, the melding belongs in it (reopened if closed), and this answers 409.
 */
export async function createCase(
  access: StaffAccess,
  input: CreateCaseInput,
): Promise<StepResult & { sakId: string; journalnummer: string }> {
  requireCapability(access.actor, 'case.create');
  const { trx, actor } = access;
  const child = await trx
    .selectFrom('person')
    .select(['id'])
    .where('id', '=', input.childPersonId)
    .executeTakeFirst();
  if (!child) {
    throw new AppError(ErrorCode.ValidationFailed, 'The child was not found', [
      { field: 'childPersonId', reason: 'no such person in this service' },
    ]);
  }
  const existing = await trx
    .selectFrom('sak')
    .select(['id'])
    .where('child_person_id', '=', child.id)
    .executeTakeFirst();
  if (existing) {
    const visible = await trx
      .selectFrom('sak')
      .select('id')
      .where('id', '=', existing.id)
      .where(caseVisibleTo(actor, access.now))
      .executeTakeFirst();
    throw new AppError(
      ErrorCode.Conflict,
      'Barnet har allerede en sak. Registrer meldingen i den (en avsluttet sak gjenåpnes av meldingen).',
      [
        {
          field: 'childPersonId',
          reason: visible ? `has case ${existing.id}` : 'has a case',
          code: 'CASE_EXISTS',
        },
      ],
    );
  }
  const unitId = input.unitId ?? actor.unitId;
  if (!unitId) {
    throw new AppError(ErrorCode.ValidationFailed, 'The case needs a unit', [
      { field: 'unitId', reason: 'is required when you belong to no unit' },
    ]);
  }
  const unit = await trx.selectFrom('unit').select('id').where('id', '=', unitId).executeTakeFirst();
  if (!unit) {
    throw new AppError(ErrorCode.ValidationFailed, 'The unit was not found', [
      { field: 'unitId', reason: 'no such unit in this service' },
    ]);
  }
  const ownCase = hasCapability(actor.roles, 'case.read.team') && !actor.roles.includes('mottak');
  const caseworkerId =
    input.caseworkerId === undefined ? (ownCase ? actor.staffUserId : null) : input.caseworkerId;
  if (caseworkerId !== null) {
    const worker = await trx
      .selectFrom('staff_user')
      .select('id')
      .where('id', '=', caseworkerId)
      .where('active', '=', true)
      .executeTakeFirst();
    if (!worker) {
      throw new AppError(ErrorCode.ValidationFailed, 'The caseworker was not found', [
        { field: 'caseworkerId', reason: 'no active staff member with this id in this service' },
      ]);
    }
  }
  const dato = osloDate(input.melding.receivedAt);
  const command = parseStep({
    type: 'receive-melding',
    dato,
    melder: input.melder,
    saksinnhold: input.saksinnhold,
  });
  if (command.type !== 'receive-melding') throw new Error('unreachable');
  const sak = await trx
    .insertInto('sak')
    .values({
      tenant_id: actor.tenantId,
      child_person_id: child.id,
      unit_id: unitId,
      caseworker_id: caseworkerId,
      start_date: dato,
    })
    .returning(['id', 'journalnummer'])
    .executeTakeFirstOrThrow();
  await access.audit({
    action: 'create',
    objectType: 'sak',
    objectId: sak.id,
    sakId: sak.id,
    personId: child.id,
  });
  const result = await takeStep(
    access,
    sak.id,
    { expectedVersion: 0, command, melding: { ...input.melding, meldingId: command.meldingId } },
    child.id,
  );
  return { ...result, sakId: sak.id, journalnummer: sak.journalnummer };
}
