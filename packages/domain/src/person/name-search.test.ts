import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePersonName, parsePersonQuery, personSearchName } from './name-search.js';

describe('normalizePersonName', () => {
  it.each([
    ['Åse', 'ase'],
    ['Aase', 'ase'],
    ['Ase', 'ase'],
    ['Øystein', 'oystein'],
    ['Oeystein', 'oystein'],
    ['Oystein', 'oystein'],
    ['Ærlig Kjær', 'aerlig kjaer'],
    ['Haakon Håkonsen', 'hakon hakonsen'],
    ['René Müller', 'rene muller'],
    ['Björk Ståhl', 'bjork stahl'],
    ['Anne-Lise Bøe-Hansen', 'anne lise bo hansen'],
    ["O'Brien", 'o brien'],
    ['  ØYVIND   æRØ  ', 'oyvind aero'],
    ['Máret Ŋuolja Đuoddar', 'maret nuolja duoddar'],
    ['Łukasz Straße', 'lukasz strasse'],
    ['Zoë Þórsdóttir', 'zo thorsdottir'],
    ['A\u030Ase', 'ase'], // a decomposed å
    ['Иван', ''],
    ['Aaase Oee', 'ase o'],
  ])('%s → %s', (name, folded) => {
    expect(normalizePersonName(name)).toBe(folded);
  });

  it('folds each spelling of a name to the same key', () => {
    for (const group of [
      ['Øystein', 'Oeystein', 'Oystein', 'ØYSTEIN', 'oystein'],
      ['Åse', 'Aase', 'Ase', 'ÅSE'],
      ['Bjørn Ødegård', 'Bjoern Oedegaard', 'Bjorn Odegard'],
    ]) {
      expect(new Set(group.map(normalizePersonName)).size, group.join(', ')).toBe(1);
    }
  });

  it('is idempotent and yields only a-z, 0-9 and single inner spaces, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const once = normalizePersonName(s);
        expect(once).toMatch(/^([a-z0-9]+( [a-z0-9]+)*)?$/);
        expect(normalizePersonName(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent on strings made of the letters the folding rewrites', () => {
    const letters = fc.constantFrom(...'aAoOeEåÅøØæÆöä- \u030A'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: letters, maxLength: 12 }), (s) => {
        const once = normalizePersonName(s);
        expect(normalizePersonName(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('does not depend on the order of given and family name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (a, b) => {
        const tokens = (s: string) => s.split(' ').filter(Boolean).sort();
        expect(tokens(personSearchName(a, b))).toEqual(tokens(personSearchName(b, a)));
      }),
    );
  });
});

describe('parsePersonQuery', () => {
  it('reads 11 digits as an identity number and 12 as a DUF-nummer, spaces allowed', () => {
    expect(parsePersonQuery('150705 12308')).toEqual({ kind: 'fodselsnummer', value: '15070512308' });
    expect(parsePersonQuery('2019 1234 5678')).toEqual({ kind: 'duf', value: '201912345678' });
  });
  it('folds anything else as a name, and refuses a query of fewer than two letters', () => {
    expect(parsePersonQuery('Hansen, Ola')).toEqual({ kind: 'name', value: 'hansen ola' });
    expect(parsePersonQuery('12345')).toEqual({ kind: 'name', value: '12345' });
    expect(parsePersonQuery(' Ø ')).toEqual({ kind: 'empty' });
    expect(parsePersonQuery('--')).toEqual({ kind: 'empty' });
  });
});
