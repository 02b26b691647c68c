import { code } from './code-list.js';

/** Kjønn of the child in Personalia. SSB `/Barnevern/Sak/@Kjonn` (the XSD's JSON list). */
export const KJONN = [
  code('0', 'Ufødt', '2022-01-01'),
  code('1', 'Mann / Gutt', '2022-01-01'),
  code('2', 'Kvinne / Jente', '2022-01-01'),
] as const;

/**
 * How often the responsible service visits a foster home (oppfølgingsbesøk). SSB
 * `/Barnevern/Sak/Tiltak/Oppfolging/Hyppighet/@Kode` (the XSD's JSON list).
 */
export const OPPFOLGING_HYPPIGHET = [
  code('4', '4 Oppfølginger pr. år (standard)', '2022-01-01'),
  code('2', '2 Oppfølginger pr. år (redusert)', '2022-01-01'),
] as const;

/** How often tilsyn visits a foster home. SSB `/Barnevern/Sak/Tiltak/Tilsyn/Hyppighet/@Kode`. */
export const TILSYN_HYPPIGHET = [
  code('4', '4 tilsyn pr. år (standard)', '2022-01-01'),
  code('2', '2 tilsyn pr. år (redusert)', '2022-01-01'),
] as const;
