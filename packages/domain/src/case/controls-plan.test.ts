import { describe, expect, it } from 'vitest';
import type { CaseHistory } from './history.js';
import {
  build,
  CONTROL_PREFIXES,
  expectControlRow,
  expectControlsCovered,
  findingsOf,
  HAPPY_PATH,
  mutate,
  type ControlRow,
} from './test-fixtures.js';

type Plan = CaseHistory['planer'][number];

const CLEAN = () => build(HAPPY_PATH); // sak 2025-01-06 to 2026-02-01
// p2: tiltaksplan 2025-03-10 to 2026-01-31, evaluated 2025-09-01
const p2 = (change: (p: Plan, h: CaseHistory) => void) => () =>
  mutate(CLEAN(), (h) => h.planer[1] && change(h.planer[1], h));
const evaluated = (utfortDato: string, keepEnd = true) =>
  p2((p) => {
    p.evaluering = [{ utfortDato }];
    if (!keepEnd) delete p.konklusjon;
  });
const ETTERVERN = () =>
  mutate(CLEAN(), (h) =>
    h.ettervern.push({
      id: 'e1',
      tilbudSendtDato: '2025-06-01',
      konklusjon: { sluttDato: '2025-06-10', kode: '1' },
    }),
  );
const ettervern = (change: (e: CaseHistory['ettervern'][number]) => void) => () =>
  mutate(ETTERVERN(), (h) => h.ettervern[0] && change(h.ettervern[0]));
const FLYTTING = () =>
  mutate(CLEAN(), (h) =>
    h.flyttinger.push({
      id: 'f1',
      sluttDato: '2025-08-01',
      arsakFra: { kode: '1.1.4' },
      flyttingTil: { kode: '4' },
    }),
  );
const flyttet = (sluttDato: string) => () =>
  mutate(FLYTTING(), (h) => h.flyttinger[0] && (h.flyttinger[0].sluttDato = sluttDato));

const ROWS: readonly ControlRow[] = [
  ['plan-2a', p2((p) => (p.konklusjon = { sluttDato: '2025-03-09' })), CLEAN],
  ['plan-2c', p2((p) => (p.konklusjon = { sluttDato: '2026-02-02' })), CLEAN],
  ['plan-2e', p2((p) => (p.startDato = '2025-01-05')), CLEAN],
  // As written, 2f needs the plan to have a sluttdato: the same evaluation on a running plan passes.
  ['plan-2f', evaluated('2026-02-02'), evaluated('2026-02-02', false)],
  ['plan-2g', evaluated('2025-01-05'), evaluated('2025-01-06')],
  ['plan-19', p2((p, h) => h.planer.push({ ...structuredClone(p), id: 'p3' })), CLEAN],
  ['ettervern-2a', ettervern((e) => (e.tilbudSendtDato = '2025-06-11')), ETTERVERN],
  ['ettervern-2c', ettervern((e) => (e.konklusjon = { sluttDato: '2026-02-02', kode: '1' })), ETTERVERN],
  ['ettervern-2e', ettervern((e) => (e.tilbudSendtDato = '2025-01-05')), ETTERVERN],
  ['flytting-2c', flyttet('2026-02-02'), FLYTTING],
  ['flytting-2f', flyttet('2025-01-05'), FLYTTING],
];

describe('plan, ettervern and flytting controls', () => {
  it('has a row for each of them', () => expectControlsCovered(ROWS, CONTROL_PREFIXES.plan));
  it.each(ROWS)('%s: triggers, and stays quiet on a near miss', (...row) => expectControlRow(row));

  it('words the findings as the specification does', () => {
    expect(findingsOf('plan-2g', evaluated('2025-01-05')())[0]).toEqual({
      controlId: 'plan-2g',
      severity: 'ERROR',
      message: 'Utført evaluering 2025-01-05 er før sakens startdato 2025-01-06',
      field: 'planer.1.evaluering.0.utfortDato',
      elementId: 'p2',
    });
  });
});
