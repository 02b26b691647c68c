import { z } from 'zod';
import { code, isValidCode } from './code-list.js';

/**
 * Lov in a lovhjemmel. SSB `LovhjemmelType/Lov` (the XSD's JSON list; Kodelister.md has no table
 * for it). The registry lists no chapters or paragraphs: Kapittel and Paragraf are free values of
 * the form below, checked against the law's own text by whoever picks them.
 */
export const LOVHJEMMEL_LOV = [
  code('BVL', 'Barnevernloven fra 1992', '1992-01-01', '2022-12-31'),
  code('BVL2021', 'Barnevernloven fra 2021', '2023-01-01'),
  code('BL1981', 'Barneloven fra 1981', '1981-01-01'),
] as const;

export const LovhjemmelLov = z.enum(['BVL', 'BVL2021', 'BL1981']);
export type LovhjemmelLov = z.infer<typeof LovhjemmelLov>;

// Krav. Tiltak kontroll 14: no kapittel, paragraf, ledd or punktum may be 0.
const isZero = (value: string) => /^0+[a-z]*$/.test(value);
const NOT_ZERO = 'Kan ikke være 0.';

/** A lovhjemmel as the registry takes it (XSD `LovhjemmelType`: patterns and lengths from there). */
export const Lovhjemmel = z.object({
  lov: LovhjemmelLov,
  kapittel: z
    .string()
    .max(3, 'Kapittel kan ha høyst 3 tegn.')
    .regex(
      /^\d+[a-z]*$/,
      'Kapittel skrives som et tall, eventuelt med små bokstaver etter (for eksempel 4a).',
    )
    .refine((v) => !isZero(v), NOT_ZERO),
  paragraf: z
    .string()
    .max(4, 'Paragraf kan ha høyst 4 tegn.')
    .regex(
      /^\d+[a-z]*$/,
      'Paragraf skrives som et tall, eventuelt med små bokstaver etter (for eksempel 12a).',
    )
    .refine((v) => !isZero(v), NOT_ZERO),
  ledd: z
    .array(
      z
        .string()
        .regex(/^\d{1,3}$/, 'Ledd skrives som et tall med høyst 3 sifre.')
        .refine((v) => !isZero(v), NOT_ZERO),
    )
    .default([]),
  bokstav: z.array(z.string().regex(/^[a-z]$/, 'Bokstav skrives som én liten bokstav.')).default([]),
  punktum: z
    .array(
      z
        .string()
        .regex(/^\d{1,3}$/, 'Punktum skrives som et tall med høyst 3 sifre.')
        .refine((v) => !isZero(v), NOT_ZERO),
    )
    .default([]),
});
export type Lovhjemmel = z.infer<typeof Lovhjemmel>;

/**
 * Krav. Vedtak kontroll 5 and Oversendelse til fylkesnemnd kontroll 5: a lovhjemmel dated before
 * 2023-01-01 must cite BVL, one dated on or after it BVL2021. Barneloven (BL1981) is not checked.
 * Returns the Norwegian message, or null when the law fits the date.
 */
export function barnevernlovMismatch(lov: LovhjemmelLov, startDato: string): string | null {
  if (lov === 'BL1981' || isValidCode(LOVHJEMMEL_LOV, lov, startDato)) return null;
  return startDato < '2023-01-01'
    ? "Lovhjemmel opprettet før 01. januar 2023 krever lov = 'BVL'"
    : "Lovhjemmel opprettet på 01. januar 2023 eller senere krever lov = 'BVL2021'";
}

type Hjemmel = Pick<Lovhjemmel, 'lov' | 'kapittel' | 'paragraf' | 'ledd'>;

/**
 * Kravspesifikasjon.md, «Omsorgsovertakelse»: whether a tiltak with this lovhjemmel (and up to three
 * jmfr. lovhjemler) is a care order: BVL § 4-12; BVL § 4-8 second or third ledd; BVL § 4-8 jmfr.
 * § 4-12; or BVL2021 § 5-1.
 */
export function isOmsorgsovertakelse(hjemmel: Hjemmel, jmfr: readonly Hjemmel[] = []): boolean {
  const { lov, kapittel, paragraf, ledd } = hjemmel;
  if (lov === 'BVL2021') return kapittel === '5' && paragraf === '1';
  if (lov !== 'BVL' || kapittel !== '4') return false;
  if (paragraf === '12') return true;
  if (paragraf !== '8') return false;
  return (
    ledd.some((l) => l === '2' || l === '3') || jmfr.some((j) => j.kapittel === '4' && j.paragraf === '12')
  );
}
