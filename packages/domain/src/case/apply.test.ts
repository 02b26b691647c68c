import { describe, expect, it } from 'vitest';
import { applyCommand } from './apply.js';
import { CaseHistory } from './history.js';
import { derivedId, relasjon } from './queries.js';
import {
  afterSteps,
  begjaering,
  BVL2021_3_1,
  build,
  cmd,
  CONTENT_2026,
  HAPPY_PATH,
  omsorg,
  TODAY,
  withM2,
  withSteps,
} from './test-fixtures.js';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('applyCommand', () => {
  it('builds the happy path into a schema-valid, closed case with its relations', () => {
    const h = build(HAPPY_PATH);
    expect(CaseHistory.safeParse(h).success).toBe(true);
    expect(h.sak.sluttDato).toBe('2026-02-01');
    expect(h.relasjoner.map((r) => `${r.fraType}:${r.fraId}>${r.tilType}:${r.tilId}`)).toEqual([
      'Melding:m1>Undersokelse:u1',
      'Undersokelse:u1>Plan:p1',
      'Undersokelse:u1>Vedtak:v1',
      'Vedtak:v1>Tiltak:t1',
      'Tiltak:t1>Plan:p2',
    ]);
    expect(h.vedtak[0]?.status.map((s) => [s.kode, s.endretDato])).toEqual([
      ['1', '2025-03-05'],
      ['4', '2026-02-01'],
    ]);
    expect(h.vedtak[0]?.konklusjon).toEqual({ sluttDato: '2026-02-01' });
  });

  it('open-undersokelse concludes the melding with kode 2 and starts the undersøkelse that day', () => {
    const h = afterSteps(2);
    expect(h.meldinger[0]?.konklusjon).toEqual({ sluttDato: '2025-01-10', kode: '2' });
    expect(h.undersokelser[0]).toEqual({ id: 'u1', startDato: '2025-01-10', vedtaksgrunnlag: [] });
  });

  it('kode 4 links the melding to the ongoing undersøkelse', () => {
    const h = withSteps(withM2(afterSteps(2)), {
      type: 'conclude-melding',
      meldingId: 'm2',
      dato: '2025-02-03',
      kode: '4',
      undersokelseId: 'u1',
    });
    expect(h.relasjoner).toContainEqual(relasjon('Melding', 'm2', 'Undersokelse', 'u1'));
    expect(h.meldinger[1]?.melder).toEqual([{ kode: '11' }]);
  });

  it('a begjæring records its oversendelse with the same lovhjemmel', () => {
    const h = begjaering();
    expect(h.oversendelserFylkesnemnd).toEqual([
      { id: 'o1', startDato: '2025-03-05', lovhjemmel: h.vedtak[0]?.lovhjemmel, jmfrLovhjemmel: [] },
    ]);
    expect(h.relasjoner).toContainEqual(relasjon('Vedtak', 'vb', 'OversendelseFylkesnemnd', 'o1'));
    expect(h.vedtak[0]?.konklusjon).toBeUndefined();
  });

  it('a tiltak takes the vedtak’s lovhjemmel unless given one', () => {
    expect(afterSteps(7).tiltak[0]?.lovhjemmel).toEqual(BVL2021_3_1);
    expect(omsorg().tiltak[0]?.lovhjemmel).toEqual(begjaering().vedtak[0]?.lovhjemmel);
  });

  it('records visits with ids made from the tiltak', () => {
    const tilsyn = {
      ansvarlig: [{ id: 'ta1', startDato: '2025-03-10', kommunenummer: '4601' }],
      hyppighet: [{ id: 'th1', startDato: '2025-03-10', kode: '4' }],
    };
    const h = withSteps(
      afterSteps(6),
      {
        type: 'start-tiltak',
        tiltakId: 't9',
        vedtakId: 'v1',
        dato: '2025-03-10',
        kategori: { kode: '2.1' },
        tilsyn,
      },
      { type: 'record-visit', tiltakId: 't9', besok: 'tilsyn', dato: '2025-04-01' },
      { type: 'record-visit', tiltakId: 't9', besok: 'tilsyn', dato: '2025-07-01' },
    );
    expect(h.tiltak.at(-1)?.tilsyn?.utfort).toEqual([
      { id: 't9>tilsyn1', utfortDato: '2025-04-01' },
      { id: 't9>tilsyn2', utfortDato: '2025-07-01' },
    ]);
  });

  it('reopening clears the sak’s sluttdato and adds the melding', () => {
    const h = withSteps(afterSteps(13), {
      type: 'reopen-sak',
      meldingId: 'm9',
      dato: '2026-03-01',
      ...CONTENT_2026,
    });
    expect(h.sak.sluttDato).toBeUndefined();
    expect(h.meldinger.at(-1)).toEqual({ id: 'm9', startDato: '2026-03-01', ...CONTENT_2026 });
  });

  it('returns the errors of a refused step and leaves the history untouched', () => {
    const h = deepFreeze(afterSteps(7));
    const result = applyCommand(h, cmd({ type: 'close-sak', dato: '2025-06-01' }), TODAY);
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ code: 'OPEN_ELEMENT' })] });
  });

  it('never changes the history it is given', () => {
    const frozen = deepFreeze(afterSteps(6));
    const next = applyCommand(frozen, cmd(HAPPY_PATH[6] as never), TODAY);
    expect(next.ok).toBe(true);
    expect(frozen.tiltak).toEqual([]);
  });
});

describe('derivedId', () => {
  it('is readable while short and a fixed-length hash when long', () => {
    expect(derivedId('m1', 'u1')).toBe('m1>u1');
    const long = derivedId('a'.repeat(40), 'b'.repeat(40));
    expect(long).toMatch(/^h-[0-9a-f]{16}$/);
    expect(derivedId('a'.repeat(40), 'b'.repeat(40))).toBe(long);
    expect(derivedId('a'.repeat(40), 'c'.repeat(40))).not.toBe(long);
  });
});
