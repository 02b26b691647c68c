import { z } from 'zod';

/**
 * What an inbox item says, read from what arrived (the Fiks JSON, a manual registration), in one
 * shape whatever the channel: the children it is about, who reported, and the words of the report.
 * Stored as inbox_item.parsed beside the raw content, which stays as it came. Personal data.
 */
export const InboxAddress = z.object({
  street: z.string(),
  postalCode: z.string().nullable(),
  postalPlace: z.string().nullable(),
});
export type InboxAddress = z.infer<typeof InboxAddress>;

export const InboxChild = z.object({
  name: z.string(),
  /** As the reporter gave it; checked (check digits) only when matching. */
  fodselsnummer: z.string().nullable(),
  birthDate: z.string().nullable(),
  unborn: z.boolean(),
  /** A private reporter's guess of the age ("10"). */
  estimatedAge: z.string().nullable(),
  /** The reporter's relation to the child, in their words. */
  relation: z.string().nullable(),
  address: InboxAddress.nullable(),
});
export type InboxChild = z.infer<typeof InboxChild>;

export const InboxMelder = z.object({
  name: z.string().nullable(),
  anonymous: z.boolean(),
  /** offentlig: the reporter's role (lærer, helsesykepleier, ...) and workplace. */
  role: z.string().nullable(),
  organisation: z.string().nullable(),
  organisationNumber: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  /**
   * The public form, sent signed in: the reporter's identity as ID-porten verified it (from the
   * session, never typed), the level of assurance, and whether the name above came from the
   * identity provider too. Absent for every other report.
   */
  identified: z
    .object({
      by: z.literal('idporten'),
      acr: z.string(),
      fodselsnummer: z.string(),
      nameVerified: z.boolean(),
    })
    .optional(),
});
export type InboxMelder = z.infer<typeof InboxMelder>;

export const InboxContent = z.object({
  /** svar: a reply to a letter Vern sent (the thread is inbox_item.reply_to_forsendelse_id). */
  kind: z.enum(['fiks.privat', 'fiks.offentlig', 'manual', 'skjema', 'svar']),
  /** The words of the report, as one text (a Fiks offentlig report's parts under their headings). */
  text: z.string(),
  children: z.array(InboxChild),
  melder: InboxMelder,
  /** Fiks: the municipality and district the report was addressed to, and when it was sent. */
  kommunenummer: z.string().nullable(),
  bydelsnummer: z.string().nullable(),
  sentAt: z.string().nullable(),
});
export type InboxContent = z.infer<typeof InboxContent>;

/** The longest report text a melding holds (melding_detail.content). */
export const MAX_REPORT_TEXT = 100_000;
