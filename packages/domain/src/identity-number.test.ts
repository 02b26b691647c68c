import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateIdentityNumber, seededRandom, type SyntheticScheme } from './identity-number-generator.js';
import { DufNummer, parseDufNummer } from './duf-nummer.js';
import {
  Fodselsnummer,
  fodselsnummerSchema,
  identityCheckDigits,
  parseIdentityNumber,
  type Sex,
} from './identity-number.js';
import { formatIsoDate } from './iso-date.js';

// Check digits below were computed with a separate script (not this module), from the weights
// 3,7,6,1,8,9,4,5,2 and 5,4,3,2,7,6,5,4,3,2.
const VALID: readonly [string, 'fodselsnummer' | 'd-nummer', string, Sex, string][] = [
  ['15070512308', 'fodselsnummer', '1905-07-15', 'male', '000-499 → 1900s'],
  ['15070512499', 'fodselsnummer', '1905-07-15', 'female', 'even third individual digit'],
  ['01010000110', 'fodselsnummer', '1900-01-01', 'male', 'individual number 001'],
  ['31129949980', 'fodselsnummer', '1999-12-31', 'male', 'top of 000-499'],
  ['29020050169', 'fodselsnummer', '2000-02-29', 'male', '500-999 with 00 → 2000, a leap day'],
  ['29020050088', 'fodselsnummer', '2000-02-29', 'female', 'bottom of 500-999'],
  ['01015474943', 'fodselsnummer', '1854-01-01', 'male', '500-749 with 54-99 → 1854-1899'],
  ['01014090017', 'fodselsnummer', '1940-01-01', 'female', '900-999 with 40-99 → 1940-1999'],
  ['31053999967', 'fodselsnummer', '2039-05-31', 'male', '999 with 39 → 2039'],
  ['01013950187', 'fodselsnummer', '2039-01-01', 'male', '501 with 39 → 2039'],
  ['15062098748', 'fodselsnummer', '2020-06-15', 'male', '900-999 with 00-39 → 2000s'],
  ['29029643111', 'fodselsnummer', '1996-02-29', 'male', 'leap day 1996'],
  ['01011076544', 'fodselsnummer', '2010-01-01', 'male', '750-899 with 00-39 → 2000s'],
  ['01018847031', 'fodselsnummer', '1988-01-01', 'female', 'individual number 470'],
  ['55070512482', 'd-nummer', '1905-07-15', 'female', 'day 15 + 40'],
  ['71012560073', 'd-nummer', '2025-01-31', 'female', 'day 31 + 40'],
];

const INVALID: readonly [string, string, string][] = [
  ['', 'LENGTH', 'empty'],
  ['1507051230', 'LENGTH', '10 digits'],
  ['150705123080', 'LENGTH', '12 digits'],
  ['15070 512308', 'NOT_DIGITS', 'a space (the zod schema strips spaces, the parser does not)'],
  ['150705-12308', 'NOT_DIGITS', 'a dash'],
  ['1507051230O', 'NOT_DIGITS', 'letter O for zero'],
  ['15070512318', 'CHECK_DIGIT_1', 'first check digit changed'],
  ['15070512309', 'CHECK_DIGIT_2', 'second check digit changed'],
  ['31129949981', 'CHECK_DIGIT_2', 'second check digit changed'],
  ['31040512333', 'DATE', '31 April'],
  ['29020150260', 'DATE', '29 February 2001'],
  ['29020012380', 'DATE', '29 February 1900: individual 123 puts it in 1900, not a leap year'],
  ['01130512379', 'DATE', 'month 13'],
  ['32010512483', 'DATE', 'day 32'],
  ['00010512301', 'DATE', 'day 00'],
  ['01015080082', 'INDIVIDUAL_NUMBER', '750-899 with 40-99 is not issued'],
  ['01014560013', 'INDIVIDUAL_NUMBER', '500-749 with 40-53 is not issued'],
  ['01015075097', 'INDIVIDUAL_NUMBER', '750 with 50'],
  ['15470512390', 'SYNTHETIC', 'month + 40 without allowSynthetic'],
  ['15870512454', 'SYNTHETIC', 'month + 80 without allowSynthetic'],
  ['01012055555', 'CHECK_DIGIT_1', 'fødselsdato + 55555: in the XSD text, not in kontroll 12'],
];

describe('parseIdentityNumber: known numbers', () => {
  it.each(VALID)('%s is a valid %s born %s (%s): %s', (value, kind, birthDate, sex) => {
    expect(parseIdentityNumber(value)).toEqual({
      ok: true,
      kind,
      value,
      birthDate,
      sex,
      synthetic: false,
      incomplete: false,
    });
  });

  it.each(INVALID)('%s is rejected with %s (%s)', (value, code) => {
    const parsed = parseIdentityNumber(value);
    expect(parsed).toMatchObject({ ok: false, code });
    if (!parsed.ok) expect(parsed.reason).toMatch(/^[A-ZÆØÅ].+\.$/);
  });

  it('accepts synthetic numbers only when asked, and marks them', () => {
    for (const [value, birthDate, kind] of [
      ['15470512390', '1905-07-15', 'fodselsnummer'],
      ['15870512454', '1905-07-15', 'fodselsnummer'],
      ['55470512546', '1905-07-15', 'd-nummer'],
      ['71881260179', '2012-08-31', 'd-nummer'],
    ] as const) {
      expect(parseIdentityNumber(value)).toMatchObject({ ok: false, code: 'SYNTHETIC' });
      expect(parseIdentityNumber(value, { allowSynthetic: true })).toMatchObject({
        ok: true,
        kind,
        birthDate,
        synthetic: true,
      });
    }
  });

  it('rejects a birth date after today only when today is given', () => {
    expect(parseIdentityNumber('31053999967', { today: '2026-01-01' })).toMatchObject({ code: 'FUTURE' });
    expect(parseIdentityNumber('31053999967', { today: '2039-05-31' }).ok).toBe(true);
    expect(() => parseIdentityNumber('31053999967', { today: '2026-13-01' })).toThrow(RangeError);
  });
});

describe('parseIdentityNumber: the registry placeholder forms (Krav. Personalia kontroll 12)', () => {
  it('reads fødselsdato + 00100 as a boy and + 00200 as a girl (kontroll 14)', () => {
    expect(parseIdentityNumber('01022500100')).toEqual({
      ok: true,
      kind: 'fodselsdato-00100',
      value: '01022500100',
      birthDate: null,
      sex: 'male',
      synthetic: false,
      incomplete: true,
    });
    expect(parseIdentityNumber('01022500200', { today: '2026-01-01' })).toMatchObject({
      kind: 'fodselsdato-00200',
      birthDate: '2025-02-01',
      sex: 'female',
    });
  });

  it('resolves the century of a birth date to the latest date not after today', () => {
    expect(parseIdentityNumber('01062600100', { today: '2026-03-01' })).toMatchObject({
      birthDate: '1926-06-01',
    });
    expect(parseIdentityNumber('01022600100', { today: '2026-03-01' })).toMatchObject({
      birthDate: '2026-02-01',
    });
  });

  it('reads termindato + 99999 as an unborn child, the termindato nearest today', () => {
    expect(parseIdentityNumber('15082699999', { today: '2026-03-01' })).toEqual({
      ok: true,
      kind: 'termindato-99999',
      value: '15082699999',
      birthDate: '2026-08-15',
      sex: null,
      synthetic: false,
      incomplete: true,
    });
    expect(parseIdentityNumber('15010099999', { today: '2099-12-01' })).toMatchObject({
      birthDate: '2100-01-15',
    });
  });

  it('rejects a placeholder whose date does not exist', () => {
    expect(parseIdentityNumber('31022600100')).toMatchObject({ ok: false, code: 'DATE' });
    expect(parseIdentityNumber('29022599999')).toMatchObject({ ok: false, code: 'DATE' });
    expect(parseIdentityNumber('29020000100').ok).toBe(true); // 2000-02-29 exists
  });

  it('rejects placeholders when allowIncomplete is false', () => {
    for (const value of ['01022500100', '01022500200', '15082699999']) {
      expect(parseIdentityNumber(value, { allowIncomplete: false })).toMatchObject({ code: 'INCOMPLETE' });
    }
    // A typo in a real number ending 99999 (here a D-nummer) is a check-digit error, not a bad termindato.
    expect(parseIdentityNumber('57025899999', { allowSynthetic: true })).toMatchObject({ kind: 'd-nummer' });
    expect(parseIdentityNumber('67025899999', { allowIncomplete: false })).toMatchObject({
      code: 'CHECK_DIGIT_1',
    });
    expect(parseIdentityNumber('67025899999')).toMatchObject({ code: 'DATE' });
  });

  it('prefers a real number that happens to end like a placeholder', () => {
    expect(parseIdentityNumber('04070099999')).toMatchObject({
      kind: 'fodselsnummer',
      birthDate: '2000-07-04',
    });
    expect(parseIdentityNumber('01020000100')).toMatchObject({
      kind: 'fodselsnummer',
      birthDate: '1900-02-01',
    });
  });
});

describe('identityCheckDigits', () => {
  it('gives the check digits, or null when one would be 10', () => {
    expect(identityCheckDigits('150705123')).toBe('08');
    expect(identityCheckDigits('150705124')).toBe('99');
    // 150705125 and up to the next valid one: at least one of them has no check digit.
    const nulls = Array.from({ length: 20 }, (_, i) => identityCheckDigits(`150705${200 + i}`));
    expect(nulls).toContain(null);
  });
});

describe('zod schemas', () => {
  it('Fodselsnummer strips spaces and gives the Norwegian reason', () => {
    expect(Fodselsnummer.parse('150705 12308')).toBe('15070512308');
    const result = Fodselsnummer.safeParse('15070512309');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/andre kontrollsifferet/);
  });

  it('fodselsnummerSchema passes options through', () => {
    expect(Fodselsnummer.safeParse('15470512390').success).toBe(false);
    expect(fodselsnummerSchema({ allowSynthetic: true }).safeParse('15470512390').success).toBe(true);
    expect(fodselsnummerSchema({ allowIncomplete: false }).safeParse('01022500100').success).toBe(false);
  });

  it('DufNummer takes exactly 12 digits', () => {
    expect(parseDufNummer('201612345678')).toEqual({ ok: true, value: '201612345678' });
    expect(parseDufNummer('20161234567')).toMatchObject({ code: 'LENGTH' });
    expect(parseDufNummer('2016-1234567')).toMatchObject({ code: 'NOT_DIGITS' });
    expect(DufNummer.parse('2016 1234 5678')).toBe('201612345678');
  });
});

// Dates the individual-number ranges can encode: 1854-01-01 to 2039-12-31.
const birthDateArb = fc
  .date({ min: new Date(Date.UTC(1854, 0, 1)), max: new Date(Date.UTC(2039, 11, 31)), noInvalidDate: true })
  .map((d) => formatIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()));
const sexArb = fc.constantFrom<Sex>('male', 'female');
const kindArb = fc.constantFrom('fodselsnummer' as const, 'd-nummer' as const);
const syntheticArb = fc.constantFrom<SyntheticScheme | undefined>(undefined, 'nav', 'skatteetaten');
const numberArb = fc
  .tuple(birthDateArb, sexArb, kindArb, syntheticArb, fc.integer())
  .map(([birthDate, sex, kind, synthetic, seed]) => ({
    birthDate,
    sex,
    kind,
    synthetic,
    value: generateIdentityNumber(birthDate, sex, kind, seededRandom(seed), synthetic ? { synthetic } : {}),
  }));

describe('properties', () => {
  it('every generated number parses back to its date, sex, kind and synthetic flag', () => {
    fc.assert(
      fc.property(numberArb, ({ birthDate, sex, kind, synthetic, value }) => {
        expect(parseIdentityNumber(value, { allowSynthetic: true })).toEqual({
          ok: true,
          kind,
          value,
          birthDate,
          sex,
          synthetic: synthetic !== undefined,
          incomplete: false,
        });
      }),
      { numRuns: 2000 },
    );
  });

  /*
   * Why every single-digit substitution is caught. Changing digit i (i < 9) by a non-zero amount e
   * (|e| <= 9, so e is not 0 mod 11) changes the first weighted sum by w1[i] * e, and w1[i] is one of
   * 3,7,6,1,8,9,4,5,2, none 0 mod 11; as 11 is prime, the product is not 0 mod 11, so the sum mod 11
   * changes. The check digit is 11 - (sum mod 11) with 11 read as 0, a one-to-one map of the
   * remainder, so the required first check digit changes: it no longer matches digit 10 (or is 10,
   * which no digit matches). Changing digit 10 itself breaks the same equation; changing digit 11
   * breaks the second (whose weights 5,4,3,2,7,6,5,4,3,2 are also non-zero mod 11).
   * Placeholders are switched off below because a changed digit can make one of those forms
   * (e.g. …00101 → …00100), which is not a fødselsnummer but is accepted as a placeholder.
   */
  it('changing any single digit of a valid number makes it invalid', () => {
    fc.assert(
      fc.property(numberArb, fc.nat(10), fc.integer({ min: 1, max: 9 }), ({ value }, position, delta) => {
        const digit = (Number(value[position]) + delta) % 10;
        const changed = value.slice(0, position) + String(digit) + value.slice(position + 1);
        const parsed = parseIdentityNumber(changed, { allowSynthetic: true, allowIncomplete: false });
        expect(parsed.ok).toBe(false);
        // The mod-11 claim itself: the changed number's check digits no longer fit its first nine.
        expect(identityCheckDigits(changed.slice(0, 9))).not.toBe(changed.slice(9));
        // INCOMPLETE: the change produced a placeholder form (…99979 → …99999), also not a number.
        if (!parsed.ok) expect(['CHECK_DIGIT_1', 'CHECK_DIGIT_2', 'INCOMPLETE']).toContain(parsed.code);
      }),
      { numRuns: 5000 },
    );
  });

  it('a D-nummer is the fødselsnummer date with 40 added to the day, and round-trips', () => {
    fc.assert(
      fc.property(birthDateArb, sexArb, fc.integer(), (birthDate, sex, seed) => {
        const dnr = generateIdentityNumber(birthDate, sex, 'd-nummer', seededRandom(seed));
        expect(Number(dnr.slice(0, 2))).toBe(Number(birthDate.slice(8, 10)) + 40);
        expect(parseIdentityNumber(dnr)).toMatchObject({ kind: 'd-nummer', birthDate, sex });
        // Subtract 40 and recompute the check digits: the same person's date as a fødselsnummer.
        const nine = String(Number(dnr.slice(0, 2)) - 40).padStart(2, '0') + dnr.slice(2, 9);
        const check = identityCheckDigits(nine);
        if (check !== null) {
          expect(parseIdentityNumber(nine + check)).toMatchObject({ kind: 'fodselsnummer', birthDate, sex });
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('the parser never throws and only accepts 11 digits', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{11}$/)), (value) => {
        const parsed = parseIdentityNumber(value, { allowSynthetic: true });
        if (parsed.ok) expect(value).toMatch(/^\d{11}$/);
      }),
      { numRuns: 3000 },
    );
  });

  it('the generator is deterministic for a seed', () => {
    const a = generateIdentityNumber('2015-03-04', 'female', 'fodselsnummer', seededRandom(42));
    const b = generateIdentityNumber('2015-03-04', 'female', 'fodselsnummer', seededRandom(42));
    expect(a).toBe(b);
    expect(() => generateIdentityNumber('2040-01-01', 'male', 'fodselsnummer', seededRandom(1))).toThrow(
      RangeError,
    );
    expect(() => generateIdentityNumber('1853-12-31', 'male', 'fodselsnummer', seededRandom(1))).toThrow(
      RangeError,
    );
  });
});
