/** Vedtak and Oversendelse til fylkesnemnd controls (Kravspesifikasjon.md). */
import { barnevernlovMismatch, LOVHJEMMEL_LOV } from '../codes/lovhjemmel.js';
import { isIsoDate } from '../iso-date.js';
import type { CaseHistory } from './history.js';
import { after, control, duplicates, perElement, perElementMany, type Control } from './control-support.js';

const V = (h: CaseHistory) => h.vedtak;
const O = (h: CaseHistory) => h.oversendelserFylkesnemnd;
const end = (v: { konklusjon?: { sluttDato: string } | undefined }) => v.konklusjon?.sluttDato ?? '';

const vedtak2a = control(
  'vedtak-2a',
  'Vedtak Kontroll 2a: StartDato er etter SluttDato',
  'ERROR',
  '2022-01-01',
  perElement('vedtak', V, (v) =>
    after(v.startDato, v.konklusjon?.sluttDato)
      ? { field: 'startDato', message: `Vedtakets startdato ${v.startDato} er etter sluttdato ${end(v)}` }
      : null,
  ),
  true,
);

const vedtak2c = control(
  'vedtak-2c',
  'Vedtak Kontroll 2c: SluttDato er etter sakens SluttDato',
  'ERROR',
  '2022-01-01',
  perElement('vedtak', V, (v, h) =>
    after(v.konklusjon?.sluttDato, h.sak.sluttDato)
      ? {
          field: 'konklusjon.sluttDato',
          message: `Vedtakets sluttdato ${end(v)} er etter Sakens sluttdato ${h.sak.sluttDato ?? ''}`,
        }
      : null,
  ),
  true,
);

const vedtak2e = control(
  'vedtak-2e',
  'Vedtak Kontroll 2e: StartDato er før sakens StartDato',
  'ERROR',
  '2022-01-01',
  perElement('vedtak', V, (v, h) =>
    after(h.sak.startDato, v.startDato)
      ? {
          field: 'startDato',
          message: `Vedtakets startdato ${v.startDato} er før sakens startdato ${h.sak.startDato}`,
        }
      : null,
  ),
  true,
);

const vedtak2f = control(
  'vedtak-2f',
  'Vedtak Kontroll 2f: Krav sin StartDato er etter SluttDato',
  'ERROR',
  '2022-01-01',
  perElementMany('vedtak', V, (v) =>
    v.krav.flatMap((k, i) =>
      after(k.startDato, k.konklusjon?.sluttDato)
        ? [
            {
              field: `krav.${i}.startDato`,
              message: `Kravets startdato ${k.startDato} er etter sluttdato ${end(k)}`,
            },
          ]
        : [],
    ),
  ),
  true,
);

const vedtak2g = control(
  'vedtak-2g',
  'Vedtak Kontroll 2g: Krav sin SluttDato er etter vedtakets SluttDato',
  'ERROR',
  '2022-01-01',
  perElementMany('vedtak', V, (v) =>
    v.krav.flatMap((k, i) =>
      after(k.konklusjon?.sluttDato, v.konklusjon?.sluttDato)
        ? [
            {
              field: `krav.${i}.konklusjon.sluttDato`,
              message: `Kravets sluttdato ${end(k)} er etter Vedtakets sluttdato ${end(v)}`,
            },
          ]
        : [],
    ),
  ),
  true,
);

const vedtak2h = control(
  'vedtak-2h',
  'Vedtak Kontroll 2h: Krav sin StartDato er før vedtakets StartDato',
  'ERROR',
  '2022-01-01',
  perElementMany('vedtak', V, (v) =>
    v.krav.flatMap((k, i) =>
      after(v.startDato, k.startDato)
        ? [
            {
              field: `krav.${i}.startDato`,
              message: `Kravets startdato ${k.startDato} er før vedtakets startdato ${v.startDato}`,
            },
          ]
        : [],
    ),
  ),
  true,
);

const vedtak2i = control(
  'vedtak-2i',
  'Vedtak Kontroll 2i: Status sin EndretDato er etter vedtakets SluttDato',
  'INFO',
  '2022-01-01',
  perElementMany('vedtak', V, (v) =>
    v.status.flatMap((s, i) =>
      after(s.endretDato, v.konklusjon?.sluttDato)
        ? [
            {
              field: `status.${i}.endretDato`,
              message: `Status sin endretdato ${s.endretDato} er etter Vedtakets sluttdato ${end(v)}`,
            },
          ]
        : [],
    ),
  ),
  true,
);

const vedtak2j = control(
  'vedtak-2j',
  'Vedtak Kontroll 2j: Status sin EndretDato er før vedtakets StartDato',
  'INFO',
  '2022-01-01',
  perElementMany('vedtak', V, (v) =>
    v.status.flatMap((s, i) =>
      after(v.startDato, s.endretDato)
        ? [
            {
              field: `status.${i}.endretDato`,
              message: `Status sin endretdato ${s.endretDato} er før vedtakets startdato ${v.startDato}`,
            },
          ]
        : [],
    ),
  ),
  true,
);

const STATUS_TEXT: Readonly<Record<string, string>> = {
  '3': "Vedtak med status 3 = 'Utgår / Bortfalt etter BVL' mangler sluttdato",
  '4': "Vedtak med status 4 = 'Avslått / Avsluttet' mangler sluttdato",
};

const vedtak3 = control(
  'vedtak-3',
  'Vedtak Kontroll 3: Avsluttet vedtak skal ha SluttDato',
  'ERROR',
  '2022-01-01',
  perElement('vedtak', V, (v) => {
    const ending = v.status.find((s) => s.kode === '3' || s.kode === '4');
    return ending && !v.konklusjon
      ? { field: 'konklusjon.sluttDato', message: STATUS_TEXT[ending.kode] ?? '' }
      : null;
  }),
);

const LOVER: readonly string[] = LOVHJEMMEL_LOV.map((l) => l.code);

const vedtak4 = control(
  'vedtak-4',
  'Vedtak Kontroll 4: Lovhjemmel refererer til feil barnevernlov',
  'ERROR',
  '2022-01-01',
  perElementMany('vedtak', V, (v) =>
    [
      { field: 'lovhjemmel.lov', lov: v.lovhjemmel.lov as string },
      ...v.jmfrLovhjemmel.map((j, i) => ({ field: `jmfrLovhjemmel.${i}.lov`, lov: j.lov as string })),
    ]
      .filter((x) => !LOVER.includes(x.lov))
      .map((x) => ({
        field: x.field,
        message: `Lovhjemlene under vedtak inneholder annen verdi for lov enn BVL, BVL2021 eller BL1981. Lov: ${x.lov}.`,
      })),
  ),
);

const wrongLaw = (lov: Parameters<typeof barnevernlovMismatch>[0], startDato: string) =>
  isIsoDate(startDato) && LOVER.includes(lov) ? barnevernlovMismatch(lov, startDato) : null;

const vedtak5 = control(
  'vedtak-5',
  'Vedtak kontroll 5: Lovhjemmel refererer til feil barnevernlov',
  'ERROR',
  '2022-01-01',
  perElement('vedtak', V, (v) => {
    const message = wrongLaw(v.lovhjemmel.lov, v.startDato);
    return message ? { field: 'lovhjemmel.lov', message } : null;
  }),
);

const vedtak19 = control(
  'vedtak-19',
  'Vedtak Kontroll 19: Dublett på innhold, men forskjellige identer',
  'INFO',
  '2013-01-01',
  (h) =>
    duplicates(
      'vedtak',
      h.vedtak,
      'Det finnes 2 eller flere Vedtak med identisk innhold, men med forskjellige identer',
    ),
);

const vedtak20 = control(
  'vedtak-20',
  "Vedtak Kontroll 20: Vedtak med status 2 = 'Begjæring_ oversendt nemnd' skal ha relasjon til OversendelseFylkesnemnd",
  'WARNING',
  '2022-01-01',
  perElement('vedtak', V, (v, h) => {
    if (!v.status.some((s) => s.kode === '2')) return null;
    // The specification does not say which way the relation points; either way counts.
    const linked = h.relasjoner.flatMap((r) =>
      r.fraType === 'Vedtak' && r.fraId === v.id && r.tilType === 'OversendelseFylkesnemnd'
        ? [r.tilId]
        : r.tilType === 'Vedtak' && r.tilId === v.id && r.fraType === 'OversendelseFylkesnemnd'
          ? [r.fraId]
          : [],
    );
    if (linked.length === 0)
      return {
        field: '',
        message:
          "Vedtak med status 2 = 'Begjæring oversendt nemnd' skal ha relasjon til OversendelseFylkesnemnd",
      };
    return h.oversendelserFylkesnemnd.some((o) => linked.includes(o.id))
      ? null
      : {
          field: '',
          message:
            "OversendelseFylkesnemndVedtak skal finnes for Vedtak med status 2 = 'Begjæring oversendt nemnd'",
        };
  }),
);

const oversendelse2e = control(
  'oversendelse-2e',
  'Oversendelse til fylkesnemnd Kontroll 2e: StartDato er før sakens StartDato',
  'ERROR',
  '2022-01-01',
  perElement('oversendelserFylkesnemnd', O, (o, h) =>
    after(h.sak.startDato, o.startDato)
      ? {
          field: 'startDato',
          message: `Oversendelse til fylkesnemndens startdato ${o.startDato} er før sakens startdato ${h.sak.startDato}`,
        }
      : null,
  ),
  true,
);

const oversendelse2f = control(
  'oversendelse-2f',
  'Oversendelse til fylkesnemnd Kontroll 2f: StartDato er etter sakens SluttDato',
  'ERROR',
  '2022-01-01',
  perElement('oversendelserFylkesnemnd', O, (o, h) =>
    after(o.startDato, h.sak.sluttDato)
      ? {
          field: 'startDato',
          message: `Oversendelse til fylkesnemndens startdato ${o.startDato} er etter sakens sluttdato ${h.sak.sluttDato ?? ''}`,
        }
      : null,
  ),
  true,
);

const oversendelse5 = control(
  'oversendelse-5',
  'Oversendelse til fylkesnemnd Kontroll 5: Lovhjemmel refererer til feil barnevernlov',
  'ERROR',
  '2022-01-01',
  perElement('oversendelserFylkesnemnd', O, (o) => {
    const message = wrongLaw(o.lovhjemmel.lov, o.startDato);
    return message ? { field: 'lovhjemmel.lov', message } : null;
  }),
);

export const VEDTAK_CONTROLS: readonly Control[] = [
  vedtak2a,
  vedtak2c,
  vedtak2e,
  vedtak2f,
  vedtak2g,
  vedtak2h,
  vedtak2i,
  vedtak2j,
  vedtak3,
  vedtak4,
  vedtak5,
  vedtak19,
  vedtak20,
  oversendelse2e,
  oversendelse2f,
  oversendelse5,
];
