import { code, codeWithPresisering } from './code-list.js';
import { KUNNSKAPSMODELLEN } from './kunnskapsmodellen.js';

/**
 * The saksinnhold codes 1-36 used until 2025-12-31 («De gamle kodene utgår 31. desember 2025»),
 * in the order and with the dates of SSB Kodelister.md. They do not map one-to-one to
 * Kunnskapsmodellen. 18 and 19 need a presisering (Krav. Saksinnhold kontroll 2, Undersøkelse
 * kontroll 3). Where the XSD's JSON list differs (28 from 2021-01-01 there, 2022-01-01 here), the
 * Kodelister.md value is used.
 */
export const SAKSINNHOLD_TO_2025 = [
  code('1', 'Foreldres somatiske sykdom', '2013-01-01', '2025-12-31'),
  code('2', 'Foreldres psykiske problem/ lidelse', '2013-01-01', '2025-12-31'),
  code('3', 'Foreldres rusmisbruk', '2013-01-01', '2025-12-31'),
  code('4', 'Foreldres manglende foreldreferdigheter', '2013-01-01', '2020-12-31'),
  code('20', 'Foreldres manglende beskyttelse av barnet', '2021-01-01', '2025-12-31'),
  code('21', 'Foreldres manglende stimulering og regulering av barnet', '2021-01-01', '2025-12-31'),
  code(
    '22',
    'Foreldres manglende sensitivitet og følelsesmessige tilgjengelighet for barnet',
    '2021-01-01',
    '2025-12-31',
  ),
  code(
    '23',
    'Foreldres manglende oppfølging av barnets behov for barnehage, skole og pedagogiske tjenester',
    '2021-01-01',
    '2025-12-31',
  ),
  code('24', 'Konflikt mellom foreldre som ikke bor sammen', '2021-01-01', '2025-12-31'),
  code(
    '28',
    'Foreldres manglende oppfølging av barnets behov for helsetjenester',
    '2022-01-01',
    '2025-12-31',
  ),
  code('29', 'Foreldres kognitive vansker', '2023-01-01', '2025-12-31'),
  code(
    '31',
    'Foreldre har vedvarende økonomiske problemer/vedvarende lavinntekt',
    '2023-01-01',
    '2025-12-31',
  ),
  code('5', 'Foreldres kriminalitet', '2013-01-01', '2025-12-31'),
  code('6', 'Høy grad av konflikt hjemme', '2013-01-01', '2025-12-31'),
  code('7', 'Vold i hjemmet/ barnet vitne til vold i nære relasjoner', '2013-01-01', '2025-12-31'),
  code(
    '8',
    'Foreldres manglende ivaretakelse av grunnleggende og hverdagslig omsorg for barnet',
    '2013-01-01',
    '2025-12-31',
  ),
  code('9', 'Barnet utsatt for fysisk vold', '2013-01-01', '2025-12-31'),
  code('10', 'Barnet utsatt for psykisk vold', '2013-01-01', '2025-12-31'),
  code('11', 'Barnet utsatt for seksuelle overgrep', '2013-01-01', '2025-12-31'),
  code('12', 'Barnet mangler omsorgsperson', '2013-01-01', '2025-12-31'),
  code('13', 'Barnet har nedsatt funksjonsevne', '2013-01-01', '2020-12-31'),
  code('14', 'Barnets psykiske problem/lidelse', '2013-01-01', '2025-12-31'),
  code('15', 'Barnets rusmisbruk', '2013-01-01', '2025-12-31'),
  code('16', 'Barnets atferd/ kriminalitet', '2013-01-01', '2020-12-31'),
  code(
    '17',
    'Barnets relasjonsvansker (mistanke om eller diagnostiserte tilknytningsvansker, ' +
      'problematikk knyttet til samspillet mellom barn og omsorgspersoner)',
    '2013-01-01',
    '2025-12-31',
  ),
  code('25', 'Barnets atferd', '2021-01-01', '2025-12-31'),
  code('26', 'Barnets kriminelle handlinger', '2021-01-01', '2025-12-31'),
  code('27', 'Barnet utsatt for menneskehandel', '2021-01-01', '2025-12-31'),
  code('30', 'Barnets kognitive vansker', '2023-01-01', '2025-12-31'),
  code('32', 'Barnet er utsatt for negativ sosial kontroll', '2025-01-01', '2025-12-31'),
  code('33', 'Den unge voksne mangler dagaktivitet/utdanning /arbeid', '2025-01-01', '2025-12-31'),
  code('34', 'Den unge voksne mangler støtte og oppfølging fra egen familie', '2025-01-01', '2025-12-31'),
  code('35', 'Den unge voksne mangler nettverk og/eller nære relasjoner', '2025-01-01', '2025-12-31'),
  code('36', 'Behov for bistand i kontakt med andre deler av hjelpeapparatet', '2025-01-01', '2025-12-31'),
  codeWithPresisering(
    '18',
    'Andre forhold ved foreldre/ familien (krever presisering) ' +
      '(Denne kategorien skal kunne benyttes dersom ingen av kategoriene 1-27 passer.)',
    '2013-01-01',
    '2025-12-31',
  ),
  codeWithPresisering(
    '19',
    'Andre forhold ved barnets situasjon (krever presisering) ' +
      '(Denne kategorien skal kunne benyttes dersom ingen av kategoriene 1-27 passer.)',
    '2013-01-01',
    '2025-12-31',
  ),
] as const;

/**
 * Saksinnhold: SSB `/Barnevern/Sak/Melding/Saksinnhold/@Kode`, the old codes and Kunnskapsmodellen
 * in one list, so a stored code from any year can be looked up and the date picks what is offered.
 */
export const SAKSINNHOLD = [...SAKSINNHOLD_TO_2025, ...KUNNSKAPSMODELLEN] as const;

/** `/Barnevern/Sak/Undersokelse/Vedtaksgrunnlag/@Kode` uses the saksinnhold list. */
export const VEDTAKSGRUNNLAG = SAKSINNHOLD;

/** `/Barnevern/Sak/Tiltak/Tiltaksgrunnlag/@Kode` uses the saksinnhold list. */
export const TILTAKSGRUNNLAG = SAKSINNHOLD;
