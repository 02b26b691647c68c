import { code, type Code, type CodeGroup } from './code-list.js';

/**
 * Bufdir's Kunnskapsmodellen («barnets behov i sentrum») as saksinnhold codes from 2026-01-01:
 * 3 sides, 11 areas, 57 themes `n.n.nn`. Source: SSB Kodelister.md, Saksinnhold, section
 * «KUNNSKAPMODELLEN». The document gives sides and areas as headings without codes; the codes `n` and
 * `n.n` here are read off the theme numbers. Labels are as the document writes them, including
 * «Fattogdom» (3.2.02) and «Minioritetsspråklige familier» (3.3.04); the XSD's JSON writes
 * «Adferd» for 1.3.08 and 1.3.10 where Kodelister.md and the XSD documentation write «Atferd».
 * None of these codes needs a presisering: there is no «other (specify)» code after 2025.
 */
export interface KunnskapsmodellenSide {
  readonly code: string;
  readonly label: string;
  readonly areas: readonly { readonly code: string; readonly label: string }[];
}

export const KUNNSKAPSMODELLEN_SIDES: readonly KunnskapsmodellenSide[] = [
  {
    code: '1',
    label: 'BARNETS UTVIKLING',
    areas: [
      { code: '1.1', label: 'Helse' },
      { code: '1.2', label: 'Barnehage og skole' },
      { code: '1.3', label: 'Følelser og uttrykk' },
      { code: '1.4', label: 'Venner og fritid' },
    ],
  },
  {
    code: '2',
    label: 'FORELDRENES OMSORG',
    areas: [
      { code: '2.1', label: 'Grunnleggende omsorg' },
      { code: '2.2', label: 'Følelsesmessig tilgjengelighet' },
      { code: '2.3', label: 'Stimulering og veiledning' },
      { code: '2.4', label: 'Beskyttelse' },
    ],
  },
  {
    code: '3',
    label: 'FAMILIE OG MILJØ',
    areas: [
      { code: '3.1', label: 'Familieforhold' },
      { code: '3.2', label: 'Bolig økonomi og arbeid' },
      { code: '3.3', label: 'Nettverk og sosial integrering' },
    ],
  },
];

const AREA_GROUPS: ReadonlyMap<string, CodeGroup> = new Map(
  KUNNSKAPSMODELLEN_SIDES.flatMap((side) =>
    side.areas.map((area): [string, CodeGroup] => [
      area.code,
      { code: area.code, label: area.label, parent: { code: side.code, label: side.label } },
    ]),
  ),
);

const FROM_2026 = '2026-01-01';

/** A theme, grouped under its area and side by its code prefix `n.n`. */
function theme<const K extends string>(value: K, label: string): Code<K> & { readonly group: CodeGroup } {
  const group = AREA_GROUPS.get(value.slice(0, value.lastIndexOf('.')));
  if (group === undefined) throw new Error(`Kunnskapsmodellen theme ${value} has no area`);
  return { ...code(value, label, FROM_2026, null), group };
}

export const KUNNSKAPSMODELLEN = [
  theme('1.1.01', 'Fysisk helse og utvikling'),
  theme('1.1.02', 'Psykisk helse og utvikling'),
  theme('1.1.03', 'Barn med funksjonsnedsettelser'),
  theme('1.1.04', 'Tilgang til helse- og tannhelsetjenester'),
  theme('1.2.01', 'Læring'),
  theme('1.2.02', 'Skoleresultater'),
  theme('1.2.03', 'Trivsel i barnehage og skole'),
  theme('1.3.01', 'Følelser og temperament'),
  theme('1.3.02', 'Holdninger og verdier'),
  theme('1.3.03', 'Identitet'),
  theme('1.3.04', 'Selvstendighet'),
  theme('1.3.05', 'Tilknytning'),
  theme('1.3.06', 'Stress og mestring'),
  theme('1.3.07', 'Traumer'),
  theme('1.3.08', 'Atferd'),
  theme('1.3.09', 'Rus'),
  theme('1.3.10', 'Skadelig seksuell atferd'),
  theme('1.3.11', 'Barn som begår straffbar handlinger'),
  theme('1.4.01', 'Lek og interesser'),
  theme('1.4.02', 'Relasjoner til andre barn og voksne'),
  theme('1.4.03', 'Mobbing'),
  theme('1.4.04', 'Digital hverdag'),
  theme('2.1.01', 'Ansvar'),
  theme('2.1.02', 'Basal og praktisk omsorg'),
  theme('2.1.03', 'Hverdagsrutiner'),
  theme('2.2.01', 'Følelsesmessig regulering'),
  theme('2.2.02', 'Følelsesmessig støtte'),
  theme('2.2.03', 'Trygg relasjon mellom barn og foreldre'),
  theme('2.3.01', 'Stimulering og engasjement'),
  theme('2.3.02', 'Oppdragelse, veiledning og grenser'),
  theme('2.4.01', 'Beskyttelse mot æresrelatert vold og negativ sosial kontroll'),
  theme('2.4.02', 'Beskyttelse mot å være vitne til vold i familien'),
  theme('2.4.03', 'Beskyttelse mot alvorlige konflikter mellom foreldre'),
  theme('2.4.04', 'Konflikt mellom foreldre som ikke bor sammen'),
  theme('2.4.05', 'Beskyttelse mot vold'),
  theme('2.4.06', 'Beskyttelse mot menneskehandel'),
  theme('2.4.07', 'Beskyttelse mot seksuelle overgrep og seksuell utnyttelse'),
  theme('2.4.08', 'Beskyttelse mot skadelige tradisjoner og skikker'),
  theme('2.4.09', 'Beskyttelse mot vold og overgrep fra jevnaldrende'),
  theme('3.1.01', 'Familiens sammensetning'),
  theme('3.1.02', 'Foreldres fysiske sykdom'),
  theme('3.1.03', 'Foreldres psykiske problem/lidelse'),
  theme('3.1.04', 'Foreldres kognitive vansker'),
  theme('3.1.05', 'Søskens helse og trivsel'),
  theme('3.1.06', 'Tidligere hendelser av betydning i familien'),
  theme('3.1.07', 'Foreldres erfaring fra egen oppvekst'),
  theme('3.1.08', 'Foreldre med rusrelaterte utfordringer'),
  theme('3.1.09', 'Barn som pårørende'),
  theme('3.1.10', 'Foreldres kriminalitet'),
  theme('3.2.01', 'Levestandard og bolig'),
  theme('3.2.02', 'Fattogdom'),
  theme('3.3.01', 'Familiens profesjonelle nettverk'),
  theme('3.3.02', 'Familiens sosiale nettverk og integrering'),
  theme('3.3.03', 'Lukkede religiøse samfunn'),
  theme('3.3.04', 'Minioritetsspråklige familier'),
  theme('3.3.05', 'Radikalisering og voldelig ekstremisme'),
  theme('3.3.06', 'Urfolk og nasjonale minoriteter'),
] as const;
