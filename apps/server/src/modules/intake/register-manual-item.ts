import { z } from 'zod';
import { requireCapability, type StaffAccess } from '../../platform/access/gateway.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { MAX_REPORT_TEXT, type InboxContent } from './inbox-content.js';
import { findByKey, insertItem, sha256 } from './intake.queries.js';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

/** The channels staff register by hand (Fiks and the form come by their own paths). */
export const MANUAL_CHANNELS = [
  'telefon',
  'brev',
  'e-post',
  'sms',
  'personlig_oppmote',
  'chat',
  'arkivsystem',
  'barnevernvakt',
  'annet',
] as const;

export const ManualItemBody = z.strictObject({
  /** A UUID the client makes once per registration and repeats on every retry of it. */
  clientKey: z.uuid({ message: 'must be a UUID the client keeps for retries' }),
  channel: z.enum(MANUAL_CHANNELS),
  /** When the call came, the letter arrived, the person walked in: the legal clock starts here. */
  receivedAt: z.coerce.date({ message: 'must be a date and time (ISO 8601)' }),
  text: text(MAX_REPORT_TEXT),
  melder: z
    .strictObject({
      name: text(200).nullable().default(null),
      anonymous: z.boolean().default(false),
      role: text(200).nullable().default(null),
      organisation: text(200).nullable().default(null),
      phone: text(40).nullable().default(null),
      email: text(200).nullable().default(null),
    })
    .default({ name: null, anonymous: false, role: null, organisation: null, phone: null, email: null }),
  children: z
    .array(
      z.strictObject({
        name: text(200),
        fodselsnummer: z
          .string()
          .max(40)
          .transform((v) => v.replace(/\s+/g, ''))
          .nullable()
          .default(null),
        birthDate: z.iso.date({ message: 'must be a date (YYYY-MM-DD)' }).nullable().default(null),
        address: z
          .strictObject({
            street: text(200),
            postalCode: z
              .string()
              .regex(/^\d{4}$/, 'must be four digits')
              .nullable()
              .default(null),
            postalPlace: text(100).nullable().default(null),
          })
          .nullable()
          .default(null),
      }),
    )
    .max(20)
    .default([]),
  needsImmediateFollowUp: z.boolean().default(false),
});
export type ManualItemBody = z.infer<typeof ManualItemBody>;

/**
 * Registers what came by phone, letter, e-mail, SMS, in person, by chat or from the archive system
 * as an inbox item, kept as the staff member wrote it down. The client's key makes a retry safe: the
 * same key with the same content answers with the item already made (created: false), the same key
 * with other content is refused (409), so a repeated click never makes a second item. One audit row.
 */
export async function registerManualItem(
  access: StaffAccess,
  body: ManualItemBody,
): Promise<{ id: string; created: boolean }> {
  requireCapability(access.actor, 'intake.inbox');
  const { trx, actor, now } = access;
  if (body.receivedAt.getTime() > now.getTime() + 5 * 60_000) {
    throw new AppError(ErrorCode.ValidationFailed, 'The receipt time is in the future', [
      { field: 'body.receivedAt', reason: 'must not be in the future' },
    ]);
  }
  if (body.melder.anonymous && body.melder.name !== null) {
    throw new AppError(ErrorCode.ValidationFailed, 'An anonymous reporter has no name', [
      { field: 'body.melder.name', reason: 'must be left out when the reporter is anonymous' },
    ]);
  }
  const raw = Buffer.from(JSON.stringify(body), 'utf8');
  const digest = sha256(raw);
  const sameOrConflict = async (seen: { id: string; requestSha256: string }) => {
    if (seen.requestSha256 !== digest) {
      throw new AppError(ErrorCode.Conflict, 'This key was used for another registration', [
        { field: 'body.clientKey', reason: 'was used before with other content', code: 'KEY_REUSED' },
      ]);
    }
    await access.audit({
      action: 'create',
      objectType: 'inbox_item',
      objectId: seen.id,
      fields: ['duplicate'],
    });
    return { id: seen.id, created: false };
  };
  const seen = await findByKey(trx, 'manual', body.clientKey);
  if (seen) return sameOrConflict(seen);
  const content: InboxContent = {
    kind: 'manual',
    text: body.text,
    children: body.children.map((c) => ({
      name: c.name,
      fodselsnummer: c.fodselsnummer || null,
      birthDate: c.birthDate,
      unborn: false,
      estimatedAge: null,
      relation: null,
      address: c.address
        ? { street: c.address.street, postalCode: c.address.postalCode, postalPlace: c.address.postalPlace }
        : null,
    })),
    melder: { ...body.melder, organisationNumber: null },
    kommunenummer: null,
    bydelsnummer: null,
    sentAt: null,
  };
  const id = await insertItem(trx, {
    tenantId: actor.tenantId,
    channel: body.channel,
    source: 'manual',
    idempotencyKey: body.clientKey,
    requestSha256: digest,
    messageType: 'vern.manuell.v1',
    receivedAt: body.receivedAt,
    recordedBy: actor.staffUserId,
    raw,
    rawMediaType: 'application/json',
    content,
    problems: null,
    needsImmediateFollowUp: body.needsImmediateFollowUp,
  });
  if (!id) {
    const other = await findByKey(trx, 'manual', body.clientKey);
    if (!other) throw new Error('the inbox key was taken but no item has it');
    return sameOrConflict(other);
  }
  await access.audit({ action: 'create', objectType: 'inbox_item', objectId: id, fields: ['raw_content'] });
  return { id, created: true };
}
