/** Undersøkelse controls (Kravspesifikasjon.md, «Undersøkelse»). */
import { SAKSINNHOLD } from '../codes/saksinnhold.js';
import { isIsoDate } from '../iso-date.js';
import { lacksPresisering } from './code-check.js';
import { daysBetween } from './dates.js';
import type { CaseHistory } from './history.js';
import { relatedFrom, relatedTo } from './queries.js';
import { after, control, duplicates, perElement, perElementMany, type Control } from './control-support.js';

const U = (h: CaseHistory) => h.undersokelser;

const undersokelse2a = control(
  'undersokelse-2a',
  'Undersøkelse Kontroll 2a: StartDato er etter SluttDato',
  'ERROR',
  '2013-01-01',
  perElement('undersokelser', U, (u) =>
    after(u.startDato, u.konklusjon?.sluttDato)
      ? {
          field: 'startDato',
          message: `Undersøkelsens startdato ${u.startDato} er etter sluttdato ${u.konklusjon?.sluttDato ?? ''}`,
        }
      : null,
  ),
  true,
);

const undersokelse2c = control(
  'undersokelse-2c',
  'Undersøkelse Kontroll 2c: SluttDato er etter sakens SluttDato',
  'ERROR',
  '2013-01-01',
  perElement('undersokelser', U, (u, h) =>
    after(u.konklusjon?.sluttDato, h.sak.sluttDato)
      ? {
          field: 'konklusjon.sluttDato',
          message: `Undersøkelsens sluttdato ${u.konklusjon?.sluttDato ?? ''} er etter sakens sluttdato ${h.sak.sluttDato ?? ''}`,
        }
      : null,
  ),
  true,
);

const undersokelse2e = control(
  'undersokelse-2e',
  'Undersøkelse Kontroll 2e: StartDato er før sakens StartDato',
  'ERROR',
  '2013-01-01',
  perElement('undersokelser', U, (u, h) =>
    after(h.sak.startDato, u.startDato)
      ? {
          field: 'startDato',
          message: `Undersøkelsens startdato ${u.startDato} er før sakens startdato ${h.sak.startDato}`,
        }
      : null,
  ),
  true,
);

const undersokelse3 = control(
  'undersokelse-3',
  'Undersøkelse Kontroll 3: Vedtaksgrunnlag mangler presisering',
  'ERROR',
  '2013-01-01',
  perElementMany('undersokelser', U, (u) =>
    u.vedtaksgrunnlag.flatMap((x, i) =>
      lacksPresisering(SAKSINNHOLD, x)
        ? [
            {
              field: `vedtaksgrunnlag.${i}.presisering`,
              message: `Vedtaksgrunnlag med kode (${x.kode}) mangler presisering`,
            },
          ]
        : [],
    ),
  ),
);

const undersokelse7 = control(
  'undersokelse-7',
  'Undersøkelse Kontroll 7: Konkludert undersøkelse mangler vedtaksgrunnlag',
  'ERROR',
  '2013-01-01',
  perElement('undersokelser', U, (u) => {
    const kode = u.konklusjon?.kode;
    return (kode === '1' || kode === '2') && u.vedtaksgrunnlag.length === 0
      ? {
          field: 'vedtaksgrunnlag',
          message: `Undersøkelse konkludert med kode ${kode} mangler vedtaksgrunnlag`,
        }
      : null;
  }),
);

/** The earliest receipt date of the meldinger related to the undersøkelse. */
function firstMeldingStart(h: CaseHistory, undersokelseId: string): string | undefined {
  const ids = relatedFrom(h, 'Melding', 'Undersokelse', undersokelseId);
  return h.meldinger
    .filter((m) => ids.includes(m.id) && isIsoDate(m.startDato))
    .map((m) => m.startDato)
    .sort()[0];
}

const undersokelse11 = control(
  'undersokelse-11',
  'Undersøkelse Kontroll 11: Fristoverskridelse på behandlingstid i forhold til melding sin startdato',
  'WARNING',
  '2013-01-01',
  perElement('undersokelser', U, (u, h, o) => {
    const start = firstMeldingStart(h, u.id);
    if (u.konklusjon || start === undefined || !isIsoDate(o.reportingDate)) return null;
    const days = daysBetween(start, o.reportingDate);
    const extended = u.utvidetFrist?.innvilget === '1';
    if (!extended && days > 7 + 90)
      return {
        field: 'konklusjon',
        message: 'Undersøkelse skal konkluderes innen 7 + 90 dager etter melding sin startdato',
      };
    if (days > 7 + 180)
      return {
        field: 'konklusjon',
        message: 'Undersøkelse skal konkluderes innen 7 + 180 dager etter melding sin startdato',
      };
    return null;
  }),
);

const undersokelse19 = control(
  'undersokelse-19',
  'Undersøkelse Kontroll 19: Dublett på innhold, men forskjellige identer',
  'ERROR',
  '2013-01-01',
  (h) =>
    duplicates(
      'undersokelser',
      h.undersokelser,
      'Det finnes 2 eller flere Undersøkelser med identisk innhold, men med forskjellige identer',
    ),
);

const undersokelse20 = control(
  'undersokelse-20',
  'Undersøkelse Kontroll 20: Undersøkelse skal ha relasjon fra melding',
  'ERROR',
  '2013-01-01',
  perElement('undersokelser', U, (u, h) => {
    const ids = relatedFrom(h, 'Melding', 'Undersokelse', u.id);
    return h.meldinger.some((m) => ids.includes(m.id))
      ? null
      : { field: '', message: 'Undersøkelse mangler en relasjon fra melding' };
  }),
);

const undersokelse21 = control(
  'undersokelse-21',
  'Undersøkelse Kontroll 21: Konkludert Undersøkelse skal ha relasjon til Vedtak',
  'ERROR',
  '2013-01-01',
  (h) =>
    h.undersokelser.flatMap((u, i) => {
      const kode = u.konklusjon?.kode;
      if (kode !== '1' && kode !== '2') return [];
      const ids = relatedTo(h, 'Undersokelse', u.id, 'Vedtak');
      if (h.vedtak.some((v) => ids.includes(v.id))) return [];
      return [
        {
          message: 'Konkludert Undersøkelse mangler en relasjon til vedtak',
          field: `undersokelser.${i}`,
          elementId: u.id,
          severity: kode === '1' ? ('ERROR' as const) : ('WARNING' as const),
          migrert: u.migrertId !== undefined,
        },
      ];
    }),
);

export const UNDERSOKELSE_CONTROLS: readonly Control[] = [
  undersokelse2a,
  undersokelse2c,
  undersokelse2e,
  undersokelse3,
  undersokelse7,
  undersokelse11,
  undersokelse19,
  undersokelse20,
  undersokelse21,
];
