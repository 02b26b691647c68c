import { describe, expect, it } from 'vitest';
import { generateIdentityNumber, seededRandom } from '../identity-number-generator.js';
import { runControls } from './controls.js';
import {
  afterSteps,
  BIRTH_DATE,
  TODAY,
  build,
  CONTROL_PREFIXES,
  emptyCase,
  expectControlRow,
  expectControlsCovered,
  findingsOf,
  HAPPY_PATH,
  mutate,
  type ControlRow,
} from './test-fixtures.js';
import type { CaseHistory } from './history.js';

const CLEAN = () => build(HAPPY_PATH); // closed 2026-02-01, everything concluded
const OPEN = () => afterSteps(9); // tiltak t1 and its plan running
const person = (change: (p: CaseHistory['personalia'][number]) => void) => () =>
  mutate(CLEAN(), (h) => {
    const p = h.personalia[0];
    if (p) change(p);
  });

const ROWS: readonly ControlRow[] = [
  [
    'sak-1',
    () => mutate(CLEAN(), (h) => h.planer[1]?.evaluering.splice(0, 1, { utfortDato: '1999-12-31' })),
    () => mutate(CLEAN(), (h) => h.planer[1]?.evaluering.splice(0, 1, { utfortDato: '2000-01-01' })),
  ],
  ['sak-2a', () => mutate(CLEAN(), (h) => (h.sak.sluttDato = '2025-01-05')), CLEAN],
  [
    'sak-7',
    () => ({ history: OPEN(), birthDate: '2001-06-30' }),
    () => ({ history: CLEAN(), birthDate: '2001-06-30' }),
  ],
  [
    'sak-8',
    () => ({ history: afterSteps(1), birthDate: '2008-06-30' }),
    () => ({ history: OPEN(), birthDate: '2008-06-30' }),
  ],
  ['sak-21', () => emptyCase(), () => afterSteps(1)],
  ['sak-23', () => mutate(CLEAN(), (h) => delete h.planer[1]?.konklusjon), CLEAN],
  ['personalia-2f', person((p) => (p.startDato = '2026-02-02')), CLEAN],
  ['personalia-11', () => mutate(CLEAN(), (h) => (h.personalia = [])), CLEAN],
  ['personalia-12', person((p) => (p.fodselsnummer = '15062098749')), CLEAN],
  [
    'personalia-13',
    person((p) => (p.fodseldato = '2020-06-16')),
    person((p) => Object.assign(p, { fodselsnummer: '55070512482', fodseldato: '1905-07-15', kjonn: '2' })),
  ],
  ['personalia-14', person((p) => (p.kjonn = '2')), CLEAN],
  [
    'personalia-15',
    person((p) => (p.fodselsnummer = '15062099999')),
    person((p) => Object.assign(p, { fodselsnummer: '01032599999', fodseldato: '2025-03-01', kjonn: '0' })),
  ],
  ['personalia-16', person((p) => (p.startDato = '2019-09-14')), person((p) => (p.startDato = '2019-09-15'))],
  ['personalia-17', person((p) => (p.dufNummer = '12345')), person((p) => (p.dufNummer = '123456789012'))],
  ['personalia-18', person((p) => (p.fodselsnummer = '15062000100')), CLEAN],
];

describe('sak and personalia controls', () => {
  it('has a row for each of them', () => expectControlsCovered(ROWS, CONTROL_PREFIXES.sak));
  it.each(ROWS)('%s: triggers, and stays quiet on a near miss', (...row) => expectControlRow(row));

  it('words the findings as the specification does', () => {
    expect(findingsOf('sak-7', { history: OPEN(), birthDate: '2000-01-01' })[0]?.message).toBe(
      'Klienten er over 25 år og skal avsluttes som klient. Alder: 26 år.',
    );
    const early = mutate(CLEAN(), (h) => h.planer[1]?.evaluering.splice(0, 1, { utfortDato: '1999-12-31' }));
    expect(findingsOf('sak-1', early)).toEqual([
      {
        controlId: 'sak-1',
        severity: 'ERROR',
        field: 'planer.1.evaluering.0.utfortDato',
        message:
          'planer.1.evaluering.0.utfortDato: Dato (1999-12-31) må være mellom 01.01.2000 og 31.12.2052',
      },
    ]);
  });

  it('Personalia kontroll 18 asks for a fødselsnummer instead of a D-nummer', () => {
    const dnummer = person((p) =>
      Object.assign(p, { fodselsnummer: '55070512482', fodseldato: '1905-07-15', kjonn: '2' }),
    );
    expect(findingsOf('personalia-18', dnummer())[0]).toMatchObject({
      severity: 'INFO',
      message:
        'Om DUF- eller fødselsnummer foreligger i folkeregisteret, skal dette benyttes fremfor D-nummer. Gjelder saksnummer: 2025/17',
    });
  });

  it('Personalia kontroll 12 takes synthetic test numbers only when told to (test and demo services)', () => {
    const synthetic = generateIdentityNumber(BIRTH_DATE, 'male', 'fodselsnummer', seededRandom(5), {
      synthetic: 'skatteetaten',
    });
    const h = mutate(CLEAN(), (x) => Object.assign(x.personalia[0] ?? {}, { fodselsnummer: synthetic }));
    const run = (allowSyntheticNumbers: boolean) =>
      runControls(h, { reportingDate: TODAY, birthDate: BIRTH_DATE, allowSyntheticNumbers }).filter(
        (f) => f.controlId === 'personalia-12',
      );
    expect(run(false)).toHaveLength(1);
    expect(run(true)).toEqual([]);
  });

  it('skips the age controls without a birth date', () => {
    expect(findingsOf('sak-8', { history: afterSteps(1), birthDate: null })).toEqual([]);
  });
});
