import { describe, expect, it } from 'vitest';
import {
  BARNETS_MEDVIRKNING,
  codesValidOn,
  ETTERVERN_KONKLUSJON,
  findCode,
  FLYTTING_ARSAK_FRA,
  FLYTTING_TIL,
  isCodeValidOn,
  isValidCode,
  KJONN,
  KUNNSKAPSMODELLEN,
  KUNNSKAPSMODELLEN_SIDES,
  LOVHJEMMEL_LOV,
  MELDER,
  MELDING_KONKLUSJON,
  needsPresisering,
  OPPFOLGING_HYPPIGHET,
  PLANTYPE,
  REGISTRY_CODE_LISTS,
  SAKSINNHOLD,
  SAKSINNHOLD_TO_2025,
  TILSYN_HYPPIGHET,
  TILTAK_KATEGORI,
  TILTAK_OPPHEVELSE,
  TILTAKSGRUNNLAG,
  UNDERSOKELSE_KONKLUSJON,
  UTVIDET_FRIST_INNVILGET,
  VEDTAK_KRAV_KONKLUSJON,
  VEDTAK_STATUS,
  VEDTAKSGRUNNLAG,
  type CodeList,
} from './index.js';

const codes = (list: CodeList) => list.map((c) => c.code);

describe('counts match the source documents', () => {
  it.each([
    ['MELDER', MELDER, 25],
    ['SAKSINNHOLD_TO_2025', SAKSINNHOLD_TO_2025, 36],
    ['KUNNSKAPSMODELLEN', KUNNSKAPSMODELLEN, 57],
    ['SAKSINNHOLD', SAKSINNHOLD, 93],
    ['MELDING_KONKLUSJON', MELDING_KONKLUSJON, 10],
    ['BARNETS_MEDVIRKNING', BARNETS_MEDVIRKNING, 6],
    ['UTVIDET_FRIST_INNVILGET', UTVIDET_FRIST_INNVILGET, 2],
    ['UNDERSOKELSE_KONKLUSJON', UNDERSOKELSE_KONKLUSJON, 9],
    ['PLANTYPE', PLANTYPE, 8],
    ['TILTAK_KATEGORI', TILTAK_KATEGORI, 51],
    ['TILTAK_OPPHEVELSE', TILTAK_OPPHEVELSE, 4],
    ['VEDTAK_STATUS', VEDTAK_STATUS, 4],
    ['VEDTAK_KRAV_KONKLUSJON', VEDTAK_KRAV_KONKLUSJON, 3],
    ['ETTERVERN_KONKLUSJON', ETTERVERN_KONKLUSJON, 3],
    ['FLYTTING_ARSAK_FRA', FLYTTING_ARSAK_FRA, 18],
    ['FLYTTING_TIL', FLYTTING_TIL, 9],
    ['LOVHJEMMEL_LOV', LOVHJEMMEL_LOV, 3],
    ['KJONN', KJONN, 3],
    ['OPPFOLGING_HYPPIGHET', OPPFOLGING_HYPPIGHET, 2],
    ['TILSYN_HYPPIGHET', TILSYN_HYPPIGHET, 2],
  ] as const)('%s has %i codes', (_name, list, count) => {
    expect(list).toHaveLength(count);
  });

  it('the old saksinnhold codes are exactly 1-36', () => {
    expect(
      codes(SAKSINNHOLD_TO_2025)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(Array.from({ length: 36 }, (_, i) => i + 1));
  });

  it('Kunnskapsmodellen has 3 sides, 11 areas and 57 themes, each theme under its own area', () => {
    expect(KUNNSKAPSMODELLEN_SIDES).toHaveLength(3);
    expect(KUNNSKAPSMODELLEN_SIDES.flatMap((s) => s.areas)).toHaveLength(11);
    const perArea = KUNNSKAPSMODELLEN_SIDES.flatMap((s) => s.areas).map(
      (a) => KUNNSKAPSMODELLEN.filter((t) => t.group.code === a.code).length,
    );
    expect(perArea).toEqual([4, 3, 11, 4, 3, 3, 2, 9, 10, 2, 6]);
    for (const t of KUNNSKAPSMODELLEN) {
      expect(t.code).toMatch(/^\d\.\d\.\d\d$/);
      expect(t.code.startsWith(`${t.group.code}.`)).toBe(true);
      expect(t.group.parent?.code).toBe(t.code[0]);
    }
    expect(findCode(SAKSINNHOLD, '3.2.01')?.group).toEqual({
      code: '3.2',
      label: 'Bolig økonomi og arbeid',
      parent: { code: '3', label: 'FAMILIE OG MILJØ' },
    });
  });

  it('vedtaksgrunnlag and tiltaksgrunnlag use the saksinnhold list', () => {
    expect(VEDTAKSGRUNNLAG).toBe(SAKSINNHOLD);
    expect(TILTAKSGRUNNLAG).toBe(SAKSINNHOLD);
  });
});

describe('every list is well formed', () => {
  it.each(REGISTRY_CODE_LISTS.map((l) => [l.path, l.list] as const))('%s', (_path, list) => {
    expect(new Set(codes(list)).size).toBe(list.length);
    for (const c of list) {
      expect(c.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (c.validTo !== null) expect(c.validTo > c.validFrom).toBe(true);
      expect(c.label.trim()).toBe(c.label);
      expect(c.label).not.toMatch(/<br|\*|\s{2}/);
    }
  });

  it('no code is used twice on any day of any list', () => {
    const boundaries = new Set(
      REGISTRY_CODE_LISTS.flatMap((l) => l.list.flatMap((c) => [c.validFrom, c.validTo])),
    );
    for (const { list } of REGISTRY_CODE_LISTS) {
      for (const date of boundaries) {
        if (date === null) continue;
        const valid = codes(codesValidOn(list, date));
        expect(new Set(valid).size).toBe(valid.length);
      }
    }
  });
});

describe('validity by date', () => {
  it('2025-12-31 offers the old saksinnhold codes and not Kunnskapsmodellen', () => {
    const valid = codesValidOn(SAKSINNHOLD, '2025-12-31');
    expect(valid).toHaveLength(33); // 36 minus 4, 13 and 16, which ended 2020-12-31
    expect(valid.every((c) => /^\d+$/.test(c.code))).toBe(true);
    expect(isValidCode(SAKSINNHOLD, '18', '2025-12-31')).toBe(true);
    expect(isValidCode(SAKSINNHOLD, '1.1.01', '2025-12-31')).toBe(false);
  });

  it('2026-01-01 offers Kunnskapsmodellen and none of the old codes', () => {
    const valid = codesValidOn(SAKSINNHOLD, '2026-01-01');
    expect(valid).toHaveLength(57);
    expect(valid.every((c) => /^\d\.\d\.\d\d$/.test(c.code))).toBe(true);
    expect(isValidCode(SAKSINNHOLD, '18', '2026-01-01')).toBe(false);
    expect(isValidCode(SAKSINNHOLD, '3.3.06', '2026-01-01')).toBe(true);
  });

  it('codes added and split in earlier years follow their dates', () => {
    expect(isValidCode(SAKSINNHOLD, '4', '2020-12-31')).toBe(true);
    expect(isValidCode(SAKSINNHOLD, '4', '2021-01-01')).toBe(false);
    expect(isValidCode(SAKSINNHOLD, '20', '2021-01-01')).toBe(true);
    expect(isValidCode(SAKSINNHOLD, '28', '2021-12-31')).toBe(false);
    expect(isValidCode(SAKSINNHOLD, '28', '2022-01-01')).toBe(true);
    expect(isValidCode(SAKSINNHOLD, '32', '2024-12-31')).toBe(false);
    expect(isValidCode(SAKSINNHOLD, '32', '2025-01-01')).toBe(true);
  });

  it('melder 15 is split into 24 and 25 on 2025-01-01', () => {
    expect(codes(codesValidOn(MELDER, '2024-12-31'))).toContain('15');
    expect(codes(codesValidOn(MELDER, '2024-12-31'))).not.toContain('24');
    expect(codes(codesValidOn(MELDER, '2025-01-01'))).toEqual(expect.arrayContaining(['24', '25']));
    expect(codes(codesValidOn(MELDER, '2025-01-01'))).not.toContain('15');
    expect(codesValidOn(MELDER, '2025-01-01')).toHaveLength(24);
  });

  it('melding konklusjon 1 gives way to 5-10 on 2026-01-01', () => {
    expect(codes(codesValidOn(MELDING_KONKLUSJON, '2025-12-31'))).toEqual(['1', '2', '3', '4']);
    expect(codes(codesValidOn(MELDING_KONKLUSJON, '2026-01-01'))).toEqual([
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
  });

  it('undersøkelse konklusjon 5 gives way to 7-9, and medvirkning starts, on 2026-01-01', () => {
    expect(codes(codesValidOn(UNDERSOKELSE_KONKLUSJON, '2025-12-31'))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
    ]);
    expect(codes(codesValidOn(UNDERSOKELSE_KONKLUSJON, '2026-01-01'))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '6',
      '7',
      '8',
      '9',
    ]);
    expect(codesValidOn(BARNETS_MEDVIRKNING, '2025-12-31')).toHaveLength(0);
    expect(codesValidOn(BARNETS_MEDVIRKNING, '2026-01-01')).toHaveLength(6);
  });

  it('tiltak 8.2 gives way to 8.4 and 8.5 on 2026-01-01', () => {
    expect(isValidCode(TILTAK_KATEGORI, '8.2', '2025-12-31')).toBe(true);
    expect(isValidCode(TILTAK_KATEGORI, '8.2', '2026-01-01')).toBe(false);
    expect(isValidCode(TILTAK_KATEGORI, '8.4', '2025-12-31')).toBe(false);
    expect(isValidCode(TILTAK_KATEGORI, '8.5', '2026-01-01')).toBe(true);
    expect(isValidCode(TILTAK_KATEGORI, '2.6', '2020-12-31')).toBe(false);
    expect(codesValidOn(TILTAK_KATEGORI, '2026-01-01')).toHaveLength(50);
  });

  it('plantype 3 ends and 5-8 start with the 2021 Act', () => {
    expect(codes(codesValidOn(PLANTYPE, '2022-12-31'))).toEqual(['1', '2', '3', '4']);
    expect(codes(codesValidOn(PLANTYPE, '2023-01-01'))).toEqual(['1', '2', '4', '5', '6', '7', '8']);
  });

  it('lov BVL ends and BVL2021 starts on 2023-01-01', () => {
    expect(codes(codesValidOn(LOVHJEMMEL_LOV, '2022-12-31'))).toEqual(['BVL', 'BL1981']);
    expect(codes(codesValidOn(LOVHJEMMEL_LOV, '2023-01-01'))).toEqual(['BVL2021', 'BL1981']);
  });

  it('nothing is valid before a list begins', () => {
    expect(codesValidOn(VEDTAK_STATUS, '2021-12-31')).toHaveLength(0);
    expect(codesValidOn(FLYTTING_TIL, '2022-01-01')).toHaveLength(9);
  });

  it('rejects a malformed date instead of answering', () => {
    expect(() => codesValidOn(MELDER, '2025-31-12')).toThrow(RangeError);
    expect(() => isValidCode(MELDER, '1', '1.1.2025')).toThrow(RangeError);
    expect(() => isCodeValidOn(MELDER[0], '2025-02-30')).toThrow(RangeError);
  });
});

describe('findCode', () => {
  it('finds by code, optionally only when valid on a date', () => {
    expect(findCode(MELDER, '23')?.label).toBe('Anonym');
    expect(findCode(MELDER, '15', '2025-06-01')).toBeUndefined();
    expect(findCode(MELDER, '15', '2024-06-01')?.label).toBe('Lege / Sykehus / Tannlege');
    expect(findCode(MELDER, '99')).toBeUndefined();
  });
});

describe('presisering', () => {
  const flagged = (list: CodeList) => list.filter((c) => c.needsPresisering).map((c) => c.code);

  it('matches the controls of Kravspesifikasjon.md', () => {
    expect(flagged(MELDER)).toEqual(['22']); // Melder kontroll 2
    expect(flagged(SAKSINNHOLD)).toEqual(['18', '19']); // Saksinnhold kontroll 2, Undersøkelse kontroll 3
    // Tiltak kontroll 7
    expect(flagged(TILTAK_KATEGORI)).toEqual([
      '1.99',
      '2.99',
      '3.7',
      '3.99',
      '4.99',
      '5.99',
      '6.99',
      '7.99',
      '8.99',
    ]);
    expect(flagged(TILTAK_OPPHEVELSE)).toEqual(['4']); // Tiltak kontroll 8
  });

  it('matches the labels that say «krever presisering» (or «spesifiser»)', () => {
    for (const { list } of REGISTRY_CODE_LISTS) {
      for (const c of list) {
        expect(c.needsPresisering === true, `${c.code} ${c.label}`).toBe(
          /krever presisering|spesifiser/.test(c.label),
        );
      }
    }
    expect(flagged(UNDERSOKELSE_KONKLUSJON)).toEqual(['5']);
    expect(flagged(VEDTAK_KRAV_KONKLUSJON)).toEqual(['9']);
    expect(flagged(FLYTTING_ARSAK_FRA)).toEqual(['1.1.5', '1.2.3', '2.9']);
    expect(flagged(FLYTTING_TIL)).toEqual(['8']);
  });

  it('Kunnskapsmodellen has no code that needs a presisering', () => {
    expect(flagged(KUNNSKAPSMODELLEN)).toEqual([]);
    expect(needsPresisering(SAKSINNHOLD, '19')).toBe(true);
    expect(needsPresisering(SAKSINNHOLD, '1.1.01')).toBe(false);
    expect(needsPresisering(SAKSINNHOLD, 'no-such-code')).toBe(false);
  });
});
