import { isIsoDate } from './iso-date.js';
import { birthYearOf, identityCheckDigits, type Sex } from './identity-number.js';

/** Which synthetic convention to use: NAV's (month + 40) or Skatteetaten's (month + 80). */
export type SyntheticScheme = 'nav' | 'skatteetaten';

export interface GenerateIdentityNumberOptions {
  /**
   * Make a synthetic test number. Demo data should use 'skatteetaten': a plain generated number is
   * valid and may belong to a real person.
   */
  synthetic?: SyntheticScheme;
}

/**
 * A valid fødselsnummer or D-nummer for `birthDate` (1854-01-01 to 2039-12-31) and `sex`, for tests
 * and demo data. Deterministic for a deterministic `random` (values in [0, 1)), e.g. seededRandom.
 * Throws RangeError for a date outside that range or not written 'YYYY-MM-DD'.
 */
export function generateIdentityNumber(
  birthDate: string,
  sex: Sex,
  kind: 'fodselsnummer' | 'd-nummer',
  random: () => number,
  options: GenerateIdentityNumberOptions = {},
): string {
  if (!isIsoDate(birthDate)) throw new RangeError(`birthDate must be YYYY-MM-DD, got "${birthDate}"`);
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  const yy = year % 100;
  // Individual numbers issued for this year (the same rule the parser reads) with the sex's parity.
  const candidates: number[] = [];
  for (let n = sex === 'male' ? 1 : 0; n <= 999; n += 2) {
    if (birthYearOf(n, yy) === year) candidates.push(n);
  }
  if (candidates.length === 0) throw new RangeError(`No identity numbers are issued for ${year}`);

  const monthOffset = options.synthetic === 'nav' ? 40 : options.synthetic === 'skatteetaten' ? 80 : 0;
  const dayPart = String(day + (kind === 'd-nummer' ? 40 : 0)).padStart(2, '0');
  const datePart = `${dayPart}${String(month + monthOffset).padStart(2, '0')}${String(yy).padStart(2, '0')}`;
  const start = Math.floor(random() * candidates.length) % candidates.length;
  for (let i = 0; i < candidates.length; i += 1) {
    const individual = String(candidates[(start + i) % candidates.length]).padStart(3, '0');
    const check = identityCheckDigits(datePart + individual);
    if (check !== null) return datePart + individual + check;
  }
  // Unreachable in practice: about 1 in 6 individual numbers gives a check digit of 10.
  throw new Error(`No valid identity number for ${birthDate}`);
}

/** A small deterministic PRNG (mulberry32) for reproducible test and demo data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
