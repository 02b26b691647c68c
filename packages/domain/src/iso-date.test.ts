import { describe, expect, it } from 'vitest';
import { isIsoDate, osloDate } from './iso-date.js';

describe('osloDate', () => {
  it('is the Norwegian calendar date, not the UTC one', () => {
    // 22:30 UTC on 30 June is 00:30 on 1 July in Oslo (summer time, UTC+2).
    expect(osloDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    // 23:30 UTC on 31 December is 00:30 on 1 January in Oslo (winter time, UTC+1).
    expect(osloDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(osloDate(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
  });

  it('always gives a valid ISO date', () => {
    for (let t = Date.UTC(2020, 0, 1); t < Date.UTC(2030, 0, 1); t += 86_400_000 * 7 + 3_600_000)
      expect(isIsoDate(osloDate(new Date(t)))).toBe(true);
  });
});
