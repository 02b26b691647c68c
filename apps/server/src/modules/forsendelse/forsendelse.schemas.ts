import { FORSENDELSE_CHANNELS, FORSENDELSE_STATUSES, fodselsnummerSchema } from '@vern/domain';
import { z } from 'zod';

/** Where print goes: up to three address lines, postal code and place (SvarUt's postAdresse). */
export const PostalAddress = z.strictObject({
  adresselinjer: z.array(z.string().trim().min(1).max(100)).min(1).max(3),
  postnummer: z.string().regex(/^[0-9A-Za-z -]{2,10}$/, { message: 'must be a postal code' }),
  poststed: z.string().trim().min(1).max(100),
  land: z.string().trim().min(1).max(100).nullable().default(null),
});
export type PostalAddress = z.infer<typeof PostalAddress>;

/**
 * Who receives it. A person by fødselsnummer (digital mailbox, else paper to the postal address;
 * null when there is none to print to, e.g. a protected address). An organisation by organisation
 * number, also another municipality's child welfare service; its name is checked against
 * Enhetsregisteret, and without an address print goes to the registered postal address.
 */
export const Recipient = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('person'),
    // Synthetic numbers (test persons) are accepted: the test and demo services send to them.
    fodselsnummer: fodselsnummerSchema({ allowSynthetic: true, allowIncomplete: false }),
    name: z.string().trim().min(1).max(300),
    address: PostalAddress.nullable(),
  }),
  z.strictObject({
    kind: z.literal('organisasjon'),
    organisasjonsnummer: z.string().trim().min(1).max(20),
    name: z.string().trim().min(1).max(300),
    address: PostalAddress.nullable().default(null),
  }),
]);
export type Recipient = z.infer<typeof Recipient>;

export const MAX_FORSENDELSE_DOCUMENT_BYTES = 25 * 1024 * 1024;

export const OutgoingDocument = z.strictObject({
  filename: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .regex(/^[^/\\\0]+$/, { message: 'must be a file name without folders' }),
  mediaType: z.literal('application/pdf', { message: 'must be application/pdf' }),
  // Any Uint8Array (a Buffer too), whatever buffer it views.
  bytes: z
    .custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'must be the bytes of the file' })
    .refine((b) => b.byteLength >= 1 && b.byteLength <= MAX_FORSENDELSE_DOCUMENT_BYTES, {
      message: 'must be from 1 byte to 25 MB',
    })
    .refine((b) => Buffer.from(b.subarray(0, 5)).toString('latin1') === '%PDF-', {
      message: 'is not a PDF (it does not start with %PDF-)',
    }),
});
export type OutgoingDocument = z.infer<typeof OutgoingDocument>;

/**
 * What a sender gives enqueueForsendelse. `notificationText` must be one of the fixed texts
 * (NOTIFICATION_TEXTS in packages/domain, by key or wording): never case content.
 */
export const NewForsendelse = z.strictObject({
  tenantId: z.uuid(),
  sakId: z.uuid().nullable(),
  letterId: z.uuid().nullable(),
  createdBy: z.uuid(),
  recipient: Recipient,
  title: z.string().trim().min(1).max(300),
  notificationText: z.string().trim().min(1).max(300),
  confidential: z.boolean(),
  documents: z.array(OutgoingDocument).min(1).max(20),
  preferredChannel: z.enum(FORSENDELSE_CHANNELS).optional(),
});
export type NewForsendelse = z.input<typeof NewForsendelse>;

// ---------------------------------------------------------------- API views

export const ForsendelseParams = z.strictObject({ id: z.uuid() });
export const CaseParams = z.strictObject({ id: z.uuid() });
export const OrgnrParams = z.strictObject({ orgnr: z.string().min(1).max(20) });

export const MineQuery = z.strictObject({
  filter: z.enum(['all', 'failed', 'unopened']).default('all'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const ForsendelseEventView = z.object({
  at: z.string(),
  kind: z.string(),
  channel: z.enum(FORSENDELSE_CHANNELS).nullable(),
  detail: z.string().nullable(),
});
export type ForsendelseEventView = z.infer<typeof ForsendelseEventView>;

export const ForsendelseSummary = z.object({
  id: z.uuid(),
  sakId: z.uuid().nullable(),
  letterId: z.uuid().nullable(),
  title: z.string(),
  recipient: z.object({
    kind: z.enum(['person', 'organisasjon']),
    name: z.string(),
    organisasjonsnummer: z.string().nullable(),
  }),
  confidential: z.boolean(),
  status: z.enum(FORSENDELSE_STATUSES),
  statusAt: z.string(),
  statusReason: z.string().nullable(),
  channel: z.enum(FORSENDELSE_CHANNELS).nullable(),
  createdAt: z.string(),
  createdBy: z.uuid(),
  sentAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  openedAt: z.string().nullable(),
  escalationLevel: z.number().int(),
  events: z.array(ForsendelseEventView),
});
export type ForsendelseSummary = z.infer<typeof ForsendelseSummary>;

export const ForsendelseView = ForsendelseSummary.extend({
  notificationText: z.string(),
  documents: z.array(
    z.object({
      position: z.number().int(),
      filename: z.string(),
      sizeBytes: z.number().int(),
      sha256: z.string(),
    }),
  ),
  attempts: z.array(
    z.object({
      channel: z.enum(FORSENDELSE_CHANNELS),
      attempt: z.number().int(),
      startedAt: z.string(),
      finishedAt: z.string().nullable(),
      outcome: z.string().nullable(),
      error: z.string().nullable(),
    }),
  ),
});
export type ForsendelseView = z.infer<typeof ForsendelseView>;

export const OrganisasjonLookupView = z.object({
  organisasjonsnummer: z.string(),
  ok: z.boolean(),
  navn: z.string().nullable(),
  underenhet: z.boolean(),
  reason: z.string().nullable(),
  message: z.string().nullable(),
});
