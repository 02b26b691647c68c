import { createHash } from 'node:crypto';
import { NOTIFICATION_TEXTS, notificationTextKeyOf, type ForsendelseChannel } from '@vern/domain';
import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { databaseDocumentStore, type DocumentStore } from '../journal/document-store.js';
import { checkOrganisasjon, type Enhetsregisteret } from './enhetsregisteret/enhetsregisteret.js';
import { defaultEnhetsregisteret } from './forsendelse-runtime.js';
import { NewForsendelse, type PostalAddress } from './forsendelse.schemas.js';

export type { NewForsendelse } from './forsendelse.schemas.js';

export interface EnqueueDeps {
  /** Defaults to the adapter the app was built with (forsendelse-runtime). */
  enhetsregisteret?: Enhetsregisteret;
  /** Defaults to the database document store (bytes in the caller's transaction). */
  store?: DocumentStore;
}

/** The first channel: an organisation through SvarUt, a person to the digital mailbox (KRR decides). */
export function firstChannel(
  kind: 'person' | 'organisasjon',
  preferred?: ForsendelseChannel,
): ForsendelseChannel {
  if (preferred) return preferred;
  return kind === 'organisasjon' ? 'svarut' : 'digital';
}

function validationError(error: { issues: { path: PropertyKey[]; message: string }[] }): AppError {
  return new AppError(
    ErrorCode.ValidationFailed,
    'The forsendelse is not valid',
    error.issues.map((i) => ({
      field: ['forsendelse', ...i.path.map((p) => String(p))].join('.'),
      reason: i.message,
    })),
  );
}

/**
 * Queues a forsendelse in the caller's transaction: the forsendelse, its documents (bytes in the
 * document store with their SHA-256) and the outbox row the relay sends, so the business change
 * (a letter marked sent, a vedtak expedited) and the outgoing message commit together or not at
 * all. Nothing goes out before the commit.
 *
 * Invariants: the notification text is one of the fixed texts (never case content); an
 * organisation recipient is checked against Enhetsregisteret first, and one that is deleted,
 * bankrupt, being wound up or unknown is refused with the reason before anything is written (the
 * stored name is the registered one). The register is asked while the caller's transaction is open
 * (one short call with a timeout; 503 when it does not answer, and the caller's change rolls back),
 * so staff should look the organisation up first (GET /api/forsendelse/organisasjoner/:orgnr).
 * The caller has opened the case for change through the access gateway and audits its own action;
 * the relay audits the transmission.
 */
export async function enqueueForsendelse(
  trx: Transaction<DB>,
  input: NewForsendelse,
  deps: EnqueueDeps = {},
): Promise<{ id: string }> {
  const parsed = NewForsendelse.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const f = parsed.data;
  const textKey = notificationTextKeyOf(f.notificationText);
  if (!textKey)
    throw new AppError(ErrorCode.ValidationFailed, 'The notification text is not one of the fixed texts', [
      {
        field: 'forsendelse.notificationText',
        reason: `must be one of the fixed notification texts (${Object.keys(NOTIFICATION_TEXTS).join(', ')}): a notification never carries case content`,
        code: 'NOTIFICATION_TEXT',
      },
    ]);

  let recipientName = f.recipient.name;
  let address: PostalAddress | null = f.recipient.address;
  let orgnr: string | null = null;
  if (f.recipient.kind === 'organisasjon') {
    const field = 'forsendelse.recipient.organisasjonsnummer';
    const check = await checkOrganisasjon(
      deps.enhetsregisteret ?? defaultEnhetsregisteret(),
      f.recipient.organisasjonsnummer,
      field,
    );
    if (!check.ok)
      throw new AppError(ErrorCode.ValidationFailed, check.message, [
        { field, reason: check.message, code: check.reason.toUpperCase() },
      ]);
    orgnr = check.organisasjonsnummer;
    recipientName = check.navn;
    address ??= check.postadresse;
  }

  const row = await trx
    .insertInto('forsendelse')
    .values({
      tenant_id: f.tenantId,
      sak_id: f.sakId,
      letter_id: f.letterId,
      created_by: f.createdBy,
      recipient_kind: f.recipient.kind,
      recipient_fnr: f.recipient.kind === 'person' ? f.recipient.fodselsnummer : null,
      recipient_orgnr: orgnr,
      recipient_name: recipientName,
      recipient_address: address ? JSON.stringify(address) : null,
      title: f.title,
      notification_text: NOTIFICATION_TEXTS[textKey].nb,
      confidential: f.confidential,
      preferred_channel: f.preferredChannel ?? null,
    })
    .returning(['id', 'created_at'])
    .executeTakeFirstOrThrow();

  const store = deps.store ?? databaseDocumentStore;
  let position = 0;
  for (const doc of f.documents) {
    position++;
    const bytes = Buffer.from(doc.bytes.buffer, doc.bytes.byteOffset, doc.bytes.byteLength);
    const storageKey = `forsendelse/${row.id}/${position}`;
    await store.put({ trx, tenantId: f.tenantId }, storageKey, bytes);
    await trx
      .insertInto('forsendelse_document')
      .values({
        tenant_id: f.tenantId,
        forsendelse_id: row.id,
        position,
        filename: doc.filename,
        media_type: 'application/pdf',
        size_bytes: bytes.byteLength,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        storage_key: storageKey,
      })
      .execute();
  }

  const channel = firstChannel(f.recipient.kind, f.preferredChannel);
  await trx
    .insertInto('forsendelse_outbox')
    .values({ tenant_id: f.tenantId, forsendelse_id: row.id, channel })
    .execute();
  await trx
    .insertInto('forsendelse_event')
    .values({
      tenant_id: f.tenantId,
      forsendelse_id: row.id,
      at: row.created_at,
      kind: 'queued',
      channel,
      detail: null,
      actor_id: f.createdBy,
    })
    .execute();
  return { id: row.id };
}
