import { CreatePerson, osloDate } from '@vern/domain';
import { z } from 'zod';
import type { StaffAccess } from '../../platform/access/gateway.js';
import type { InboxChannel, MeldingChannel } from '../../platform/db/schema.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { openCaseForChange } from '../cases/open-case.js';
import { createCase } from '../case-process/create-case.js';
import { recordStep } from '../case-process/record-step.js';
import { parseStep, validationError } from '../case-process/step-input.js';
import { numberTaken, type PersonRules } from '../persons/identity-check.js';
import { registerPerson } from '../persons/register-person.js';
import { InboxContent, MAX_REPORT_TEXT } from './inbox-content.js';
import { listRegistrations, resolveItem } from './intake.queries.js';
import { openItem } from './read-inbox.js';

const uuid = () => z.uuid({ message: 'must be a UUID' });

export const RegisterBody = z.strictObject({
  children: z
    .array(
      z.strictObject({
        /** An existing person (from the suggestions), or a new one to register. */
        personId: uuid().optional(),
        newPerson: z.record(z.string(), z.unknown()).optional(),
        /** The child's case to add the melding to (reopened if closed); left out: a new case. */
        sakId: uuid().optional(),
        unitId: uuid().optional(),
        caseworkerId: uuid().nullable().optional(),
      }),
    )
    .min(1, 'must name at least one child')
    .max(20),
  /** Melder and saksinnhold codes, as the case step takes them. */
  melder: z.array(z.unknown()).default([]),
  saksinnhold: z.array(z.unknown()).default([]),
  /** The melding's words; required when the item could not be read (a quarantined one). */
  text: z.string().trim().min(1).max(MAX_REPORT_TEXT).optional(),
  needsImmediateFollowUp: z.boolean().optional(),
});
export type RegisterBody = z.infer<typeof RegisterBody>;

const MELDING_CHANNEL: Record<InboxChannel, MeldingChannel> = {
  fiks_io: 'fiks_io',
  digitalt_skjema: 'digitalt_skjema',
  telefon: 'telefon',
  brev: 'brev',
  'e-post': 'e-post',
  sms: 'sms',
  personlig_oppmote: 'personlig_oppmote',
  chat: 'chat',
  arkivsystem: 'annet',
  barnevernvakt: 'barnevernvakt',
  annet: 'annet',
};

/** An item already registered answers with what it became; one resolved otherwise is a conflict. */
function refuseResolved(status: string): never {
  throw new AppError(ErrorCode.Conflict, 'The inbox item has been dealt with already', [
    { field: 'status', reason: `is ${status}`, code: 'ALREADY_RESOLVED' },
  ]);
}

/**
 * Registers an inbox item as a melding on each child's case, through the case process: a new case
 * (createCase) or a step in the child's case (recordStep: receive-melding, or reopen-sak when it is
 * closed), with the item's receipt time, channel and words, so the review clock runs from when the
 * report arrived. A new person is registered first when the child is not known. All in one
 * transaction with the item's resolution: either every child's melding exists and the item is
 * registered, or nothing changed. A retry after success answers with the same registrations.
 */
export async function registerMelding(
  access: StaffAccess,
  itemId: string,
  body: RegisterBody,
  rules: PersonRules,
) {
  const item = await openItem(access, itemId, 'update', { forUpdate: true });
  if (item.status === 'registered')
    return { itemId, registrations: await listRegistrations(access.trx, itemId) };
  if (item.status !== 'new' && item.status !== 'quarantined') refuseResolved(item.status);
  const content = item.parsed === null ? null : InboxContent.parse(item.parsed);
  const text = body.text ?? (content?.text.trim() || null);
  if (text === null) {
    throw new AppError(ErrorCode.ValidationFailed, 'The melding needs its words', [
      { field: 'body.text', reason: 'is required: the item has no text that could be read' },
    ]);
  }
  const melder = content?.melder;
  const detail = {
    receivedAt: item.received_at,
    channel: MELDING_CHANNEL[item.channel],
    content: text,
    melderName: melder && !melder.anonymous && melder.name ? melder.name.slice(0, 200) : null,
    anonymous: melder?.anonymous ?? false,
    needsImmediateFollowUp: body.needsImmediateFollowUp ?? item.needs_immediate_follow_up,
  };
  const dato = osloDate(item.received_at);
  const sakIds = new Set<string>();
  for (const [i, child] of body.children.entries()) {
    const at = `body.children.${i}`;
    if ((child.personId === undefined) === (child.newPerson === undefined)) {
      throw new AppError(ErrorCode.ValidationFailed, 'Say who the child is', [
        { field: `${at}.personId`, reason: 'give either personId or newPerson' },
      ]);
    }
    let personId = child.personId;
    if (child.newPerson) {
      const parsed = CreatePerson.safeParse(child.newPerson);
      if (!parsed.success) throw validationError(parsed.error, `${at}.newPerson`);
      const made = await registerPerson(access, parsed.data, rules);
      if (made.kind === 'exists') throw numberTaken(made.existing, `${at}.newPerson.fodselsnummer`);
      personId = made.person.id;
    }
    if (!personId) throw new Error('unreachable');
    let sakId: string;
    let meldingId: string;
    if (child.sakId) {
      const sak = await access.trx
        .selectFrom('sak')
        .select(['child_person_id', 'status', 'version'])
        .where('id', '=', child.sakId)
        .executeTakeFirst();
      const type = sak?.status === 'closed' ? 'reopen-sak' : 'receive-melding';
      const command = parseStep({ type, dato, melder: body.melder, saksinnhold: body.saksinnhold });
      if (!('meldingId' in command)) throw new Error('unreachable');
      if (sak && sak.child_person_id !== personId) {
        // Checked after the gateway has said the actor may change the case (404 otherwise).
        await openCaseForChange(access, child.sakId, 'update');
        throw new AppError(ErrorCode.ValidationFailed, 'The case is not this child’s', [
          { field: `${at}.sakId`, reason: 'is the case of another child' },
        ]);
      }
      await recordStep(access, child.sakId, {
        expectedVersion: sak?.version ?? 0,
        command,
        melding: { ...detail, meldingId: command.meldingId },
      });
      sakId = child.sakId;
      meldingId = command.meldingId;
    } else {
      const created = await createCase(access, {
        childPersonId: personId,
        ...(child.unitId ? { unitId: child.unitId } : {}),
        ...(child.caseworkerId !== undefined ? { caseworkerId: child.caseworkerId } : {}),
        melding: detail,
        melder: body.melder as never,
        saksinnhold: body.saksinnhold as never,
      });
      sakId = created.sakId;
      if (!('meldingId' in created.command)) throw new Error('unreachable');
      meldingId = created.command.meldingId;
    }
    if (sakIds.has(sakId)) {
      throw new AppError(ErrorCode.ValidationFailed, 'A case is named twice', [
        { field: `${at}.sakId`, reason: 'the melding is registered once per case' },
      ]);
    }
    sakIds.add(sakId);
    await access.trx
      .insertInto('inbox_registration')
      .values({
        tenant_id: access.actor.tenantId,
        item_id: itemId,
        sak_id: sakId,
        melding_id: meldingId,
        person_id: personId,
        kind: child.sakId ? 'existing_case' : 'new_case',
        created_by: access.actor.staffUserId,
      })
      .execute();
    await access.audit({
      action: 'update',
      objectType: 'inbox_item',
      objectId: itemId,
      sakId,
      personId,
      fields: ['status', 'registration'],
    });
  }
  await resolveItem(access.trx, itemId, {
    status: 'registered',
    by: access.actor.staffUserId,
    at: access.now,
  });
  return { itemId, registrations: await listRegistrations(access.trx, itemId) };
}

export const LinkBody = z.strictObject({ sakId: uuid(), meldingId: z.string().min(1).max(50) });

/**
 * Records that an item is the same report as a melding already registered (the letter after the
 * phone call, a report sent twice): nothing is added to the case; the item points to the melding.
 */
export async function linkItem(access: StaffAccess, itemId: string, body: z.infer<typeof LinkBody>) {
  const item = await openItem(access, itemId, 'update', { forUpdate: true });
  if (item.status !== 'new' && item.status !== 'quarantined') {
    const same = await access.trx
      .selectFrom('inbox_registration')
      .select('sak_id')
      .where('item_id', '=', itemId)
      .where('kind', '=', 'linked')
      .where('sak_id', '=', body.sakId)
      .where('melding_id', '=', body.meldingId)
      .executeTakeFirst();
    if (same) return { itemId, registrations: await listRegistrations(access.trx, itemId) };
    refuseResolved(item.status);
  }
  const { row } = await openCaseForChange(access, body.sakId, 'update');
  const melding = await access.trx
    .selectFrom('melding_detail')
    .select('melding_id')
    .where('sak_id', '=', body.sakId)
    .where('melding_id', '=', body.meldingId)
    .executeTakeFirst();
  if (!melding) {
    throw new AppError(ErrorCode.ValidationFailed, 'The melding was not found in the case', [
      { field: 'body.meldingId', reason: 'is no melding of this case' },
    ]);
  }
  await access.trx
    .insertInto('inbox_registration')
    .values({
      tenant_id: access.actor.tenantId,
      item_id: itemId,
      sak_id: body.sakId,
      melding_id: body.meldingId,
      person_id: row.childId,
      kind: 'linked',
      created_by: access.actor.staffUserId,
    })
    .execute();
  await resolveItem(access.trx, itemId, { status: 'linked', by: access.actor.staffUserId, at: access.now });
  await access.audit({
    action: 'update',
    objectType: 'inbox_item',
    objectId: itemId,
    sakId: body.sakId,
    personId: row.childId,
    fields: ['status', 'link'],
  });
  return { itemId, registrations: await listRegistrations(access.trx, itemId) };
}

export const NotMeldingBody = z.strictObject({
  reason: z.string().trim().min(1, 'must say why this is not a melding').max(2000),
});

/** Records that an item is not a melding, with the reason (kept, never audited as text). */
export async function recordNotMelding(access: StaffAccess, itemId: string, reason: string) {
  const item = await openItem(access, itemId, 'update', { forUpdate: true });
  if (item.status === 'not_melding' && item.not_melding_reason === reason) return { itemId };
  if (item.status !== 'new' && item.status !== 'quarantined') refuseResolved(item.status);
  await resolveItem(access.trx, itemId, {
    status: 'not_melding',
    by: access.actor.staffUserId,
    at: access.now,
    reason,
  });
  await access.audit({
    action: 'update',
    objectType: 'inbox_item',
    objectId: itemId,
    fields: ['status', 'not_melding_reason'],
  });
  return { itemId };
}
