import { describe, expect, it } from 'vitest';
import { CASE_COMMAND_TYPES, CaseCommand } from './commands.js';
import { CaseHistory, createCaseHistory } from './history.js';
import { Melding, Tiltak, Undersokelse, Vedtak } from './model.js';
import { build, BVL2021_3_1, HAPPY_PATH } from './test-fixtures.js';

const issues = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.success ? [] : (result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('the case model', () => {
  it('checks a melder code on the day the melding was received', () => {
    expect(Melding.safeParse({ id: 'm1', startDato: '2024-12-31', melder: [{ kode: '15' }] }).success).toBe(
      true,
    );
    expect(
      issues(Melding.safeParse({ id: 'm1', startDato: '2025-01-01', melder: [{ kode: '15' }] })),
    ).toEqual([['melder.0.kode', 'Koden 15 gikk ut 2024-12-31 og kan ikke brukes 2025-01-01.']]);
  });

  it('checks saksinnhold on the conclusion date, so 2026 needs Kunnskapsmodellen', () => {
    const melding = (kode: string) => ({
      id: 'm1',
      startDato: '2025-12-29',
      melder: [{ kode: '11' }],
      saksinnhold: [{ kode }],
      konklusjon: { sluttDato: '2026-01-02', kode: '10' },
    });
    expect(Melding.safeParse(melding('1.1.01')).success).toBe(true);
    expect(issues(Melding.safeParse(melding('21')))).toEqual([
      ['saksinnhold.0.kode', 'Koden 21 gikk ut 2025-12-31 og kan ikke brukes 2026-01-02.'],
    ]);
  });

  it('rejects a code that is in no list, and a date that is not a date', () => {
    expect(issues(Undersokelse.safeParse({ id: 'u1', startDato: '2025-02-30' }))[0]?.[0]).toBe('startDato');
    expect(
      Tiltak.safeParse({
        id: 't1',
        startDato: '2025-01-01',
        lovhjemmel: BVL2021_3_1,
        kategori: { kode: '9.9' },
      }).success,
    ).toBe(false);
  });

  it('does not date codes in lists whose dates only say when the registry added the element', () => {
    const placement = {
      id: 't1',
      startDato: '2019-05-01',
      lovhjemmel: { ...BVL2021_3_1, lov: 'BVL', kapittel: '4', paragraf: '12' },
      kategori: { kode: '2.2' },
      oppfolging: { hyppighet: [{ id: 'h1', startDato: '2019-05-01', kode: '4' }] },
    };
    expect(Tiltak.safeParse(placement).success).toBe(true);
    expect(Tiltak.safeParse({ ...placement, kategori: { kode: '8.4' } }).success).toBe(false);
  });

  it('needs a status on a vedtak and at most three jf. lovhjemler', () => {
    const vedtak = { id: 'v1', startDato: '2025-03-05', lovhjemmel: BVL2021_3_1 };
    const status = [{ id: 's1', endretDato: '2025-03-05', kode: '1' }];
    expect(Vedtak.safeParse({ ...vedtak, status: [] }).success).toBe(false);
    expect(Vedtak.safeParse({ ...vedtak, status }).success).toBe(true);
    expect(Vedtak.safeParse({ ...vedtak, status, jmfrLovhjemmel: Array(4).fill(BVL2021_3_1) }).success).toBe(
      false,
    );
  });

  it('rejects a zero in a lovhjemmel (Tiltak kontroll 14 also reports it)', () => {
    const lovhjemmel = { ...BVL2021_3_1, kapittel: '0' };
    expect(
      Tiltak.safeParse({ id: 't1', startDato: '2025-03-10', lovhjemmel, kategori: { kode: '3.2' } }).success,
    ).toBe(false);
  });

  it('keeps ids unique across the case', () => {
    const h = build(HAPPY_PATH);
    expect(CaseHistory.safeParse(h).success).toBe(true);
    const clash = { ...h, tiltak: h.tiltak.map((t) => ({ ...t, id: 'u1' })) };
    expect(issues(CaseHistory.safeParse(clash))).toEqual([['tiltak.0.id', 'Id u1 er brukt før i saken.']]);
  });

  it('creates an empty case whose collections default to empty', () => {
    const h = createCaseHistory({ sakId: 's', journalnummer: '1', startDato: '2025-01-01' });
    expect(h).toMatchObject({ sak: { id: 's', startDato: '2025-01-01' }, meldinger: [], relasjoner: [] });
    expect(() => createCaseHistory({ sakId: 's', journalnummer: '', startDato: '2025-01-01' })).toThrow();
  });
});

describe('the commands', () => {
  it('are twenty steps, told apart by type', () => {
    expect(CASE_COMMAND_TYPES).toHaveLength(20);
    expect(CaseCommand.safeParse({ type: 'approve-everything', dato: '2025-01-01' }).success).toBe(false);
    expect(CaseCommand.parse({ type: 'receive-melding', meldingId: 'm1', dato: '2025-01-01' })).toEqual({
      type: 'receive-melding',
      meldingId: 'm1',
      dato: '2025-01-01',
      melder: [],
      saksinnhold: [],
    });
  });
});
