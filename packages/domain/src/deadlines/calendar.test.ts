import { describe, expect, it } from 'vitest';
import {
  addMonths,
  addWeeks,
  dayOffName,
  easterSunday,
  formatNorwegianDate,
  osloDateTime,
  publicHolidays,
  weekday,
} from './calendar.js';

describe('deadline arithmetic (domstolloven § 148)', () => {
  it.each([
    ['weeks end on the same weekday', addWeeks('2025-01-05', 1), '2025-01-12'],
    ['weeks across a year end', addWeeks('2024-12-27', 1), '2025-01-03'],
    ['six weeks', addWeeks('2025-03-05', 6), '2025-04-16'],
    ['months keep the day number', addMonths('2025-01-13', 3), '2025-04-13'],
    ['31 January + 1 month is 28 February', addMonths('2025-01-31', 1), '2025-02-28'],
    ['31 January + 1 month is 29 February in a leap year', addMonths('2024-01-31', 1), '2024-02-29'],
    ['29 February + 12 months is 28 February', addMonths('2024-02-29', 12), '2025-02-28'],
    ['31 August + 6 months is 28 February', addMonths('2025-08-31', 6), '2026-02-28'],
    ['30 November + 3 months is 29 February 2028', addMonths('2027-11-30', 3), '2028-02-29'],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('a week later is the same weekday', () => {
    for (const date of ['2025-01-05', '2025-03-30', '2024-02-26', '2025-12-29'])
      expect(weekday(addWeeks(date, 1))).toBe(weekday(date));
    expect(weekday('2025-01-05')).toBe(6); // a Sunday
    expect(weekday('2025-01-06')).toBe(0); // a Monday
  });
});

describe('Norwegian public holidays', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('Easter Sunday %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('lists the twelve days of 2025 with the Easter-based ones', () => {
    expect(publicHolidays(2025).map((x) => x.date)).toEqual([
      '2025-01-01',
      '2025-04-17',
      '2025-04-18',
      '2025-04-20',
      '2025-04-21',
      '2025-05-01',
      '2025-05-17',
      '2025-05-29',
      '2025-06-08',
      '2025-06-09',
      '2025-12-25',
      '2025-12-26',
    ]);
  });

  it.each([
    ['2025-04-17', 'skjærtorsdag'],
    ['2025-05-29', 'Kristi himmelfartsdag'],
    ['2026-05-25', '2. pinsedag'],
    ['2025-01-04', 'lørdag'],
    ['2025-01-05', 'søndag'],
    ['2025-01-06', undefined],
    ['2025-12-24', undefined],
  ])('%s is %s', (date, name) => {
    expect(dayOffName(date)).toBe(name);
  });
});

describe('formatting', () => {
  it('writes a date in Norwegian with its weekday', () => {
    expect(formatNorwegianDate('2025-01-13')).toBe('mandag 13. januar 2025');
  });

  it('reads an instant as the Norwegian day and time, summer time included', () => {
    expect(osloDateTime('2025-01-05T21:30:00Z')).toEqual({ date: '2025-01-05', time: '22:30' });
    expect(osloDateTime('2025-06-30T22:30:00Z')).toEqual({ date: '2025-07-01', time: '00:30' });
    expect(osloDateTime('2025-06-30')).toBeUndefined();
  });
});
