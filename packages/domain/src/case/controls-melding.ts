/** Melding, Melder and Saksinnhold controls (Kravspesifikasjon.md). */
import { MELDER } from '../codes/melding.js';
import { SAKSINNHOLD } from '../codes/saksinnhold.js';
import { isIsoDate } from '../iso-date.js';
import { lacksPresisering } from './code-check.js';
import { daysBetween } from './dates.js';
import type { CaseHistory } from './history.js';
import { after, control, duplicates, perElement, perElementMany, type Control } from './control-support.js';

const M = (h: CaseHistory) => h.meldinger;

const melding2a = control(
  'melding-2a',
  'Melding Kontroll 2a: StartDato er etter SluttDato',
  'ERROR',
  '2013-01-01',
  perElement('meldinger', M, (m) =>
    after(m.startDato, m.konklusjon?.sluttDato)
      ? {
          field: 'startDato',
          message: `Meldingens startdato ${m.startDato} er etter sluttdato ${m.konklusjon?.sluttDato ?? ''}`,
        }
      : null,
  ),
  true,
);

const melding2c = control(
  'melding-2c',
  'Melding Kontroll 2c: SluttDato er etter sakens SluttDato',
  'ERROR',
  '2013-01-01',
  perElement('meldinger', M, (m, h) =>
    after(m.konklusjon?.sluttDato, h.sak.sluttDato)
      ? {
          field: 'konklusjon.sluttDato',
          message: `Meldingens sluttdato ${m.konklusjon?.sluttDato ?? ''} er etter Sakens sluttdato ${h.sak.sluttDato ?? ''}`,
        }
      : null,
  ),
  true,
);

const melding2e = control(
  'melding-2e',
  'Melding Kontroll 2e: StartDato er før sakens StartDato',
  'ERROR',
  '2013-01-01',
  perElement('meldinger', M, (m, h) =>
    after(h.sak.startDato, m.startDato)
      ? {
          field: 'startDato',
          message: `Meldingens startdato ${m.startDato} er før sakens startdato ${h.sak.startDato}`,
        }
      : null,
  ),
  true,
);

const melding3 = control(
  'melding-3',
  'Melding Kontroll 3: Fristoverskridelse på behandlingstid',
  'WARNING',
  '2013-01-01',
  perElement('meldinger', M, (m) => {
    const end = m.konklusjon?.sluttDato;
    if (end === undefined || !isIsoDate(end) || !isIsoDate(m.startDato) || daysBetween(m.startDato, end) <= 7)
      return null;
    return {
      field: 'konklusjon.sluttDato',
      message: `Fristoverskridelse på behandlingstid for melding, (${m.startDato} -> ${end})`,
    };
  }),
);

const melding4 = control(
  'melding-4',
  'Melding Kontroll 4: Konkludert melding mangler melder',
  'ERROR',
  '2013-01-01',
  perElement('meldinger', M, (m) =>
    m.konklusjon && m.melder.length === 0
      ? { field: 'melder', message: 'Konkludert melding mangler melder(e)' }
      : null,
  ),
);

const melding5 = control(
  'melding-5',
  'Melding Kontroll 5: Konkludert melding mangler saksinnhold',
  'ERROR',
  '2013-01-01',
  perElement('meldinger', M, (m) =>
    m.konklusjon && m.saksinnhold.length === 0
      ? { field: 'saksinnhold', message: 'Konkludert melding mangler saksinnhold' }
      : null,
  ),
);

const melding19 = control(
  'melding-19',
  'Melding Kontroll 19: Dublett på innhold, men forskjellige identer',
  'INFO',
  '2013-01-01',
  (h) =>
    duplicates(
      'meldinger',
      h.meldinger.filter((m) => m.konklusjon),
      'Det finnes 2 eller flere meldinger med identisk innhold, men med forskjellige identer',
    ).map((f) => ({ ...f, field: `meldinger.${h.meldinger.findIndex((m) => m.id === f.elementId)}` })),
);

const melder2 = control(
  'melder-2',
  'Melder Kontroll 2: Mangler Presisering',
  'ERROR',
  '2013-01-01',
  perElementMany('meldinger', M, (m) =>
    m.melder.flatMap((x, i) =>
      lacksPresisering(MELDER, x)
        ? [{ field: `melder.${i}.presisering`, message: `Melder med kode (${x.kode}) mangler presisering` }]
        : [],
    ),
  ),
);

const saksinnhold2 = control(
  'saksinnhold-2',
  'Saksinnhold Kontroll 2: Mangler Presisering',
  'ERROR',
  '2013-01-01',
  perElementMany('meldinger', M, (m) =>
    m.saksinnhold.flatMap((x, i) =>
      lacksPresisering(SAKSINNHOLD, x)
        ? [
            {
              field: `saksinnhold.${i}.presisering`,
              message: `Saksinnhold med kode (${x.kode}) mangler presisering`,
            },
          ]
        : [],
    ),
  ),
);

export const MELDING_CONTROLS: readonly Control[] = [
  melding2a,
  melding2c,
  melding2e,
  melding3,
  melding4,
  melding5,
  melding19,
  melder2,
  saksinnhold2,
];
