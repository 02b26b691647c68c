import { describe, expect, it } from 'vitest';
import { REPORT_TEXTS } from './report-t';

const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the report form’s texts', () => {
  it('have the same placeholders in bokmål, nynorsk and English, and none is empty', () => {
    const { nb, nn, en } = REPORT_TEXTS;
    for (const key of Object.keys(nb) as (keyof typeof nb)[]) {
      expect(names(nn[key]), `nn ${key}`).toEqual(names(nb[key]));
      expect(names(en[key]), `en ${key}`).toEqual(names(nb[key]));
      for (const d of [nb, nn, en]) expect(d[key].trim(), key).not.toBe('');
    }
  });
});
