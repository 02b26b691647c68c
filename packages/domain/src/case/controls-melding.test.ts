import { describe, expect, it } from 'vitest';
import type { CaseHistory } from './history.js';
import {
  afterSteps,
  build,
  CONTROL_PREFIXES,
  expectControlRow,
  expectControlsCovered,
  findingsOf,
  HAPPY_PATH,
  mutate,
  type ControlRow,
} from './test-fixtures.js';

const CLEAN = () => build(HAPPY_PATH);
type Melding = CaseHistory['meldinger'][number];
type Undersokelse = CaseHistory['undersokelser'][number];
const melding = (change: (m: Melding, h: CaseHistory) => void) => () =>
  mutate(CLEAN(), (h) => h.meldinger[0] && change(h.meldinger[0], h));
const undersokelse = (change: (u: Undersokelse, h: CaseHistory) => void) => () =>
  mutate(CLEAN(), (h) => h.undersokelser[0] && change(h.undersokelser[0], h));
const concluded = (sluttDato: string) => melding((m) => (m.konklusjon = { sluttDato, kode: '2' }));
const withoutRelation = (fra: string, til: string) => () =>
  mutate(CLEAN(), (h) => (h.relasjoner = h.relasjoner.filter((r) => !(r.fraId === fra && r.tilId === til))));
const u1Open = (reportingDate: string) => () => ({ history: afterSteps(3), reportingDate });

const ROWS: readonly ControlRow[] = [
  ['melding-2a', concluded('2025-01-05'), CLEAN],
  ['melding-2c', concluded('2026-02-02'), CLEAN],
  ['melding-2e', melding((m) => (m.startDato = '2025-01-05')), CLEAN],
  ['melding-3', concluded('2025-01-14'), concluded('2025-01-13')],
  ['melding-4', melding((m) => (m.melder = [])), CLEAN],
  ['melding-5', melding((m) => (m.saksinnhold = [])), CLEAN],
  [
    'melding-19',
    melding((m, h) => h.meldinger.push({ ...structuredClone(m), id: 'm2' })),
    melding((m, h) => h.meldinger.push({ ...structuredClone(m), id: 'm2', konklusjon: undefined })),
  ],
  [
    'melder-2',
    melding((m) => (m.melder = [{ kode: '22' }])),
    melding((m) => (m.melder = [{ kode: '22', presisering: 'Kommunens helsetjeneste' }])),
  ],
  [
    'saksinnhold-2',
    melding((m) => (m.saksinnhold = [{ kode: '18' }])),
    melding((m) => (m.saksinnhold = [{ kode: '18', presisering: 'Flytting' }])),
  ],
  ['undersokelse-2a', undersokelse((u) => u.konklusjon && (u.konklusjon.sluttDato = '2025-01-09')), CLEAN],
  ['undersokelse-2c', undersokelse((u) => u.konklusjon && (u.konklusjon.sluttDato = '2026-02-02')), CLEAN],
  ['undersokelse-2e', undersokelse((u) => (u.startDato = '2025-01-05')), CLEAN],
  [
    'undersokelse-3',
    undersokelse((u) => (u.vedtaksgrunnlag = [{ kode: '19' }])),
    undersokelse((u) => (u.vedtaksgrunnlag = [{ kode: '19', presisering: 'Skolefravær' }])),
  ],
  [
    'undersokelse-7',
    undersokelse((u) => (u.vedtaksgrunnlag = [])),
    undersokelse((u) =>
      Object.assign(u, { vedtaksgrunnlag: [], konklusjon: { sluttDato: '2025-03-01', kode: '3' } }),
    ),
  ],
  // m1 was received 2025-01-06; 7 + 90 days later is 2025-04-13.
  ['undersokelse-11', u1Open('2025-04-14'), u1Open('2025-04-13')],
  [
    'undersokelse-19',
    undersokelse((u, h) => h.undersokelser.push({ ...structuredClone(u), id: 'u2' })),
    CLEAN,
  ],
  ['undersokelse-20', withoutRelation('m1', 'u1'), CLEAN],
  ['undersokelse-21', withoutRelation('u1', 'v1'), CLEAN],
];

describe('melding and undersøkelse controls', () => {
  it('has a row for each of them', () => expectControlsCovered(ROWS, CONTROL_PREFIXES.melding));
  it.each(ROWS)('%s: triggers, and stays quiet on a near miss', (...row) => expectControlRow(row));

  it('Undersøkelse kontroll 11 gives 7 + 180 days with a granted extension', () => {
    const extended = (reportingDate: string) => ({
      history: mutate(
        afterSteps(3),
        (h) =>
          h.undersokelser[0] &&
          (h.undersokelser[0].utvidetFrist = { startDato: '2025-03-01', innvilget: '1' }),
      ),
      reportingDate,
    });
    expect(findingsOf('undersokelse-11', extended('2025-04-14'))).toEqual([]);
    expect(findingsOf('undersokelse-11', extended('2025-07-12'))).toEqual([]);
    expect(findingsOf('undersokelse-11', extended('2025-07-13'))[0]?.message).toBe(
      'Undersøkelse skal konkluderes innen 7 + 180 dager etter melding sin startdato',
    );
  });

  it('Undersøkelse kontroll 21 is an ERROR for kode 1 and a WARNING for kode 2', () => {
    const kode2 = mutate(
      withoutRelation('u1', 'v1')(),
      (h) => h.undersokelser[0]?.konklusjon && (h.undersokelser[0].konklusjon.kode = '2'),
    );
    expect(findingsOf('undersokelse-21', withoutRelation('u1', 'v1')())[0]?.severity).toBe('ERROR');
    expect(findingsOf('undersokelse-21', kode2)[0]?.severity).toBe('WARNING');
  });

  it('points at the field to fix', () => {
    expect(findingsOf('melder-2', melding((m) => (m.melder = [{ kode: '11' }, { kode: '22' }]))())).toEqual([
      {
        controlId: 'melder-2',
        severity: 'ERROR',
        message: 'Melder med kode (22) mangler presisering',
        field: 'meldinger.0.melder.1.presisering',
        elementId: 'm1',
      },
    ]);
  });
});
