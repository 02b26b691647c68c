/**
 * The test citizens of the development IdP. Their fødselsnummer are synthetic: valid check digits
 * (mod 11), but the month is raised by 80, as in Skatteetaten's synthetic test numbers, so they
 * can never belong to a real person.
 */
export interface TestCitizen {
  pid: string;
  name: string;
  description: string;
}

export const TEST_CITIZENS: readonly TestCitizen[] = [
  { pid: '14838512470', name: 'Petter Forelder', description: 'forelder, født 14. mars 1985' },
  { pid: '21860951387', name: 'Ylva Ungdom', description: 'ungdom, født 21. juni 2009' },
];

const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function checkDigit(digits: number[], weights: number[]): number {
  const sum = weights.reduce((acc, w, i) => acc + w * (digits[i] ?? 0), 0);
  const k = 11 - (sum % 11);
  return k === 11 ? 0 : k;
}

/** True when the two last digits are the mod-11 check digits of the first nine. */
export function hasValidCheckDigits(pid: string): boolean {
  if (!/^[0-9]{11}$/.test(pid)) return false;
  const d = [...pid].map(Number);
  const k1 = checkDigit(d, W1);
  const k2 = checkDigit(d, W2);
  return k1 < 10 && k2 < 10 && k1 === d[9] && k2 === d[10];
}
