import { z } from 'zod';
import { IsoDate } from '../case/model.js';
import { parseDufNummer } from '../duf-nummer.js';
import { parseIdentityNumber, type ParsedIdentityNumber } from '../identity-number.js';
import { ADDRESS_PROTECTION } from '../access.js';

/** Adressebeskyttelse as a request field (the values of ADDRESS_PROTECTION). */
export const AddressProtectionField = z.enum(ADDRESS_PROTECTION);

/** Kjønn as the registry codes it: 0 ufødt, 1 mann/gutt, 2 kvinne/jente. */
export const Kjonn = z.enum(['0', '1', '2']);
export type Kjonn = z.infer<typeof Kjonn>;

const Name = z
  .string()
  .trim()
  .min(1, 'Navnet må fylles ut.')
  .max(200, 'Navnet kan ikke være lengre enn 200 tegn.');

export const PostalAddress = z.strictObject({
  street: z.string().trim().min(1, 'Adressen må fylles ut.').max(200, 'Adressen er for lang.'),
  postalCode: z.string().regex(/^\d{4}$/, 'Postnummeret må ha fire sifre.'),
  postalPlace: z.string().trim().min(1, 'Poststedet må fylles ut.').max(100, 'Poststedet er for langt.'),
  municipality: z
    .string()
    .regex(/^\d{4}$/, 'Kommunenummeret må ha fire sifre.')
    .nullable()
    .default(null),
});
export type PostalAddress = z.infer<typeof PostalAddress>;

/** A number field as typed: spaces are dropped; its rules are checked by resolveIdentity. */
const NumberField = z
  .string()
  .max(40, 'Nummeret er for langt.')
  .transform((v) => v.replace(/\s+/g, ''));

/** The body of registering a person. */
export const CreatePerson = z.strictObject({
  fodselsnummer: NumberField.nullable().default(null),
  dufNummer: NumberField.nullable().default(null),
  givenName: Name,
  familyName: Name,
  birthDate: IsoDate.nullable().default(null),
  kjonn: Kjonn.nullable().default(null),
  addressProtection: AddressProtectionField.default('ingen'),
  address: PostalAddress.nullable().default(null),
});
export type CreatePerson = z.infer<typeof CreatePerson>;

/** The body of changing a person: only the fields sent change; null clears an optional one. */
export const UpdatePerson = z
  .strictObject({
    fodselsnummer: NumberField.nullable().optional(),
    dufNummer: NumberField.nullable().optional(),
    givenName: Name.optional(),
    familyName: Name.optional(),
    kjonn: Kjonn.nullable().optional(),
    addressProtection: AddressProtectionField.optional(),
    /** Replaces the address; an address is corrected, never removed (the history needs it). */
    address: PostalAddress.optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), 'Ingen felt å endre.');
export type UpdatePerson = z.infer<typeof UpdatePerson>;

export interface IdentityRules {
  /** Accept synthetic test numbers (month + 40 or + 80): on in development, tests and the demo. */
  allowSynthetic: boolean;
  /** Today in Norway, 'YYYY-MM-DD': no birth date after it; the placeholder forms resolve with it. */
  today: string;
}

/** A refusal of one field, with the rule's code and a sentence for the person typing. */
export interface PersonFieldIssue {
  field: 'fodselsnummer' | 'dufNummer' | 'birthDate' | 'kjonn';
  code: string;
  reason: string;
}

export interface ResolvedIdentity {
  fodselsnummer: string | null;
  dufNummer: string | null;
  birthDate: string | null;
  kjonn: Kjonn | null;
}

function kjonnOf(parsed: ParsedIdentityNumber & { ok: true }): Kjonn {
  if (parsed.sex === null) return '0';
  return parsed.sex === 'male' ? '1' : '2';
}

/**
 * Checks the identity fields together and derives what the number tells: the birth date (or the
 * termindato of an unborn child, 99999) and kjønn. A birth date or kjønn that disagrees with the
 * number is an error, never silently overwritten. Returns every issue found, not just the first.
 */
export function resolveIdentity(
  input: ResolvedIdentity,
  rules: IdentityRules,
): { ok: true; value: ResolvedIdentity } | { ok: false; issues: PersonFieldIssue[] } {
  const issues: PersonFieldIssue[] = [];
  let { birthDate, kjonn } = input;
  if (input.fodselsnummer !== null) {
    const parsed = parseIdentityNumber(input.fodselsnummer, {
      allowSynthetic: rules.allowSynthetic,
      today: rules.today,
    });
    if (!parsed.ok) {
      issues.push({ field: 'fodselsnummer', code: parsed.code, reason: parsed.reason });
    } else {
      if (parsed.birthDate !== null) {
        if (birthDate !== null && birthDate !== parsed.birthDate) {
          issues.push({
            field: 'birthDate',
            code: 'BIRTH_DATE_MISMATCH',
            reason: 'Fødselsdatoen stemmer ikke med fødselsnummeret.',
          });
        }
        birthDate = parsed.birthDate;
      }
      const derived = kjonnOf(parsed);
      if (kjonn !== null && kjonn !== derived) {
        issues.push({
          field: 'kjonn',
          code: 'KJONN_MISMATCH',
          reason: 'Kjønn stemmer ikke med fødselsnummeret.',
        });
      }
      kjonn = derived;
    }
  }
  if (input.fodselsnummer === null && birthDate !== null && birthDate > rules.today && kjonn !== '0') {
    issues.push({
      field: 'birthDate',
      code: 'FUTURE',
      reason: 'Fødselsdatoen ligger fram i tid. Et ufødt barn registreres med kjønn 0 (ufødt).',
    });
  }
  if (input.dufNummer !== null) {
    const duf = parseDufNummer(input.dufNummer);
    if (!duf.ok) issues.push({ field: 'dufNummer', code: duf.code, reason: duf.reason });
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: { fodselsnummer: input.fodselsnummer, dufNummer: input.dufNummer, birthDate, kjonn },
  };
}
