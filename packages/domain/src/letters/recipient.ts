import { z } from 'zod';

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/** A Norwegian organisation number: nine digits with a modulus 11 check digit (Enhetsregisteret). */
export function isOrganisasjonsnummer(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * (digits[i] ?? 0), 0);
  const rest = 11 - (sum % 11);
  const check = rest === 11 ? 0 : rest;
  return check !== 10 && check === digits[8];
}

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
      .refine(isOrganisasjonsnummer, { message: 'must be a valid organisation number (9 digits)' }),
    navn: z
      .string()
      .trim()
      .min(1, { message: 'must not be empty' })
      .max(200, { message: 'must be at most 200 characters' }),
  }),
]);
export type LetterRecipientInput = z.infer<typeof LetterRecipientInput>;
