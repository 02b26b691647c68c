import { describe, expect, it } from 'vitest';
import { STAFF_DICTIONARIES, staffTranslate } from './useStaffT';

const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('staff dictionaries', () => {
  it('have the same placeholders in every language, and no empty text', () => {
    const { nb, nn, en } = STAFF_DICTIONARIES;
    for (const key of Object.keys(nb) as (keyof typeof nb)[]) {
      expect(names(nn[key]), `nn ${key}`).toEqual(names(nb[key]));
      expect(names(en[key]), `en ${key}`).toEqual(names(nb[key]));
      for (const d of [nb, nn, en]) expect(d[key].trim(), key).not.toBe('');
    }
  });

  it('fills in parameters', () => {
    expect(staffTranslate('nb', 'cases.count', { count: 3 })).toBe('3 saker');
    expect(staffTranslate('en', 'element.melding', { date: '2026-11-24' })).toBe(
      'Report received 2026-11-24',
    );
  });
});
