import { z } from 'zod';
import { formatIsoDate, isCalendarDate, isIsoDate } from './iso-date.js';

/**
 * Norwegian identity numbers as the national registry takes them in `Personalia/@Fodselsnummer`
 * (Barnevern_v4.xsd: 11 digits) and `Personalia/@DUFnummer` (12 digits).
 *
 * Krav. Personalia kontroll 12 accepts exactly: a fødselsnummer, a D-nummer, fødselsdato (DDMMÅÅ) +
 * 00100, fødselsdato + 00200, and termindato (DDMMÅÅ) + 99999 for an unborn child. The XSD's
 * documentation also lists «fødselsdato + 55555», which kontroll 12 does not: the control is what
 * the registry enforces, so 55555 is rejected here.
 */

export type Sex = 'male' | 'female';
export type IdentityNumberKind =
  'fodselsnummer' | 'd-nummer' | 'fodselsdato-00100' | 'fodselsdato-00200' | 'termindato-99999';

export interface IdentityNumberOptions {
  /**
   * Accept synthetic test numbers: month + 40 (NAV's test numbers, H-nummer) and month + 80
   * (Skatteetaten's synthetic numbers). Off by default, so a test number never passes for a person.
   */
  allowSynthetic?: boolean;
  /** Accept the registry's placeholder forms (00100, 00200, 99999). On by default, as kontroll 12. */
  allowIncomplete?: boolean;
  /**
   * Today, 'YYYY-MM-DD'. With it, a birth date after today is rejected, and the placeholder forms,
   * whose digits do not tell the century, get a birthDate (the latest date not after today; for a
   * termindato, the one nearest today). Without it their birthDate is null.
   */
  today?: string;
}

export type IdentityNumberErrorCode =
  | 'NOT_DIGITS'
  | 'LENGTH'
  | 'CHECK_DIGIT_1'
  | 'CHECK_DIGIT_2'
  | 'DATE'
  | 'INDIVIDUAL_NUMBER'
  | 'SYNTHETIC'
  | 'INCOMPLETE'
  | 'FUTURE';

export interface IdentityNumberError {
  ok: false;
  code: IdentityNumberErrorCode;
  /** A plain Norwegian sentence for the person typing the number. */
  reason: string;
}

export type ParsedIdentityNumber =
  | {
      ok: true;
      kind: 'fodselsnummer' | 'd-nummer';
      value: string;
      birthDate: string;
      sex: Sex;
      synthetic: boolean;
      incomplete: false;
    }
  | {
      ok: true;
      kind: 'fodselsdato-00100' | 'fodselsdato-00200';
      value: string;
      birthDate: string | null;
      /** Krav. Personalia kontroll 14 reads the sex from the 9th digit: 00100 is a boy, 00200 a girl. */
      sex: Sex;
      synthetic: false;
      incomplete: true;
    }
  | {
      ok: true;
      kind: 'termindato-99999';
      value: string;
      /** The termindato (the XSD's Fodseldato holds it for an unborn child). */
      birthDate: string | null;
      /** Unborn: the registry's Kjonn code 0 «Ufødt»; kontroll 14 skips 99999. */
      sex: null;
      synthetic: false;
      incomplete: true;
    }
  | IdentityNumberError;

const REASONS: Record<IdentityNumberErrorCode, string> = {
  NOT_DIGITS: 'Fødselsnummeret kan bare inneholde sifre.',
  LENGTH: 'Fødselsnummeret må ha 11 sifre.',
  CHECK_DIGIT_1:
    'Fødselsnummeret er ikke gyldig: det første kontrollsifferet stemmer ikke. Sjekk at alle sifrene er riktige.',
  CHECK_DIGIT_2:
    'Fødselsnummeret er ikke gyldig: det andre kontrollsifferet stemmer ikke. Sjekk at alle sifrene er riktige.',
  DATE: 'Fødselsnummeret er ikke gyldig: de seks første sifrene er ikke en gyldig dato.',
  INDIVIDUAL_NUMBER: 'Fødselsnummeret er ikke gyldig: individnummeret passer ikke med fødselsåret.',
  SYNTHETIC: 'Dette er et syntetisk testnummer, ikke et ekte fødselsnummer.',
  INCOMPLETE:
    'Dette er et midlertidig nummer (fødselsdato + 00100 eller 00200, eller termindato + 99999). ' +
    'Bruk fødselsnummer eller D-nummer fra Folkeregisteret.',
  FUTURE: 'Fødselsnummeret er ikke gyldig: fødselsdatoen ligger fram i tid.',
};

function fail(code: IdentityNumberErrorCode): IdentityNumberError {
  return { ok: false, code, reason: REASONS[code] };
}

const WEIGHTS_1 = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const WEIGHTS_2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/** 11 - (weighted sum mod 11), with 11 read as 0; 10 means no digit fits (the number is invalid). */
function mod11(digits: string, weights: readonly number[]): number {
  const sum = weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  const k = 11 - (sum % 11);
  return k === 11 ? 0 : k;
}

/**
 * The two check digits for the first nine digits, or null when either would be 10 (no number is
 * issued with those nine digits).
 */
export function identityCheckDigits(nineDigits: string): string | null {
  if (!/^\d{9}$/.test(nineDigits)) throw new RangeError('Expected nine digits');
  const k1 = mod11(nineDigits, WEIGHTS_1);
  if (k1 === 10) return null;
  const k2 = mod11(nineDigits + String(k1), WEIGHTS_2);
  if (k2 === 10) return null;
  return `${k1}${k2}`;
}

/**
 * The birth year that an individual number (000-999) and a two-digit year give, or null when the
 * pair is not issued (folkeregisterforskriften): 000-499 → 1900-1999; 500-749 with 54-99 → 1854-1899;
 * 500-999 with 00-39 → 2000-2039; 900-999 with 40-99 → 1940-1999.
 */
export function birthYearOf(individual: number, yy: number): number | null {
  if (individual >= 0 && individual <= 499) return 1900 + yy;
  if (individual >= 500 && individual <= 749 && yy >= 54) return 1800 + yy;
  if (individual >= 900 && individual <= 999 && yy >= 40) return 1900 + yy;
  if (individual >= 500 && individual <= 999 && yy <= 39) return 2000 + yy;
  return null;
}

const twoDigits = (value: string, at: number) => Number(value.slice(at, at + 2));

/** A fødselsnummer or D-nummer, synthetic or not. */
function parseRegular(
  value: string,
  allowSynthetic: boolean,
  today: string | undefined,
): ParsedIdentityNumber {
  // Check digits first: a typo is the likeliest error, and mod 11 catches every single-digit one.
  const k1 = mod11(value, WEIGHTS_1);
  if (k1 !== Number(value[9])) return fail('CHECK_DIGIT_1');
  const k2 = mod11(value, WEIGHTS_2);
  if (k2 !== Number(value[10])) return fail('CHECK_DIGIT_2');

  const rawDay = twoDigits(value, 0);
  const rawMonth = twoDigits(value, 2);
  const dNummer = rawDay >= 41 && rawDay <= 71;
  const day = dNummer ? rawDay - 40 : rawDay;
  const synthetic = (rawMonth >= 41 && rawMonth <= 52) || (rawMonth >= 81 && rawMonth <= 92);
  const month = rawMonth >= 81 ? rawMonth - 80 : rawMonth >= 41 ? rawMonth - 40 : rawMonth;
  if (synthetic && !allowSynthetic) return fail('SYNTHETIC');
  if (day < 1 || day > 31 || month < 1 || month > 12) return fail('DATE');

  const year = birthYearOf(Number(value.slice(6, 9)), twoDigits(value, 4));
  if (year === null) return fail('INDIVIDUAL_NUMBER');
  if (!isCalendarDate(year, month, day)) return fail('DATE');
  const birthDate = formatIsoDate(year, month, day);
  if (today !== undefined && birthDate > today) return fail('FUTURE');

  return {
    ok: true,
    kind: dNummer ? 'd-nummer' : 'fodselsnummer',
    value,
    birthDate,
    sex: Number(value[8]) % 2 === 1 ? 'male' : 'female',
    synthetic,
    incomplete: false,
  };
}

const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The DDMMYY date of a placeholder form in a full year, or undefined when it is no date. */
function resolvePlaceholderDate(
  value: string,
  termin: boolean,
  today: string | undefined,
): string | null | undefined {
  const day = twoDigits(value, 0);
  const month = twoDigits(value, 2);
  const yy = twoDigits(value, 4);
  if (today === undefined) {
    // The century is unknown; the date must exist in 1900-1999 or 2000-2099 (this matters for 29 Feb).
    return isCalendarDate(1900 + yy, month, day) || isCalendarDate(2000 + yy, month, day) ? null : undefined;
  }
  const base = Math.floor(Number(today.slice(0, 4)) / 100) * 100 + yy;
  const candidates = [base - 100, base, base + 100]
    .filter((year) => isCalendarDate(year, month, day))
    .map((year) => formatIsoDate(year, month, day));
  if (termin) {
    const distance = (iso: string) => Math.abs(dayMs(iso) - dayMs(today));
    return candidates.sort((a, b) => distance(a) - distance(b))[0];
  }
  return candidates.filter((iso) => iso <= today).pop();
}

/** The placeholder forms of Krav. Personalia kontroll 12, or null when `value` is none of them. */
function parsePlaceholder(value: string, today: string | undefined): ParsedIdentityNumber | null {
  const suffix = value.slice(6);
  if (suffix !== '00100' && suffix !== '00200' && suffix !== '99999') return null;
  const termin = suffix === '99999';
  const birthDate = resolvePlaceholderDate(value, termin, today);
  if (birthDate === undefined) return fail('DATE');
  if (termin) {
    return {
      ok: true,
      kind: 'termindato-99999',
      value,
      birthDate,
      sex: null,
      synthetic: false,
      incomplete: true,
    };
  }
  return {
    ok: true,
    kind: suffix === '00100' ? 'fodselsdato-00100' : 'fodselsdato-00200',
    value,
    birthDate,
    sex: suffix === '00100' ? 'male' : 'female',
    synthetic: false,
    incomplete: true,
  };
}

/**
 * Parses an 11-digit identity number. Never throws for any string `value` (only for a malformed
 * `options.today`).
 *
 * A valid fødselsnummer or D-nummer wins over a placeholder reading: a few real numbers end in
 * 00100, 00200 or 99999 (for example the first child born on a day whose number with individual
 * number 999 gets check digits 99), and a real person's number must not be shown as incomplete.
 * The registry cannot tell these apart either (Krav. Personalia kontroll 15, 18).
 */
export function parseIdentityNumber(
  value: string,
  options: IdentityNumberOptions = {},
): ParsedIdentityNumber {
  const { allowSynthetic = false, allowIncomplete = true, today } = options;
  if (today !== undefined && !isIsoDate(today))
    throw new RangeError(`today must be YYYY-MM-DD, got "${today}"`);
  if (!/^\d*$/.test(value)) return fail('NOT_DIGITS');
  if (value.length !== 11) return fail('LENGTH');
  const regular = parseRegular(value, allowSynthetic, today);
  if (regular.ok) return regular;
  const placeholder = parsePlaceholder(value, today);
  if (placeholder === null) return regular;
  // Without placeholders a placeholder-shaped typo is reported as what it breaks in a real number.
  if (!allowIncomplete) return placeholder.ok ? fail('INCOMPLETE') : regular;
  return placeholder;
}

const withoutSpaces = (value: string) => value.replace(/\s+/g, '');

/** A zod schema for an identity number field; spaces are removed before the check. */
export function fodselsnummerSchema(options: IdentityNumberOptions = {}) {
  return z
    .string()
    .overwrite(withoutSpaces)
    .superRefine((value, ctx) => {
      const parsed = parseIdentityNumber(value, options);
      if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.reason, params: { code: parsed.code } });
    });
}

/** `Personalia/@Fodselsnummer` as Krav. Personalia kontroll 12 accepts it (no synthetic numbers). */
export const Fodselsnummer = fodselsnummerSchema();
export type Fodselsnummer = z.infer<typeof Fodselsnummer>;
