/** Plan, Ettervern and Flytting controls (Kravspesifikasjon.md). */
import type { CaseHistory } from './history.js';
import { after, control, duplicates, perElement, perElementMany, type Control } from './control-support.js';

const P = (h: CaseHistory) => h.planer;
const E = (h: CaseHistory) => h.ettervern;
const F = (h: CaseHistory) => h.flyttinger;

const plan2a = control(
  'plan-2a',
  'Plan Kontroll 2a: StartDato er etter SluttDato',
  'ERROR',
  '2013-01-01',
  perElement('planer', P, (p) =>
    after(p.startDato, p.konklusjon?.sluttDato)
      ? {
          field: 'startDato',
          message: `Planens startdato ${p.startDato} er etter sluttdato ${p.konklusjon?.sluttDato ?? ''}`,
        }
      : null,
  ),
  true,
);

const plan2c = control(
  'plan-2c',
  'Plan Kontroll 2c: SluttDato er etter sakens SluttDato',
  'ERROR',
  '2013-01-01',
  perElement('planer', P, (p, h) =>
    after(p.konklusjon?.sluttDato, h.sak.sluttDato)
      ? {
          field: 'konklusjon.sluttDato',
          message: `Planens sluttdato ${p.konklusjon?.sluttDato ?? ''} er etter sakens sluttdato ${h.sak.sluttDato ?? ''}`,
        }
      : null,
  ),
  true,
);

const plan2e = control(
  'plan-2e',
  'Plan Kontroll 2e: StartDato er før sakens StartDato',
  'ERROR',
  '2013-01-01',
  perElement('planer', P, (p, h) =>
    after(h.sak.startDato, p.startDato)
      ? {
          field: 'startDato',
          message: `Planens startdato ${p.startDato} er før sakens startdato ${h.sak.startDato}`,
        }
      : null,
  ),
  true,
);

// As written, 2f only applies to a plan that has a Konklusjon/SluttDato.
const plan2f = control(
  'plan-2f',
  'Plan Kontroll 2f: UtfortDato er etter sakens SluttDato',
  'ERROR',
  '2013-01-01',
  perElementMany('planer', P, (p, h) =>
    p.konklusjon
      ? p.evaluering.flatMap((e, i) =>
          after(e.utfortDato, h.sak.sluttDato)
            ? [
                {
                  field: `evaluering.${i}.utfortDato`,
                  message: `Utført evaluering ${e.utfortDato} er etter sakens sluttdato ${h.sak.sluttDato ?? ''}`,
                },
              ]
            : [],
        )
      : [],
  ),
  true,
);

const plan2g = control(
  'plan-2g',
  'Plan Kontroll 2g: UtfortDato er før sakens StartDato',
  'ERROR',
  '2013-01-01',
  perElementMany('planer', P, (p, h) =>
    p.evaluering.flatMap((e, i) =>
      after(h.sak.startDato, e.utfortDato)
        ? [
            {
              field: `evaluering.${i}.utfortDato`,
              message: `Utført evaluering ${e.utfortDato} er før sakens startdato ${h.sak.startDato}`,
            },
          ]
        : [],
    ),
  ),
  true,
);

const plan19 = control(
  'plan-19',
  'Plan Kontroll 19: Dublett på innhold, men forskjellige identer',
  'INFO',
  '2013-01-01',
  (h) =>
    duplicates(
      'planer',
      h.planer,
      'Det finnes 2 eller flere Planer med identisk innhold, men med forskjellige identer',
    ),
);

const ettervern2a = control(
  'ettervern-2a',
  'Ettervern Kontroll 2a: TilbudSendtDato er etter SluttDato',
  'ERROR',
  '2022-01-01',
  perElement('ettervern', E, (e) =>
    after(e.tilbudSendtDato, e.konklusjon?.sluttDato)
      ? {
          field: 'tilbudSendtDato',
          message: `Ettervernets tilbudSendtDato ${e.tilbudSendtDato} er etter sluttdato ${e.konklusjon?.sluttDato ?? ''}`,
        }
      : null,
  ),
  true,
);

const ettervern2c = control(
  'ettervern-2c',
  'Ettervern Kontroll 2c: SluttDato er etter sakens SluttDato',
  'ERROR',
  '2022-01-01',
  perElement('ettervern', E, (e, h) =>
    after(e.konklusjon?.sluttDato, h.sak.sluttDato)
      ? {
          field: 'konklusjon.sluttDato',
          message: `Ettervern sin sluttdato ${e.konklusjon?.sluttDato ?? ''} er etter sakens sluttdato ${h.sak.sluttDato ?? ''}`,
        }
      : null,
  ),
  true,
);

// The specification gives 2e no «Gyldig fra»; it is taken from its siblings 2a and 2c.
const ettervern2e = control(
  'ettervern-2e',
  'Ettervern Kontroll 2e: TilbudSendtDato er før sakens StartDato',
  'ERROR',
  '2022-01-01',
  perElement('ettervern', E, (e, h) =>
    after(h.sak.startDato, e.tilbudSendtDato)
      ? {
          field: 'tilbudSendtDato',
          message: `Ettervern sin tilbud-sendt-dato ${e.tilbudSendtDato} er før sakens startdato ${h.sak.startDato}`,
        }
      : null,
  ),
  true,
);

const flytting2c = control(
  'flytting-2c',
  'Flytting Kontroll 2c: SluttDato mot sakens SluttDato',
  'ERROR',
  '2022-01-01',
  perElement('flyttinger', F, (f, h) =>
    after(f.sluttDato, h.sak.sluttDato)
      ? {
          field: 'sluttDato',
          message: `Flyttingens sluttdato ${f.sluttDato} er etter sakens sluttdato ${h.sak.sluttDato ?? ''}`,
        }
      : null,
  ),
  true,
);

const flytting2f = control(
  'flytting-2f',
  'Flytting Kontroll 2f: SluttDato mot sakens StartDato',
  'ERROR',
  '2022-01-01',
  perElement('flyttinger', F, (f, h) =>
    after(h.sak.startDato, f.sluttDato)
      ? {
          field: 'sluttDato',
          message: `Flyttingens sluttdato ${f.sluttDato} er før sakens startdato ${h.sak.startDato}`,
        }
      : null,
  ),
  true,
);

export const PLAN_CONTROLS: readonly Control[] = [
  plan2a,
  plan2c,
  plan2e,
  plan2f,
  plan2g,
  plan19,
  ettervern2a,
  ettervern2c,
  ettervern2e,
  flytting2c,
  flytting2f,
];
