import { code, codeWithPresisering } from './code-list.js';

/**
 * Melder: who reported the concern. SSB `/Barnevern/Sak/Melding/Melder/@Kode`, Kodelister.md.
 * Code 22 needs a presisering (Krav. Melder kontroll 2). Code 15 was split into 24 and 25 on 2025-01-01.
 * The labels keep the source's spelling (code 5 «Barnvernstjenesten» is written so in both SSB files).
 */
export const MELDER = [
  code('1', 'Barnet selv', '2013-01-01'),
  code('2', 'Mor/ far/ foresatte', '2013-01-01'),
  code('3', 'Familie for øvrig', '2013-01-01'),
  code('4', 'Andre privatpersoner', '2013-01-01'),
  code('5', 'Barnvernstjenesten', '2013-01-01'),
  code('6', 'NAV (kommune og stat)', '2013-01-01'),
  code('7', 'Barnevernsvakt', '2013-01-01'),
  code('8', 'Politi', '2013-01-01'),
  code('9', 'Barnehage', '2013-01-01'),
  code('10', 'Helsestasjon/skolehelsetjenesten', '2013-01-01'),
  code('11', 'Skole', '2013-01-01'),
  code('12', 'Pedagogisk-psykologisk tjeneste (PPT)', '2013-01-01'),
  code('13', 'Psykisk helsevern for barn og unge (kommune og stat)', '2013-01-01'),
  code('14', 'Psykisk helsevern for voksne (kommune og stat)', '2013-01-01'),
  code('15', 'Lege / Sykehus / Tannlege', '2013-01-01', '2024-12-31'),
  code('24', 'Lege / Sykehus', '2025-01-01'),
  code('25', 'Tannlege', '2025-01-01'),
  code('16', 'Familievernkontor', '2013-01-01'),
  code(
    '17',
    'Tjenester og instanser med ansvar for oppfølging av personers rusproblemer (kommune og stat)',
    '2013-01-01',
  ),
  code('18', 'Krisesenter', '2013-01-01'),
  code('19', 'Asylmottak/ UDI/ innvandringsmyndighet', '2013-01-01'),
  code('20', 'Utekontakt/ fritidsklubb', '2013-01-01'),
  code('21', 'Frivillige organisasjoner/ idrettslag', '2013-01-01'),
  codeWithPresisering('22', 'Andre offentlige instanser (krever presisering)', '2013-01-01'),
  code('23', 'Anonym', '2013-01-01'),
] as const;

/**
 * Konklusjon of a melding. SSB `/Barnevern/Sak/Melding/Konklusjon/@Kode`, Kodelister.md.
 * Code 1 «Henlagt» is split into 5-10 from 2026. The document writes its end as «2025-31-12»
 * (no such date, in Kodelister.md and in the XSD alike); we read it as 2025-12-31, the day before
 * 5-10 start and the date every other outgoing 2025 code uses.
 */
export const MELDING_KONKLUSJON = [
  code('1', 'Henlagt', '2013-01-01', '2025-12-31'),
  code(
    '2',
    'Ikke henlagt – konklusjonsdato melding (eventuelt 7 dager etter mottatt melding) er startdato undersøkelse',
    '2013-01-01',
  ),
  code('3', 'Henlagt pga. aktive tiltak', '2020-01-01'),
  code('4', 'Melding i pågående undersøkelse', '2020-01-01'),
  code('5', 'Henlagt som følge av flytting til utlandet', '2026-01-01'),
  code('6', 'Henlagt som følge av flytting til ukjent sted', '2026-01-01'),
  code('7', 'Overført til annen tjeneste som følge av flytting til annen kommune', '2026-01-01'),
  code('8', 'Overført til annen etat', '2026-01-01'),
  code('9', 'Henlagt på grunn av annen lov', '2026-01-01'),
  code('10', 'Henlagt av andre grunner', '2026-01-01'),
] as const;
