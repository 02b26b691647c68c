import { z } from 'zod';

/** Weights of the organisation number's modulus 11 check (Brønnøysundregistrene). */
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

export type OrganisasjonsnummerProblem = 'NOT_DIGITS' | 'LENGTH' | 'CHECK_DIGIT';

/** The check digit of eight digits, or null when no digit fits (remainder 1: such numbers are never issued). */
export function organisasjonsnummerCheckDigit(eightDigits: string): number | null {
  if (!/^\d{8}$/.test(eightDigits)) return null;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (WEIGHTS[i] ?? 0) * Number(eightDigits[i]);
  const rest = sum % 11;
  if (rest === 0) return 0;
  return rest === 1 ? null : 11 - rest;
}

/**
 * Why a text is not an organisation number (nine digits whose last is the modulus 11 check digit
 * of the first eight), or null when it is one. The reason is a plain Norwegian sentence.
 */
export function organisasjonsnummerProblem(
  value: string,
): { code: OrganisasjonsnummerProblem; reason: string } | null {
  if (!/^\d*$/.test(value)) return { code: 'NOT_DIGITS', reason: 'Organisasjonsnummeret kan bare ha sifre.' };
  if (value.length !== 9) return { code: 'LENGTH', reason: 'Organisasjonsnummeret må ha 9 sifre.' };
  if (organisasjonsnummerCheckDigit(value.slice(0, 8)) !== Number(value[8]))
    return {
      code: 'CHECK_DIGIT',
      reason: 'Kontrollsifferet stemmer ikke: organisasjonsnummeret er skrevet feil.',
    };
  return null;
}

export function isValidOrganisasjonsnummer(value: string): boolean {
  return organisasjonsnummerProblem(value) === null;
}

/** A zod schema for an organisation number; spaces are removed before the check. */
export const Organisasjonsnummer = z
  .string()
  .overwrite((v) => v.replace(/\s+/g, ''))
  .superRefine((value, ctx) => {
    const problem = organisasjonsnummerProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.reason, params: { code: problem.code } });
  });
export type Organisasjonsnummer = z.infer<typeof Organisasjonsnummer>;
