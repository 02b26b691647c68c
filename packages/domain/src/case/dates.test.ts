import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../iso-date.js';
import { addDays, addMonths, ageOn, birthdayOf, daysBetween, earlierOf, laterOf } from './dates.js';

// The oracle: JavaScript's own UTC calendar, which the module avoids only for its local-time traps.
const viaDate = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const dateArb = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((d) => formatIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()));

describe('day arithmetic', () => {
  it('agrees with the UTC calendar for any date and offset', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -40_000, max: 40_000 }), (date, n) => {
        const later = addDays(date, n);
        expect(later).toBe(viaDate(date, n));
        expect(daysBetween(date, later)).toBe(n);
      }),
    );
  });

  it('counts across leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(daysBetween('2025-01-06', '2025-04-13')).toBe(97);
  });

  it('refuses what is not a date', () => {
    expect(() => addDays('2025-02-29', 1)).toThrow(RangeError);
    expect(() => daysBetween('2025-01-01', '01.02.2025')).toThrow(RangeError);
  });
});

describe('addMonths', () => {
  it.each([
    ['2025-01-15', 3, '2025-04-15'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-12-31', 13, '2027-01-31'],
    ['2025-01-01', -12, '2024-01-01'],
  ] as const)('%s + %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('age', () => {
  it.each([
    ['2008-06-30', '2026-06-29', 17],
    ['2008-06-30', '2026-06-30', 18],
    ['2024-02-29', '2025-02-28', 0],
    ['2024-02-29', '2025-03-01', 1],
    ['2024-02-29', '2028-02-29', 4],
  ] as const)('born %s is on %s %i years old', (birth, date, age) => {
    expect(ageOn(birth, date)).toBe(age);
  });

  it('gives the first day of an age, 1 March for a leap-day child in other years', () => {
    expect(birthdayOf('2008-02-29', 18)).toBe('2026-03-01');
    expect(birthdayOf('2008-02-29', 20)).toBe('2028-02-29');
    expect(birthdayOf('2020-06-15', 8)).toBe('2028-06-15');
  });

  it('agrees with birthdayOf for any birth date', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 30 }), (birth, years) => {
        const day = birthdayOf(birth, years);
        expect(ageOn(birth, day)).toBe(years);
        expect(ageOn(birth, addDays(day, -1))).toBe(years - 1);
      }),
    );
  });
});

it('picks the earlier and later of two dates', () => {
  expect(laterOf('2025-01-02', '2025-01-01')).toBe('2025-01-02');
  expect(earlierOf('2025-01-02', '2025-01-01')).toBe('2025-01-01');
});
