import type { ReportAddress, ReportContent } from './report-form.js';

export type ReceiptLang = 'nb' | 'nn' | 'en';

/**
 * The receipt of a concern report in the words of the reporter's language: one list of sections
 * with label and value, built from what the service stored, so the page and the PDF show exactly
 * the same, and exactly what was reported (values are never shortened or reworded; a field left
 * empty is left out).
 */
export interface ReceiptSection {
  heading: string;
  rows: { label: string; value: string }[];
}

const WORDS = {
  nb: {
    melder: 'Den som meldte',
    anonymous: 'Anonym',
    yes: 'Ja',
    no: 'Nei',
    kind: 'Melder som',
    privat: 'Privatperson',
    offentlig: 'Ansatt med meldeplikt',
    name: 'Navn',
    phone: 'Telefon',
    email: 'E-post',
    address: 'Adresse',
    role: 'Rolle',
    organisation: 'Arbeidssted',
    orgnr: 'Organisasjonsnummer',
    orgAddress: 'Adresse til arbeidsstedet',
    child: 'Barn {n}',
    fnr: 'Fødselsnummer',
    unborn: 'Ufødt barn',
    age: 'Alder (antatt)',
    relation: 'Hvordan du kjenner barnet',
    told: 'Barnet er orientert om meldingen',
    notToldWhy: 'Hvorfor ikke',
    guardian: 'Foresatt {n}',
    guardianTold: 'Foresatt er orientert om meldingen',
    report: 'Bekymringen',
    concern: 'Dette er jeg bekymret for',
    background: 'Historikk og det som er prøvd',
    otherViews: 'Andre synspunkter',
    interpreter: 'Behov for tolk',
    otherServices: 'Andre hjelpeinstanser',
  },
  nn: {
    melder: 'Den som melde',
    anonymous: 'Anonym',
    yes: 'Ja',
    no: 'Nei',
    kind: 'Melder som',
    privat: 'Privatperson',
    offentlig: 'Tilsett med meldeplikt',
    name: 'Namn',
    phone: 'Telefon',
    email: 'E-post',
    address: 'Adresse',
    role: 'Rolle',
    organisation: 'Arbeidsstad',
    orgnr: 'Organisasjonsnummer',
    orgAddress: 'Adressa til arbeidsstaden',
    child: 'Barn {n}',
    fnr: 'Fødselsnummer',
    unborn: 'Ufødt barn',
    age: 'Alder (truleg)',
    relation: 'Korleis du kjenner barnet',
    told: 'Barnet er orientert om meldinga',
    notToldWhy: 'Kvifor ikkje',
    guardian: 'Føresett {n}',
    guardianTold: 'Føresett er orientert om meldinga',
    report: 'Uroa',
    concern: 'Dette er eg uroa for',
    background: 'Historikk og det som er prøvd',
    otherViews: 'Andre synspunkt',
    interpreter: 'Behov for tolk',
    otherServices: 'Andre hjelpeinstansar',
  },
  en: {
    melder: 'The reporter',
    anonymous: 'Anonymous',
    yes: 'Yes',
    no: 'No',
    kind: 'Reporting as',
    privat: 'Private person',
    offentlig: 'Professional with a duty to report',
    name: 'Name',
    phone: 'Telephone',
    email: 'E-mail',
    address: 'Address',
    role: 'Role',
    organisation: 'Workplace',
    orgnr: 'Organisation number',
    orgAddress: 'Address of the workplace',
    child: 'Child {n}',
    fnr: 'National identity number',
    unborn: 'Unborn child',
    age: 'Age (estimated)',
    relation: 'How you know the child',
    told: 'The child has been told about the report',
    notToldWhy: 'Why not',
    guardian: 'Guardian {n}',
    guardianTold: 'The guardian has been told about the report',
    report: 'The concern',
    concern: 'What I am worried about',
    background: 'Background and what has been tried',
    otherViews: 'Other views',
    interpreter: 'Need for an interpreter',
    otherServices: 'Other services involved',
  },
} as const;

function addressText(a: ReportAddress | undefined): string {
  if (!a) return '';
  const place = [a.postalCode, a.postalPlace].filter((s) => s && s.trim() !== '').join(' ');
  return [a.street, place].filter((s) => s && s.trim() !== '').join(', ');
}

export function receiptSections(report: ReportContent, lang: ReceiptLang): ReceiptSection[] {
  const w = WORDS[lang];
  const yesNo = (b: boolean | undefined) => (b === undefined ? '' : b ? w.yes : w.no);
  const rows = (pairs: [string, string | undefined][]) =>
    pairs
      .filter((p): p is [string, string] => typeof p[1] === 'string' && p[1].trim() !== '')
      .map(([label, value]) => ({ label, value }));
  const m = report.melder;
  const offentlig = m.kind === 'offentlig';
  const sections: ReceiptSection[] = [
    {
      heading: w.melder,
      rows: rows([
        [w.kind, offentlig ? w.offentlig : w.privat],
        [w.anonymous, m.anonymous ? w.yes : undefined],
        [w.name, m.name],
        [w.role, m.role],
        [w.phone, m.phone],
        [w.email, m.email],
        [w.address, addressText(m.address)],
        [w.organisation, m.organisation?.name],
        [w.orgnr, m.organisation?.number],
        [w.orgAddress, addressText(m.organisation?.address)],
      ]),
    },
    ...report.children.map((c, i) => ({
      heading: w.child.replace('{n}', String(i + 1)),
      rows: rows([
        [w.name, c.name],
        [w.fnr, c.fodselsnummer],
        [w.unborn, c.unborn ? w.yes : undefined],
        [w.age, c.estimatedAge],
        [w.relation, c.relation],
        [w.phone, c.phone],
        [w.address, addressText(c.address)],
        [w.told, yesNo(c.told)],
        [w.notToldWhy, c.told === false ? c.notToldWhy : undefined],
      ]),
    })),
    ...(report.guardians ?? []).map((g, i) => ({
      heading: w.guardian.replace('{n}', String(i + 1)),
      rows: rows([
        [w.name, g.name],
        [w.phone, g.phone],
        [w.guardianTold, yesNo(g.told)],
        [w.notToldWhy, g.told ? undefined : g.notToldWhy],
      ]),
    })),
    {
      heading: w.report,
      rows: rows([
        [w.concern, report.report.concern],
        [w.background, report.report.background],
        [w.otherViews, report.report.otherViews],
        [w.interpreter, report.report.interpreter],
        [w.otherServices, report.report.otherServices],
      ]),
    },
  ];
  return sections;
}
