import { z } from 'zod';

const withoutSpaces = (value: string) => value.replace(/\s+/g, '');

export type ParsedDufNummer =
  { ok: true; value: string } | { ok: false; code: 'NOT_DIGITS' | 'LENGTH'; reason: string };

/**
 * DUF-nummer (UDI's number for asylum seekers and others in the immigration system), as the XSD
 * takes it: exactly 12 digits. Krav. Personalia kontroll 17 refers to UDI's definition, which the
 * reference documents do not include; its check digits are therefore not verified here.
 */
export function parseDufNummer(value: string): ParsedDufNummer {
  if (!/^\d*$/.test(value))
    return { ok: false, code: 'NOT_DIGITS', reason: 'DUF-nummeret kan bare inneholde sifre.' };
  if (value.length !== 12) return { ok: false, code: 'LENGTH', reason: 'DUF-nummeret må ha 12 sifre.' };
  return { ok: true, value };
}

export const DufNummer = z
  .string()
  .overwrite(withoutSpaces)
  .superRefine((value, ctx) => {
    const parsed = parseDufNummer(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.reason, params: { code: parsed.code } });
  });
export type DufNummer = z.infer<typeof DufNummer>;
