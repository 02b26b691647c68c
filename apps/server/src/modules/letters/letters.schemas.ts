import { LETTER_LANGS, LETTER_TEMPLATE_IDS, LetterRecipientInput } from '@vern/domain';
import { z } from 'zod';
import type { LetterRow } from './letters.queries.js';

/** Request and response shapes of letters, for validation and the OpenAPI document. */
export const CaseParams = z.strictObject({ id: z.uuid() });
export const LetterParams = z.strictObject({ id: z.uuid(), letterId: z.uuid() });
export const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

const TemplateId = z.enum(LETTER_TEMPLATE_IDS, {
  message: `must be one of ${LETTER_TEMPLATE_IDS.join(', ')}`,
});
const Lang = z.enum(LETTER_LANGS, { message: 'must be nb or nn' });

export const NewLetterBody = z.strictObject({
  templateId: TemplateId,
  lang: Lang.default('nb'),
  recipient: LetterRecipientInput,
  vedtakId: z.string().min(1).max(50, { message: 'must be at most 50 characters' }).optional(),
});
export type NewLetterBody = z.infer<typeof NewLetterBody>;

/** An input's value: text, an ISO day, a yes/no, or null to clear it. Checked against the template. */
export const InputValue = z.union([
  z.string().max(20_000, { message: 'must be at most 20000 characters' }),
  z.boolean(),
  z.null(),
]);
export const EditLetterBody = z.strictObject({
  version: z.number().int().min(1),
  inputs: z.record(z.string().max(60), InputValue),
});
export type EditLetterBody = z.infer<typeof EditLetterBody>;

export const SendLetterBody = z.strictObject({ version: z.number().int().min(1) });

const Recipient = z.object({
  kind: z.enum(['person', 'organisasjon']),
  name: z.string(),
  personId: z.uuid().nullable(),
  organisasjonsnummer: z.string().nullable(),
});

export const LetterSummary = z.object({
  id: z.uuid(),
  templateId: TemplateId,
  lang: Lang,
  status: z.enum(['draft', 'sent']),
  version: z.number().int(),
  recipient: Recipient,
  createdAt: z.string(),
  createdBy: z.object({ id: z.uuid(), name: z.string() }),
  updatedAt: z.string(),
  sentAt: z.string().nullable(),
});
export type LetterSummary = z.infer<typeof LetterSummary>;

export function letterSummary(l: LetterRow): LetterSummary {
  return {
    id: l.id,
    templateId: l.templateId,
    lang: l.lang,
    status: l.status,
    version: l.version,
    recipient: {
      kind: l.recipientKind,
      name: l.recipientName,
      personId: l.recipientPersonId,
      organisasjonsnummer: l.recipientOrgnr,
    },
    createdAt: l.createdAt.toISOString(),
    createdBy: l.createdBy,
    updatedAt: l.updatedAt.toISOString(),
    sentAt: l.sentAt?.toISOString() ?? null,
  };
}

export const InputView = z.object({
  key: z.string(),
  type: z.enum(['text', 'date', 'flag', 'longtext']),
  required: z.boolean(),
  /** A protected field (school, GP, institution): the letter shows it only where the law allows. */
  protected: z.boolean(),
  value: InputValue,
});

/** The letter as the recipient will get it (what the recipient sees). */
export const RecipientView = z.object({
  title: z.string(),
  letterDate: z.string(),
  recipientLines: z.array(z.string()),
  blocks: z.array(z.object({ kind: z.enum(['heading', 'paragraph']), text: z.string() })),
  notification: z.string(),
  confidential: z.boolean(),
});

export const LetterView = LetterSummary.extend({
  templateName: z.string(),
  vedtakId: z.string().nullable(),
  inputs: z.array(InputView),
  /** The child has address protection: protected fields show as the neutral text. */
  protectedFieldsRedacted: z.boolean(),
  /** Required inputs still empty: the letter cannot be sent until they are filled in. */
  missing: z.array(z.string()),
  preview: RecipientView,
  pdfSha256: z.string().nullable(),
});
export type LetterView = z.infer<typeof LetterView>;

export const LetterOptions = z.object({
  templates: z.array(
    z.object({
      id: TemplateId,
      lang: Lang,
      name: z.string(),
      recipientKinds: z.array(z.enum(['person', 'organisasjon'])),
      needsVedtak: z.boolean(),
    }),
  ),
  persons: z.array(
    z.object({
      personId: z.uuid(),
      name: z.string(),
      /** The relation to the child (mor, far, …), or null for the child. */
      relation: z.string().nullable(),
      hasFodselsnummer: z.boolean(),
    }),
  ),
  vedtak: z.array(z.object({ id: z.string(), date: z.string(), hjemmel: z.string() })),
});
export type LetterOptions = z.infer<typeof LetterOptions>;
