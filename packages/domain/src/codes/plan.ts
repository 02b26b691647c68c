import { code } from './code-list.js';

/**
 * Plantype. SSB `/Barnevern/Sak/Plan/@Plantype`, Kodelister.md (the «*(tidligere …)*» italics are
 * written as plain parentheses).
 */
export const PLANTYPE = [
  code('1', 'Tiltaksplan etter BVL2021 § 8-1 (tidligere BVL1992 § 4-5)', '2013-01-01'),
  code('2', 'Tiltaksplan etter BVL2021 § 8-4 (tidligere BVL1992 § 4-28)', '2013-01-01'),
  code('3', 'Foreløpig omsorgsplan etter BVL1992 § 4-15, 3. ledd', '2013-01-01', '2022-12-31'),
  code('4', 'Omsorgsplan etter BVL2021 § 8-3, 4. ledd (tidligere BVL1992 § 4-15, 3. ledd)', '2013-01-01'),
  code('5', 'Tiltaksplan – ettervern etter BVL 2021 § 8-5, 2. ledd', '2023-01-01'),
  code('6', 'Samværsplan etter BVL 2021 § 7-6', '2023-01-01'),
  code('7', 'Undersøkelsesplan etter BVL 2021 § 2-2, 3. ledd', '2023-01-01'),
  code('8', 'Undersøkelsesplan etter akuttvedtak etter BVL 2021 § 8-2, 3. ledd', '2023-01-01'),
] as const;
