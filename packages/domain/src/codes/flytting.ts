import { code, codeWithPresisering, type CodeGroup } from './code-list.js';

// Group headings from the XSD documentation of ArsakFraType (Kodelister.md lists the codes only).
const FRA_FOSTERHJEM: CodeGroup = { code: '1', label: 'Årsaker til flytting fra fosterhjem' };
const TJENESTEN_AVSLUTTER: CodeGroup = {
  code: '1.1',
  label: 'Barnevernstjenesten avslutter kontrakt med fosterhjem',
  parent: FRA_FOSTERHJEM,
};
const FOSTERFORELDRE_AVSLUTTER: CodeGroup = {
  code: '1.2',
  label: 'Fosterforeldre avslutter kontrakten med barnevernet',
  parent: FRA_FOSTERHJEM,
};
const FRA_INSTITUSJON: CodeGroup = { code: '2', label: 'Årsaker til flytting fra institusjon' };

const g = (group: CodeGroup) => ({ group });

/** Why the child moved from a placement. SSB `/Barnevern/Sak/Flytting/ArsakFra/@Kode`. */
export const FLYTTING_ARSAK_FRA = [
  code('1.1.1', 'Omsorgsplasseringen opphører', '2022-01-01', null, g(TJENESTEN_AVSLUTTER)),
  code('1.1.2', 'Barnet blir myndig', '2022-01-01', null, g(TJENESTEN_AVSLUTTER)),
  code(
    '1.1.3',
    'Fosterforeldre klarer ikke å dekke barnets behov (forhold ved fosterhjemmet)',
    '2022-01-01',
    null,
    g(TJENESTEN_AVSLUTTER),
  ),
  code(
    '1.1.4',
    'Barnet har behov for annet plasseringssted (institusjon, TFCO-fosterhjem, forsterket fosterhjem, osv.',
    '2022-01-01',
    null,
    g(TJENESTEN_AVSLUTTER),
  ),
  codeWithPresisering(
    '1.1.5',
    'Andre grunner; (f.eks. uenighet om oppdragets omfang, økonomi, forsterkningstiltak mv.) (krever presisering)',
    '2022-01-01',
    null,
    TJENESTEN_AVSLUTTER,
  ),
  code(
    '1.2.1',
    'Barnet har behov fosterforeldre ikke kan dekke',
    '2022-01-01',
    null,
    g(FOSTERFORELDRE_AVSLUTTER),
  ),
  code(
    '1.2.2',
    'Endring i fosterforeldres livssituasjon (skilsmisse, død, osv.)',
    '2022-01-01',
    null,
    g(FOSTERFORELDRE_AVSLUTTER),
  ),
  codeWithPresisering(
    '1.2.3',
    'Andre grunner; (f.eks. uenighet om oppdragets omfang, økonomi, forsterkningstiltak, manglende eller ' +
      'lite effektiv veiledning, mv.) (krever presisering)',
    '2022-01-01',
    null,
    FOSTERFORELDRE_AVSLUTTER,
  ),
  code(
    '1.3',
    'Barnet flytter sammen med fosterforeldre til nytt bosted',
    '2022-01-01',
    null,
    g(FRA_FOSTERHJEM),
  ),
  code(
    '2.1',
    'Avsluttet i henhold til plan ved oppstart av institusjonsoppholdet',
    '2022-01-01',
    null,
    g(FRA_INSTITUSJON),
  ),
  code(
    '2.2',
    'Institusjonen barnet bor i klarer ikke å dekke barnets behov (manglende kompetanse hos ansatte, ' +
      'beboersammensetning, fysiske forhold ved institusjonen osv)',
    '2022-01-01',
    null,
    g(FRA_INSTITUSJON),
  ),
  code(
    '2.3',
    'Barnet har behov for annen type plasseringstiltak (annen type institusjon, TFCO-fosterhjem, ' +
      'forsterket fosterhjem, osv.',
    '2022-01-01',
    null,
    g(FRA_INSTITUSJON),
  ),
  code('2.4', 'Barnet blir myndig og velger selv å flytte ut', '2022-01-01', null, g(FRA_INSTITUSJON)),
  code('2.5', 'Barnet trekker samtykke', '2022-01-01', null, g(FRA_INSTITUSJON)),
  code('2.6', 'Foreldre trekker samtykke', '2022-01-01', null, g(FRA_INSTITUSJON)),
  code('2.7', 'Ikke medhold i fylkesnemnda', '2022-01-01', null, g(FRA_INSTITUSJON)),
  code(
    '2.8',
    'Uenighet mellom barnevernstjenesten og Bufetat om oppdragets omfang og/eller økonomi,',
    '2022-01-01',
    null,
    g(FRA_INSTITUSJON),
  ),
  codeWithPresisering('2.9', 'Andre grunner (krever presisering)', '2022-01-01', null, FRA_INSTITUSJON),
] as const;

/**
 * Where the child moved to. SSB `/Barnevern/Sak/Flytting/FlyttingTil/@Kode`. Code 8 reads «Annet
 * bosted (spesifiser)» in Kodelister.md and «(krever presisering)» in the XSD: it needs a presisering.
 */
export const FLYTTING_TIL = [
  code('1', 'Fosterhjem i familie og nære nettverk', '2022-01-01'),
  code('2', 'Fosterhjem utenfor familie og nære nettverk', '2022-01-01'),
  code('3', 'Beredskapshjem', '2022-01-01'),
  code('4', 'Barnevernsinstitusjon', '2022-01-01'),
  code('5', 'Bolig med oppfølging', '2022-01-01'),
  code('6', 'Foreldre', '2022-01-01'),
  code('7', 'Egen bolig uten oppfølging', '2022-01-01'),
  codeWithPresisering('8', 'Annet bosted (spesifiser)', '2022-01-01'),
  code('9', 'Adresseendring', '2022-01-01'),
] as const;
