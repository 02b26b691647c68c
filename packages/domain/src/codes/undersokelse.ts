import { code, codeWithPresisering, type CodeGroup } from './code-list.js';

const JA: CodeGroup = { code: '1', label: 'Ja' };
const NEI: CodeGroup = { code: '2', label: 'Nei' };

/**
 * Barnets medvirkning in the undersøkelse, from 2026. SSB
 * `/Barnevern/Sak/Undersokelse/BarnetsMedvirkning/MedvirkningType`. The document groups the codes
 * under the headings «Ja» and «Nei» without codes; the group codes 1 and 2 are read off the codes.
 */
export const BARNETS_MEDVIRKNING = [
  code('1.1', 'Barnet medvirket ved samtale', '2026-01-01', null, { group: JA }),
  code('1.2', 'Barnet medvirket ved representant', '2026-01-01', null, { group: JA }),
  code('1.3', 'Barnet medvirket ved observasjon', '2026-01-01', null, { group: JA }),
  code('1.4', 'Barnet medvirket ved andre uttrykk', '2026-01-01', null, { group: JA }),
  code('2.1', 'Barnet har ikke fått anledning til å medvirke', '2026-01-01', null, { group: NEI }),
  code('2.2', 'Barnet ønsket ikke å medvirke', '2026-01-01', null, { group: NEI }),
] as const;

/** Whether an extended deadline was granted. SSB `/Barnevern/Sak/Undersokelse/UtvidetFrist/@Innvilget`. */
export const UTVIDET_FRIST_INNVILGET = [
  code('1', 'Ja', '2022-01-01'),
  code('2', 'Nei', '2022-01-01'),
] as const;

/**
 * Konklusjon of an undersøkelse. SSB `/Barnevern/Sak/Undersokelse/Konklusjon/@Kode`, Kodelister.md.
 * Code 5 is split into 7, 8 and 9 from 2026; its label says «(krever presisering)» (no control in
 * Kravspesifikasjon.md checks it). Kodelister.md drops the opening parenthesis of code 5's
 * explanation; the text here has it, as the XSD writes it.
 */
export const UNDERSOKELSE_KONKLUSJON = [
  code('1', 'Barneverntjenesten fatter vedtak om tiltak', '2013-01-01'),
  code('2', 'Begjæring om tiltak for barneverns- og helsenemnda', '2013-01-01'),
  code(
    '3',
    'Undersøkelsen henlagt etter barnverntjenestens vurdering (kategorien gjelder når barneverntjenesten ' +
      'vurderer at vilkår for å sette inn tiltak ikke er oppfylt)',
    '2013-01-01',
  ),
  code(
    '4',
    'Undersøkelsen henlagt etter partens ønske (kategorien gjelder når barneverntjenesten vurderer at ' +
      'vilkår for å sette inn tiltak etter BVL2021 §§ 3-1 til 3-5 (tidligere BVL1992 § 4-4) er til stede, ' +
      'men saken henlegges fordi foreldre/barnet ikke samtykker til tiltak. Gjelder bare når det er snakk ' +
      'om hjelpetiltak som foreldre/barn kan takke nei til.)',
    '2013-01-01',
  ),
  codeWithPresisering(
    '5',
    'Undersøkelsen henlagt som følge av flytting (kategorien gjelder når undersøkelsessak henlegges fordi ' +
      'barnet flytter til en ny kommune. Bør også innebære et underpunkt der barneverntjenesten må oppgi om ' +
      'saken er meldt videre til barnets nye oppholdskommune, obligatorisk ja/nei svar) (krever presisering)',
    '2013-01-01',
    '2025-12-31',
  ),
  code('6', 'Undersøkelsen henlagt etter henvisning til annen instans', '2022-01-01'),
  code('7', 'Undersøkelsen henlagt som følge av flytting til utlandet', '2026-01-01'),
  code('8', 'Undersøkelsen henlagt som følge av flytting til ukjent sted', '2026-01-01'),
  code('9', 'Undersøkelsen henlagt som følge av flytting til annen kommune', '2026-01-01'),
] as const;
