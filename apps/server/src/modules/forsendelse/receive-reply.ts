import { createHash } from 'node:crypto';
import { z } from 'zod';
import { recordAudit, SYSTEM_ACTOR } from '../../platform/audit/audit.js';
import type { Database } from '../../platform/db/database.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { cleanFilename } from '../journal/filename.js';
import type { InboxContent } from '../intake/inbox-content.js';
import { addAttachment, findByKey, insertItem } from '../intake/intake.queries.js';
import { notifySender } from './forsendelse.queries.js';

/**
 * A reply to a letter Vern sent, as the channel hands it over (SvarInn / a digital mailbox's
 * reply): its own message id, the thread (our forsendelse id, SvarUt's eksternReferanse, which the
 * recipient's reply carries back), who sent it, when, its words and its files.
 */
export const IncomingReply = z.strictObject({
  messageId: z
    .string()
    .regex(/^[A-Za-z0-9._:-]{1,200}$/, { message: 'must be 1–200 letters, digits or ._:-' }),
  inReplyTo: z.uuid({ message: 'must be the UUID of the forsendelse answered' }),
  receivedAt: z.coerce.date({ message: 'must be a time' }),
  sender: z.strictObject({
    name: z.string().trim().min(1).max(300),
    organisationNumber: z
      .string()
      .regex(/^\d{9}$/)
      .nullable(),
  }),
  title: z.string().trim().min(1).max(300),
  text: z.string().max(100_000),
  attachments: z
    .array(z.strictObject({ filename: z.string().min(1).max(255), bytes: z.instanceof(Buffer) }))
    .max(20),
});
export type IncomingReply = z.infer<typeof IncomingReply>;

export interface ReplyReceipt {
  itemId: string;
  /** The same message id came before: nothing was stored now. */
  duplicate: boolean;
  /** The case the reply was linked to through its thread; null when the thread is unknown. */
  sakId: string | null;
}

/**
 * Takes a reply into the intake inbox, linked to the case of the letter it answers: one inbox item
 * kept as it came (channel fiks_io, idempotent on the message id), its files in the document store,
 * and a notification to the letter's sender, all in one transaction, so a reply is stored and
 * announced or not at all. A reply whose thread names no forsendelse of this service still lands in
 * the inbox (nothing that arrives is refused), unlinked, for a person to place. One audit row
 * (system actor, ids only).
 */
export async function receiveReply(
  database: Database,
  tenantId: string,
  input: IncomingReply,
): Promise<ReplyReceipt> {
  // The transport hands over what it received: checked here, field by field, before anything is kept.
  const parsed = IncomingReply.safeParse(input);
  if (!parsed.success) {
    throw new AppError(
      ErrorCode.ValidationFailed,
      'The reply is not complete',
      parsed.error.issues.map((i) => ({ field: `reply.${i.path.join('.')}`, reason: i.message })),
    );
  }
  const reply = parsed.data;
  const raw = Buffer.from(
    JSON.stringify({ ...reply, attachments: reply.attachments.map((a) => a.filename) }),
  );
  const requestSha256 = createHash('sha256').update(raw).digest('hex');
  return database.withTenant(tenantId, async (trx) => {
    const seen = await findByKey(trx, 'fiks_io', reply.messageId);
    if (seen) {
      const row = await trx
        .selectFrom('inbox_item')
        .select('reply_sak_id')
        .where('id', '=', seen.id)
        .executeTakeFirstOrThrow();
      return { itemId: seen.id, duplicate: true, sakId: row.reply_sak_id };
    }
    const thread = await trx
      .selectFrom('forsendelse')
      .select(['id', 'sak_id', 'title'])
      .where('id', '=', reply.inReplyTo)
      .executeTakeFirst();
    const content: InboxContent = {
      kind: 'svar',
      text: reply.text,
      children: [],
      melder: {
        name: reply.sender.name,
        anonymous: false,
        role: null,
        organisation: reply.sender.organisationNumber ? reply.sender.name : null,
        organisationNumber: reply.sender.organisationNumber,
        phone: null,
        email: null,
      },
      kommunenummer: null,
      bydelsnummer: null,
      sentAt: null,
    };
    const itemId = await insertItem(trx, {
      tenantId,
      channel: 'fiks_io',
      source: 'fiks_io',
      idempotencyKey: reply.messageId,
      requestSha256,
      messageType: 'no.vern.svar-pa-forsendelse',
      receivedAt: reply.receivedAt,
      recordedBy: null,
      raw,
      rawMediaType: 'application/json',
      content,
      problems: null,
      transport: thread ? { svarPaa: thread.id } : { svarPaaUkjent: reply.inReplyTo },
      ...(thread ? { replyTo: { forsendelseId: thread.id, sakId: thread.sak_id } } : {}),
    });
    if (!itemId) throw new Error('the inbox key was taken inside this transaction');
    for (const a of reply.attachments) {
      const isPdf = a.bytes.subarray(0, 5).toString('latin1') === '%PDF-';
      await addAttachment(trx, {
        tenantId,
        itemId,
        filename: cleanFilename(a.filename) ?? 'vedlegg',
        mediaType: isPdf ? 'application/pdf' : 'application/octet-stream',
        bytes: a.bytes,
        problem: isPdf ? null : 'is not a PDF',
        addedBy: null,
      });
    }
    if (thread) await notifySender(trx, tenantId, thread.id, 'forsendelse_reply');
    await recordAudit(trx, SYSTEM_ACTOR(tenantId), {
      action: 'receive',
      objectType: 'inbox_item',
      objectId: itemId,
      fields: [
        'raw_content',
        'reply_to_forsendelse_id',
        ...(reply.attachments.length ? ['attachments'] : []),
      ],
    });
    return { itemId, duplicate: false, sakId: thread?.sak_id ?? null };
  });
}
