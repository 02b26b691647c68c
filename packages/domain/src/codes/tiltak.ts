import { code, codeWithPresisering, type Code, type CodeGroup } from './code-list.js';

const INSTITUSJONER: CodeGroup = { code: '1', label: 'Institusjoner' };
const FOSTERHJEM: CodeGroup = { code: '2', label: 'Fosterhjem' };
const FORELDRE: CodeGroup = { code: '3', label: 'Tiltak for å styrke foreldreferdigheter' };
const UTVIKLING: CodeGroup = { code: '4', label: 'Tiltak for å styrke barnets utvikling' };
const TILSYN: CodeGroup = { code: '5', label: 'Tilsyn og kontroll' };
const NETTVERK: CodeGroup = { code: '6', label: 'Nettverksarbeid/samarbeid med andre tjenester' };
const ANDRE_TJENESTER: CodeGroup = { code: '7', label: 'Undersøkelse og behandling fra andre tjenester' };
const BOLIG: CodeGroup = { code: '8', label: 'Bolig' };

/** The categories that need a presisering: Krav. Tiltak kontroll 7. */
const PRESISERING = new Set(['1.99', '2.99', '3.7', '3.99', '4.99', '5.99', '6.99', '7.99', '8.99']);

function kategori<const K extends string>(
  group: CodeGroup,
  value: K,
  label: string,
  validFrom = '2013-01-01',
  validTo: string | null = null,
): Code<K> {
  return code(value, label, validFrom, validTo, { group, needsPresisering: PRESISERING.has(value) });
}

/**
 * Tiltak category. SSB `/Barnevern/Sak/Tiltak/Kategori/@Kode`, Kodelister.md (the 2024 titles). The
 * headings 1-8 are groups, not codes. 8.2 is split into 8.4 and 8.5 from 2026.
 */
export const TILTAK_KATEGORI = [
  kategori(INSTITUSJONER, '1.1', 'Barnevernsinstitusjoner (gjelder alle typer barnevernsinstitusjoner)'),
  kategori(INSTITUSJONER, '1.2', 'Plassering i institusjon etter annen lov'),
  kategori(INSTITUSJONER, '1.99', 'Andre institusjonstiltak (for eksempel TFCO) (krever presisering)'),
  kategori(FOSTERHJEM, '2.1', 'Fosterhjem i familie og nære nettverk'),
  kategori(FOSTERHJEM, '2.2', 'Fosterhjem utenfor familie og nære nettverk'),
  kategori(FOSTERHJEM, '2.3', 'Spesialiserte fosterhjem'),
  kategori(FOSTERHJEM, '2.4', 'Fosterhjem etter BVL2021 § 6-3 (tidligere BVL1992 § 4-27)'),
  kategori(FOSTERHJEM, '2.5', 'Beredskapshjem utenom familie og nære nettverk'),
  kategori(FOSTERHJEM, '2.6', 'Midlertidig hjem i familie og nære nettverk', '2021-01-01'),
  kategori(FOSTERHJEM, '2.99', 'Andre fosterhjemstiltak (krever presisering)'),
  kategori(FORELDRE, '3.1', 'MST (Multisystemisk terapi)'),
  kategori(FORELDRE, '3.2', 'PMTO (Parent Management Training Oregon)'),
  kategori(FORELDRE, '3.3', 'FFT (Funksjonell familieterapi)'),
  kategori(FORELDRE, '3.4', 'Webster-Stratton - De utrolige årene (Forebygge og redusere atferdsproblemer.)'),
  kategori(FORELDRE, '3.5', 'ICDP (International Child Development Program)'),
  kategori(
    FORELDRE,
    '3.6',
    'Marte Meo (Metoden brukes for å styrke og utvikle samspillet mellom foreldre og barn.)',
  ),
  kategori(
    FORELDRE,
    '3.7',
    'Andre hjemmebaserte tiltak (gjelder andre tiltak i hjemmet som følger en spesiell metodikk og som ' +
      'gjenomføres på en systematisk måte) (krever presisering)',
  ),
  kategori(FORELDRE, '3.8', 'Sentre for foreldre og barn'),
  kategori(FORELDRE, '3.9', 'Vedtak om råd og veiledning'),
  kategori(FORELDRE, '3.10', 'Hjemmekonsulent/miljøarbeider'),
  kategori(
    FORELDRE,
    '3.99',
    'Andre tiltak for å styrke foreldreferdigheter (for eksempel COS) (krever presisering)',
  ),
  kategori(UTVIKLING, '4.1', 'Barnehage'),
  kategori(UTVIKLING, '4.2', 'SFO/ Aktivitetsskole'),
  kategori(UTVIKLING, '4.3', 'Fritidsaktiviteter'),
  kategori(
    UTVIKLING,
    '4.4',
    'Økonomisk hjelp for øvrig (gjelder økonomisk hjelp som ikke inngår i 4.1, 4.2 og 4.3)',
  ),
  kategori(UTVIKLING, '4.5', 'Besøkshjem/ avlastningstiltak'),
  kategori(UTVIKLING, '4.6', 'Støttekontakt'),
  kategori(
    UTVIKLING,
    '4.7',
    'Samtalegrupper/ barnegrupper (gjelder strukturerte samtale- og aktivitetstilbud for aldersbestemte grupper).',
  ),
  kategori(
    UTVIKLING,
    '4.8',
    'Utdanning og arbeid (gjelder oppfølging og støtte for å styrke barn og ungdoms tilknytning til skole ' +
      'eller arbeid)',
  ),
  kategori(UTVIKLING, '4.9', 'ART (Aggression Replacement Training)'),
  kategori(UTVIKLING, '4.99', 'Andre tiltak for å styrke barnets utvikling (krever presisering)'),
  kategori(TILSYN, '5.1', 'Frivillig tilsyn i hjemmet (gjelder der foreldre har samtykket til tilsyn)'),
  kategori(
    TILSYN,
    '5.2',
    'Pålagt tilsyn i hjemmet (gjelder der tilsyn skjer etter vedtak i barneverns- og helsenemnda)',
  ),
  kategori(TILSYN, '5.3', 'Tilsyn under samvær'),
  kategori(TILSYN, '5.4', 'Ruskontroll'),
  kategori(TILSYN, '5.99', 'Andre tiltak av tilsyn og kontroll (krever presisering)'),
  kategori(NETTVERK, '6.1', 'Familieråd'),
  kategori(
    NETTVERK,
    '6.2',
    'Nettverksmøter (Strukturerte dialogmøter som består av barneverntjenesten, foreldre og ungdom og ' +
      'andre personer som er viktige i ungdommens liv. Invitasjon av deltakere skjer i samråd mellom ' +
      'barneverntjenesten, ungdom og foreldre)',
  ),
  kategori(NETTVERK, '6.3', 'Individuell plan'),
  kategori(NETTVERK, '6.4', 'Deltakelse i ansvarsgruppe'),
  kategori(
    NETTVERK,
    '6.99',
    'Andre tiltak av nettverksarbeid/samarbeid med andre tjenester (krever presisering)',
  ),
  kategori(
    ANDRE_TJENESTER,
    '7.1',
    'BVL2021 § 3-7 (tidligere BVL1992 § 4-10) medisinsk undersøkelse og behandling',
  ),
  kategori(
    ANDRE_TJENESTER,
    '7.2',
    'BVL2021 § 3-8 (tidligere BVL1992 § 4-11) behandling av barn med særlige opplæringsbehov',
  ),
  kategori(
    ANDRE_TJENESTER,
    '7.3',
    'Psykisk helsehjelp for barn og unge (Gjelder ikke ved henvisninger, men når barn får behandling av ' +
      'psykolog eller innen psykisk helsevern/BUP)',
  ),
  kategori(
    ANDRE_TJENESTER,
    '7.99',
    'Andre tiltak av undersøkelse og behandling fra andre tjenester (krever presisering)',
  ),
  kategori(BOLIG, '8.1', 'Økonomisk hjelp til egen bolig/hybel'),
  kategori(
    BOLIG,
    '8.2',
    'Bolig med oppfølging inkluderer også bofellesskap. Her skal alle tiltak der barn og unge får ' +
      'oppfølging i bolig (hjemlet i barnevernsloven), uavhengig av om oppfølgingen skjer ved bemanning på ' +
      'stedet eller som ambulant oppfølging i egen bolig, og uavhengig av om boligutgiftene dekkes helt ' +
      'eller delvis av barnevernet, eller på annen måte for eksempel NAV.',
    '2013-01-01',
    '2025-12-31',
  ),
  kategori(BOLIG, '8.3', 'Botreningskurs'),
  kategori(BOLIG, '8.4', 'Kommunale botiltak med døgnbemanning', '2026-01-01'),
  kategori(BOLIG, '8.5', 'Kommunale botiltak uten døgnbemanning', '2026-01-01'),
  kategori(BOLIG, '8.99', 'Andre tiltak, ikke plasseringstiltak (krever presisering)'),
] as const;

/**
 * Why a care order ended. SSB `/Barnevern/Sak/Tiltak/Opphevelse/@Kode`. Code 4 needs a presisering
 * (Krav. Tiltak kontroll 8).
 */
export const TILTAK_OPPHEVELSE = [
  code(
    '1',
    'Barnet tilbakeført til foreldre/ familien jamfør BVL2021 § 5-7 (tidligere BVL1992 § 4-21)',
    '2013-01-01',
  ),
  code('2', 'Barnet har fylt 18 år', '2013-01-01'),
  code('3', 'Adopsjon BVL2021 § 5-10 (tidligere BVL1992 § 4-20)', '2013-01-01'),
  codeWithPresisering('4', 'Annet (krever presisering)', '2013-01-01'),
] as const;

/**
 * Kravspesifikasjon.md, «Plasseringstiltak»: the categories that place the child outside the home.
 * The definition still lists 8.2 and not its 2026 successors 8.4 and 8.5; we keep the list as written
 * until SSB updates it.
 */
export const PLASSERINGSTILTAK_KATEGORIER = [
  '1.1',
  '1.2',
  '1.99',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
  '2.5',
  '2.6',
  '2.99',
  '8.2',
] as const;

export function isPlasseringstiltak(kategoriKode: string): boolean {
  return (PLASSERINGSTILTAK_KATEGORIER as readonly string[]).includes(kategoriKode);
}
