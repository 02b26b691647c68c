/** Tiltak controls (Kravspesifikasjon.md, «Tiltak»). */
import { isOmsorgsovertakelse, type Lovhjemmel } from '../codes/lovhjemmel.js';
import { isPlasseringstiltak, TILTAK_KATEGORI, TILTAK_OPPHEVELSE } from '../codes/tiltak.js';
import { isIsoDate } from '../iso-date.js';
import { lacksPresisering } from './code-check.js';
import { daysBetween, earlierOf, laterOf } from './dates.js';
import type { CaseHistory } from './history.js';
import type { Tiltak } from './model.js';
import { relatedFrom } from './queries.js';
import {
  after,
  ageAtReporting,
  control,
  duplicates,
  perElement,
  type Control,
  type RawFinding,
} from './control-support.js';

const T = (h: CaseHistory) => h.tiltak;
const isOmsorgstiltak = (t: Tiltak) => isOmsorgsovertakelse(t.lovhjemmel, t.jmfrLovhjemmel);

const tiltak2a = control(
  'tiltak-2a',
  'Tiltak Kontroll 2a: StartDato er etter SluttDato',
  'ERROR',
  '2013-01-01',
  perElement('tiltak', T, (t) =>
    after(t.startDato, t.konklusjon?.sluttDato)
      ? {
          field: 'startDato',
          message: `Tiltakets startdato ${t.startDato} er etter sluttdato ${t.konklusjon?.sluttDato ?? ''}`,
        }
      : null,
  ),
  true,
);

const tiltak2c = control(
  'tiltak-2c',
  'Tiltak Kontroll 2c: SluttDato er etter sakens SluttDato',
  'ERROR',
  '2013-01-01',
  perElement('tiltak', T, (t, h) =>
    after(t.konklusjon?.sluttDato, h.sak.sluttDato)
      ? {
          field: 'konklusjon.sluttDato',
          message: `Tiltakets sluttdato ${t.konklusjon?.sluttDato ?? ''} er etter Sakens sluttdato ${h.sak.sluttDato ?? ''}`,
        }
      : null,
  ),
  true,
);

const tiltak2e = control(
  'tiltak-2e',
  'Tiltak Kontroll 2e: StartDato er før sakens StartDato',
  'ERROR',
  '2013-01-01',
  perElement('tiltak', T, (t, h) =>
    after(h.sak.startDato, t.startDato)
      ? {
          field: 'startDato',
          message: `Tiltakets startdato ${t.startDato} er før sakens startdato ${h.sak.startDato}`,
        }
      : null,
  ),
  true,
);

/** Tiltak kontroll 5 and 6: a category for young children while the child is older than `maxAge`. */
const ageCategory = (id: string, name: string, kode: string, maxAge: number, text: string) =>
  control(
    id,
    name,
    'WARNING',
    '2013-01-01',
    perElement('tiltak', T, (t, _h, o) => {
      const age = ageAtReporting(o);
      return age !== null && age > maxAge && t.kategori.kode === kode
        ? { field: 'kategori.kode', message: `${text} Alder: ${age} år.` }
        : null;
    }),
  );

const tiltak5 = ageCategory(
  'tiltak-5',
  'Tiltak Kontroll 5: Barnet er over 7 år og er i barnehage',
  '4.1',
  7,
  'Barnet er over 7 år og i barnehage.',
);
const tiltak6 = ageCategory(
  'tiltak-6',
  'Tiltak Kontroll 6: Barnet er over 11 år og i SFO',
  '4.2',
  11,
  'Barnet er over 11 år og i SFO.',
);

const tiltak7 = control(
  'tiltak-7',
  'Tiltak Kontroll 7: Kontroll om presisering av tiltakskategori',
  'ERROR',
  '2013-01-01',
  perElement('tiltak', T, (t) =>
    lacksPresisering(TILTAK_KATEGORI, t.kategori)
      ? {
          field: 'kategori.presisering',
          message: `Tiltakskategori (${t.kategori.kode}) mangler presisering.`,
        }
      : null,
  ),
);

const tiltak8 = control(
  'tiltak-8',
  'Tiltak Kontroll 8: Kontroll av kode og presisering av opphevelse',
  'ERROR',
  '2013-01-01',
  perElement('tiltak', T, (t) =>
    t.opphevelse && lacksPresisering(TILTAK_OPPHEVELSE, t.opphevelse)
      ? { field: 'opphevelse.presisering', message: `Opphevelse (${t.opphevelse.kode}) mangler presisering.` }
      : null,
  ),
);

const tiltak9 = control(
  'tiltak-9',
  'Tiltak Kontroll 9: Flere plasseringstiltak er oppgitt i samme tidsperiode',
  'WARNING',
  '2013-01-01',
  (h, o) => {
    const findings: RawFinding[] = [];
    const placed = h.tiltak
      .map((t, index) => ({ t, index }))
      .filter(({ t }) => isPlasseringstiltak(t.kategori.kode) && isIsoDate(t.startDato));
    placed.forEach(({ t: a }, i) => {
      for (const { t: b, index } of placed.slice(i + 1)) {
        const start = laterOf(a.startDato, b.startDato);
        const end = earlierOf(
          a.konklusjon?.sluttDato ?? o.reportingDate,
          b.konklusjon?.sluttDato ?? o.reportingDate,
        );
        if (!isIsoDate(end)) continue;
        const days = daysBetween(start, end);
        if (days <= 90) continue;
        findings.push({
          message:
            `Flere plasseringstiltak i samme periode (${start} - ${end}). Plasseringstiltak kan ikke overlappe ` +
            `med mer enn 90 dager. Antall dager overlapp: ${days} dager. Overlapper med tiltak-id ${a.id}.`,
          field: `tiltak.${index}.startDato`,
          elementId: b.id,
          migrert: b.migrertId !== undefined,
        });
      }
    });
    return findings;
  },
);

const tiltak12 = control(
  'tiltak-12',
  'Tiltak Kontroll 12: Omsorgstiltak med sluttdato krever årsak til opphevelse',
  'ERROR',
  '2013-01-01',
  perElement('tiltak', T, (t) =>
    isOmsorgstiltak(t) && isPlasseringstiltak(t.kategori.kode) && t.konklusjon && !t.opphevelse
      ? { field: 'opphevelse', message: 'Omsorgstiltak med sluttdato krever årsak til opphevelse' }
      : null,
  ),
);

const tiltak13 = control(
  'tiltak-13',
  'Tiltak Kontroll 13: Individ er over 18 år og har omsorgtiltak',
  'ERROR',
  '2013-01-01',
  perElement('tiltak', T, (t, _h, o) => {
    const age = ageAtReporting(o);
    return age !== null && age >= 18 && isOmsorgstiltak(t) && !t.konklusjon
      ? {
          field: 'konklusjon.sluttDato',
          message: `Individet er over 18 år skal dermed ikke ha omsorgstiltak. Alder: ${age} år.`,
        }
      : null;
  }),
);

const zero = (value: string, letters: boolean) => (letters ? /^0+[a-z]*$/ : /^0+$/).test(value);
const hasZero = (l: Lovhjemmel) =>
  zero(l.kapittel, true) ||
  zero(l.paragraf, true) ||
  l.ledd.some((x) => zero(x, false)) ||
  l.punktum.some((x) => zero(x, false));

const tiltak14 = control(
  'tiltak-14',
  'Tiltak Kontroll 14: Lovhjemmel er fylt ut med tallet 0',
  'ERROR',
  '2013-01-01',
  perElement('tiltak', T, (t) =>
    [t.lovhjemmel, ...t.jmfrLovhjemmel].some(hasZero)
      ? {
          field: 'lovhjemmel',
          message: 'Ingen Lovhjemmel sin kapittel, paragraf, ledd eller punktum kan være utfylt med 0',
        }
      : null,
  ),
);

const tiltak19 = control(
  'tiltak-19',
  'Tiltak Kontroll 19: Dublett på innhold, men forskjellige identer',
  'WARNING',
  '2022-01-01',
  (h) =>
    duplicates(
      'tiltak',
      h.tiltak,
      'Det finnes 2 eller flere tiltak med identisk innhold, men med forskjellige identer',
    ),
);

const vedtakOf = (h: CaseHistory, t: Tiltak) => {
  const ids = relatedFrom(h, 'Vedtak', 'Tiltak', t.id);
  return h.vedtak.filter((v) => ids.includes(v.id));
};

const tiltak20 = control(
  'tiltak-20',
  'Tiltak Kontroll 20: Tiltak skal ha relasjon fra Vedtak',
  'ERROR',
  '2022-01-01',
  perElement('tiltak', T, (t, h) =>
    vedtakOf(h, t).length > 0 ? null : { field: '', message: 'Tiltak skal ha relasjon fra Vedtak' },
  ),
);

const tiltak21 = control(
  'tiltak-21',
  'Tiltak Kontroll 21: Tiltak sin Lovhjemmel skal baseres på det relaterte Vedtak sin Lovhjemmel',
  'ERROR',
  '2022-01-01',
  perElement('tiltak', T, (t, h) => {
    const l = t.lovhjemmel;
    const differs = vedtakOf(h, t).some(
      (v) =>
        v.lovhjemmel.lov !== l.lov ||
        v.lovhjemmel.kapittel !== l.kapittel ||
        v.lovhjemmel.paragraf !== l.paragraf,
    );
    return differs
      ? {
          field: 'lovhjemmel',
          message: 'Tiltak er registrert med annen lovhjemmel enn det som er registrert i vedtak',
        }
      : null;
  }),
);

/** Tiltak kontroll 22 and 23: the «other» placement codes used for what is not a placement. */
const otherPlacement = (id: string, name: string, kode: string, kind: string) =>
  control(
    id,
    name,
    'WARNING',
    '2023-01-01',
    perElement('tiltak', T, (t) =>
      t.kategori.kode === kode
        ? {
            field: 'kategori.kode',
            message:
              `Dette er er en advarsel. Kun plasseringstiltak skal ha kode ${kode}. ` +
              `Dersom dette ikke er et plasseringstiltak (${kind}) må tiltakskode endres. ` +
              `Er det et administrative vedtak som er gitt kode ${kode} skal tiltaket slettes.`,
          }
        : null,
    ),
  );

const tiltak22 = otherPlacement(
  'tiltak-22',
  'Tiltak Kontroll 22: Tiltak med kode 1.99 Andre tiltak',
  '1.99',
  'institusjon',
);
const tiltak23 = otherPlacement(
  'tiltak-23',
  'Tiltak Kontroll 23: Tiltak med kode 2.99 Andre tiltak',
  '2.99',
  'fosterhjem',
);

export const TILTAK_CONTROLS: readonly Control[] = [
  tiltak2a,
  tiltak2c,
  tiltak2e,
  tiltak5,
  tiltak6,
  tiltak7,
  tiltak8,
  tiltak9,
  tiltak12,
  tiltak13,
  tiltak14,
  tiltak19,
  tiltak20,
  tiltak21,
  tiltak22,
  tiltak23,
];
