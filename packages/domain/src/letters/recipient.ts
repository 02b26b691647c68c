import { z } from 'zod';
import { isValidOrganisasjonsnummer } from '../forsendelse/organisasjonsnummer.js';

/**
 * Who a letter goes to, as the caseworker picks it: a person of the case (the child or someone
 * related to the child), or an organisation by its number (a school, a GP's practice, another
 * municipality's child welfare service) with the name to write on the letter.
 */
export const LetterRecipientInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('person'), personId: z.uuid({ message: 'must be a UUID' }) }),
  z.strictObject({
    kind: z.literal('organisasjon'),
    organisasjonsnummer: z
      .string()
      .trim()
      .refine(isValidOrganisasjonsnummer, { message: 'must be a valid organisation number (9 digits)' }),
    navn: z
      .string()
      .trim()
      .min(1, { message: 'must not be empty' })
      .max(200, { message: 'must be at most 200 characters' }),
  }),
]);
export type LetterRecipientInput = z.infer<typeof LetterRecipientInput>;
