/** Sak and Personalia controls (Kravspesifikasjon.md, «Sak» and «Personalia»). */
import { parseDufNummer } from '../duf-nummer.js';
import { parseIdentityNumber } from '../identity-number.js';
import { isIsoDate } from '../iso-date.js';
import { addMonths } from './dates.js';
import type { CaseHistory } from './history.js';
import {
  after,
  ageAtReporting,
  control,
  openSubElements,
  perElement,
  type Control,
  type RawFinding,
} from './control-support.js';

/** Every date in the case with its path, for Sak kontroll 1. */
function datedFields(h: CaseHistory): { field: string; date: string }[] {
  const out: { field: string; date: string }[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}.${i}`));
    else if (value !== null && typeof value === 'object')
      Object.entries(value).forEach(([k, v]) => walk(v, path === '' ? k : `${path}.${k}`));
    else if (typeof value === 'string' && /(Dato|dato)$/.test(path)) out.push({ field: path, date: value });
  };
  walk(h, '');
  return out;
}

const sak1 = control(
  'sak-1',
  'Sak kontroll 1: Dato innenfor lovlige verdier',
  'ERROR',
  '2013-01-01',
  (h, o) => {
    const year = Number(o.reportingDate.slice(0, 4));
    const min = `${year - 26}-01-01`;
    const max = `${year + 26}-12-31`;
    return datedFields(h)
      .filter((d) => isIsoDate(d.date) && (d.date < min || d.date > max))
      .map((d) => ({
        field: d.field,
        message: `${d.field}: Dato (${d.date}) må være mellom 01.01.${year - 26} og 31.12.${year + 26}`,
      }));
  },
);

const sakFinding = (h: CaseHistory, message: string, field = 'sak'): RawFinding[] => [
  { message, field, elementId: h.sak.id, migrert: h.sak.migrertId !== undefined },
];

const sak2a = control(
  'sak-2a',
  'Sak Kontroll 2a: StartDato er etter SluttDato',
  'ERROR',
  '2013-01-01',
  (h) =>
    after(h.sak.startDato, h.sak.sluttDato)
      ? sakFinding(
          h,
          `Sakens startdato ${h.sak.startDato} er etter sluttdato ${h.sak.sluttDato ?? ''}`,
          'sak.startDato',
        )
      : [],
  true,
);

/** Open: the sak has no sluttdato, or an element other than a vedtak lacks one. */
const stillOpen = (h: CaseHistory) => h.sak.sluttDato === undefined || openSubElements(h, true).length > 0;

const sak7 = control(
  'sak-7',
  'Sak Kontroll 7: Klient over 25 år og skal avsluttes i barnevernet',
  'WARNING',
  '2013-01-01',
  (h, o) => {
    const age = ageAtReporting(o);
    return age !== null && age >= 25 && stillOpen(h)
      ? sakFinding(
          h,
          `Klienten er over 25 år og skal avsluttes som klient. Alder: ${age} år.`,
          'sak.sluttDato',
        )
      : [];
  },
);

const sak8 = control(
  'sak-8',
  'Sak Kontroll 8: Klient over 18 år skal ha tiltak',
  'ERROR',
  '2013-01-01',
  (h, o) => {
    const age = ageAtReporting(o);
    return age !== null && age >= 18 && h.tiltak.length === 0 && stillOpen(h)
      ? sakFinding(h, `Klienten er over 18 år og skal dermed ha tiltak. Alder: ${age} år.`, 'tiltak')
      : [];
  },
);

const sak21 = control(
  'sak-21',
  'Sak Kontroll 21: Klienten skal ha melding, undersøkelse, vedtak, tiltak, plan, ettervern eller oversendelse fylkesnemnd',
  'ERROR',
  '2013-01-01',
  (h) => {
    const lists = [
      h.meldinger,
      h.undersokelser,
      h.vedtak,
      h.tiltak,
      h.planer,
      h.ettervern,
      h.oversendelserFylkesnemnd,
    ];
    return h.sak.sluttDato === undefined && lists.every((l) => l.length === 0)
      ? sakFinding(
          h,
          'Klienten har ingen meldinger, undersøkelser, vedtak, tiltak, planer, ettervern eller oversendelse fylkesnemnd. Saken bør avsluttes.',
        )
      : [];
  },
);

const sak23 = control(
  'sak-23',
  'Sak kontroll 23: Dersom saken er lukket bør alle underelementer være lukket',
  'INFO',
  '2013-01-01',
  (h) =>
    h.sak.sluttDato === undefined
      ? []
      : openSubElements(h, false).map((e) => ({
          message: 'Underelement i lukket sak mangler sluttdato',
          field: e.field,
          elementId: e.id,
        })),
);

const P = (h: CaseHistory) => h.personalia;

const personalia2f = control(
  'personalia-2f',
  'Personalia Kontroll 2f: StartDato er etter sakens SluttDato',
  'ERROR',
  '2022-01-01',
  perElement('personalia', P, (p, h) =>
    after(p.startDato, h.sak.sluttDato)
      ? {
          field: 'startDato',
          message: `Personalia sin startdato ${p.startDato} er etter sakens sluttdato ${h.sak.sluttDato ?? ''}`,
        }
      : null,
  ),
  true,
);

const personalia11 = control(
  'personalia-11',
  'Personalia kontroll 11: Klienten skal ha personalia',
  'ERROR',
  '2022-01-01',
  (h) =>
    h.personalia.length === 0 ? sakFinding(h, 'Klienten mangler personaliainformasjon', 'personalia') : [],
);

const personalia12 = control(
  'personalia-12',
  'Personalia kontroll 12: Fødselsnummer',
  'ERROR',
  '2022-01-01',
  perElement('personalia', P, (p, _h, o) =>
    parseIdentityNumber(p.fodselsnummer, { allowSynthetic: o.allowSyntheticNumbers === true }).ok
      ? null
      : { field: 'fodselsnummer', message: 'Ugyldig Fødselsnummer' },
  ),
);

/** DDMMYY of a fødselsnummer, with the D-nummer's +4 on the first digit taken off. */
function dateDigits(fnr: string): string {
  const first = Number(fnr[0]);
  return `${first >= 4 ? first - 4 : first}${fnr.slice(1, 6)}`;
}

const personalia13 = control(
  'personalia-13',
  'Personalia Kontroll 13: Kontroll av Fødselsnummer og Fødselsdato',
  'WARNING',
  '2022-01-01',
  perElement('personalia', P, (p) => {
    const [y = '', m = '', d = ''] = p.fodseldato.split('-');
    return dateDigits(p.fodselsnummer) === `${d}${m}${y.slice(2)}`
      ? null
      : { field: 'fodseldato', message: 'Fødselsnummer og Fødselsdato viser til forskjellige datoer' };
  }),
);

const personalia14 = control(
  'personalia-14',
  'Personalia Kontroll 14: Kontroll av Fødselsnummer og Kjønn',
  'ERROR',
  '2022-01-01',
  perElement('personalia', P, (p) => {
    if (p.fodselsnummer.endsWith('99999')) return null;
    // The 9th digit: odd for a boy (kjønn 1), even for a girl (kjønn 2).
    const kjonn = Number(p.fodselsnummer[8]) % 2 === 0 ? '2' : '1';
    return kjonn === p.kjonn
      ? null
      : { field: 'kjonn', message: 'Fødselsnummer og Kjønn viser til forskjellige kjønn' };
  }),
);

const personalia15 = control(
  'personalia-15',
  'Personalia Kontroll 15: Kontroll av Fødselsnummer, fødselsdato og StartDato',
  'ERROR',
  '2022-01-01',
  perElement('personalia', P, (p) =>
    p.fodselsnummer.endsWith('99999') && after(p.startDato, p.fodseldato)
      ? { field: 'fodselsnummer', message: 'Feil i Fødselsnummer for født barn' }
      : null,
  ),
);

const personalia16 = control(
  'personalia-16',
  'Personalia Kontroll 16: Kontroll av Fødselsdato og StartDato',
  'ERROR',
  '2022-01-01',
  perElement('personalia', P, (p) =>
    isIsoDate(p.startDato) && after(p.fodseldato, addMonths(p.startDato, 9))
      ? {
          field: 'startDato',
          message: `Personalia sin startdato ${p.startDato} er mer enn 9 måneder før barnets fødselsdato ${p.fodseldato}`,
        }
      : null,
  ),
);

const personalia17 = control(
  'personalia-17',
  'Personalia Kontroll 17: Kontroll av DUF-nummer',
  'ERROR',
  '2022-01-01',
  perElement('personalia', P, (p) =>
    p.dufNummer === undefined || parseDufNummer(p.dufNummer).ok
      ? null
      : { field: 'dufNummer', message: 'Ugyldig DUF-nummer' },
  ),
);

const personalia18 = control(
  'personalia-18',
  'Personalia Kontroll 18: Ufullstendig fødselsnummer og D-nummer.',
  'INFO',
  '2022-01-01',
  perElement('personalia', P, (p, h) => {
    const parsed = parseIdentityNumber(p.fodselsnummer);
    if (!parsed.ok) return null;
    const j = h.sak.journalnummer;
    if (parsed.incomplete)
      return {
        field: 'fodselsnummer',
        message: `Ufullstendig fødselsnummer skal erstattes med fødselsnummer, DUF- eller D-nummer fra folkeregisteret. Gjelder saksnummer: ${j}`,
      };
    if (parsed.kind === 'd-nummer')
      return {
        field: 'fodselsnummer',
        message: `Om DUF- eller fødselsnummer foreligger i folkeregisteret, skal dette benyttes fremfor D-nummer. Gjelder saksnummer: ${j}`,
      };
    return null;
  }),
);

export const SAK_CONTROLS: readonly Control[] = [
  sak1,
  sak2a,
  sak7,
  sak8,
  sak21,
  sak23,
  personalia2f,
  personalia11,
  personalia12,
  personalia13,
  personalia14,
  personalia15,
  personalia16,
  personalia17,
  personalia18,
];
