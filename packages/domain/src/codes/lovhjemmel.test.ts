import { describe, expect, it } from 'vitest';
import { barnevernlovMismatch, isOmsorgsovertakelse, Lovhjemmel } from './lovhjemmel.js';
import { isPlasseringstiltak } from './tiltak.js';

const hjemmel = (
  lov: 'BVL' | 'BVL2021' | 'BL1981',
  kapittel: string,
  paragraf: string,
  ledd: string[] = [],
) => Lovhjemmel.parse({ lov, kapittel, paragraf, ledd });

describe('Lovhjemmel schema (XSD LovhjemmelType)', () => {
  it('accepts the XSD forms and defaults the repeated parts to empty', () => {
    expect(Lovhjemmel.parse({ lov: 'BVL2021', kapittel: '4', paragraf: '2' })).toEqual({
      lov: 'BVL2021',
      kapittel: '4',
      paragraf: '2',
      ledd: [],
      bokstav: [],
      punktum: [],
    });
    expect(
      Lovhjemmel.safeParse({ lov: 'BVL', kapittel: '4', paragraf: '12a', ledd: ['2'], bokstav: ['b'] })
        .success,
    ).toBe(true);
  });

  it.each([
    [{ lov: 'BVL1992', kapittel: '4', paragraf: '12' }, 'unknown law'],
    [{ lov: 'BVL', kapittel: '1234', paragraf: '12' }, 'kapittel longer than 3'],
    [{ lov: 'BVL', kapittel: '4', paragraf: '12345' }, 'paragraf longer than 4'],
    [{ lov: 'BVL', kapittel: '4', paragraf: '§ 12' }, 'paragraf with a sign'],
    [{ lov: 'BVL', kapittel: '4', paragraf: '12', bokstav: ['B'] }, 'capital bokstav'],
    [{ lov: 'BVL', kapittel: '0', paragraf: '12' }, 'kapittel 0 (Tiltak kontroll 14)'],
    [{ lov: 'BVL', kapittel: '4', paragraf: '12', ledd: ['0'] }, 'ledd 0 (Tiltak kontroll 14)'],
    [{ lov: 'BVL', kapittel: '4', paragraf: '12', punktum: ['00'] }, 'punktum 00 (Tiltak kontroll 14)'],
  ])('rejects %o (%s)', (input, _why) => {
    expect(Lovhjemmel.safeParse(input).success).toBe(false);
  });
});

describe('barnevernlovMismatch (Vedtak kontroll 5)', () => {
  it('requires BVL before 2023 and BVL2021 from 2023, and leaves barneloven alone', () => {
    expect(barnevernlovMismatch('BVL', '2022-12-31')).toBeNull();
    expect(barnevernlovMismatch('BVL2021', '2023-01-01')).toBeNull();
    expect(barnevernlovMismatch('BVL2021', '2022-12-31')).toMatch(/krever lov = 'BVL'$/);
    expect(barnevernlovMismatch('BVL', '2023-01-01')).toMatch(/krever lov = 'BVL2021'$/);
    expect(barnevernlovMismatch('BL1981', '2010-05-05')).toBeNull();
  });
});

describe('isOmsorgsovertakelse (Kravspesifikasjon.md, «Omsorgsovertakelse»)', () => {
  it('follows the four rules', () => {
    expect(isOmsorgsovertakelse(hjemmel('BVL2021', '5', '1'))).toBe(true);
    expect(isOmsorgsovertakelse(hjemmel('BVL', '4', '12'))).toBe(true);
    expect(isOmsorgsovertakelse(hjemmel('BVL', '4', '8', ['2']))).toBe(true);
    expect(isOmsorgsovertakelse(hjemmel('BVL', '4', '8', ['3']))).toBe(true);
    expect(isOmsorgsovertakelse(hjemmel('BVL', '4', '8', ['1']))).toBe(false);
    expect(isOmsorgsovertakelse(hjemmel('BVL', '4', '8'), [hjemmel('BVL', '4', '12')])).toBe(true);
    expect(isOmsorgsovertakelse(hjemmel('BVL2021', '4', '12'))).toBe(false);
    expect(isOmsorgsovertakelse(hjemmel('BVL', '5', '1'))).toBe(false);
  });
});

describe('isPlasseringstiltak (Kravspesifikasjon.md, «Plasseringstiltak»)', () => {
  it('lists placements and not home-based measures', () => {
    expect(['1.1', '1.2', '1.99', '2.1', '2.6', '2.99', '8.2'].every(isPlasseringstiltak)).toBe(true);
    expect(['3.1', '4.1', '8.1', '8.4', '8.5'].some(isPlasseringstiltak)).toBe(false);
  });
});
