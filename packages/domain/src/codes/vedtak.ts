import { code, codeWithPresisering } from './code-list.js';

/**
 * Status of a vedtak, kept as a history (`Status` repeats with `EndretDato`). SSB
 * `/Barnevern/Sak/Vedtak/Status/@Kode`. Status 3 and 4 require the vedtak's SluttDato
 * (Krav. Vedtak kontroll 3).
 */
export const VEDTAK_STATUS = [
  code('1', 'Godkjent', '2022-01-01'),
  code('2', 'Begjæring oversendt nemnd', '2022-01-01'),
  code('3', 'Utgår / Bortfalt etter BVL', '2022-01-01'),
  code('4', 'Avslått / Avsluttet', '2022-01-01'),
] as const;

/**
 * Konklusjon of a krav: a private party's demand to change an earlier decision of the board. SSB
 * `/Barnevern/Sak/Vedtak/Krav/Konklusjon/@Kode`.
 */
export const VEDTAK_KRAV_KONKLUSJON = [
  code('1', 'Sendt til fylkesnemnd', '2023-01-01'),
  code('2', 'Krav bortfalt', '2023-01-01'),
  codeWithPresisering('9', 'Annet (krever presisering)', '2023-01-01'),
] as const;
