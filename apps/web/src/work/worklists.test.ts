import { describe, expect, it } from 'vitest';
import { staffTranslate } from '../i18n/useStaffT';
import { dueText } from './DeadlineRow';
import { hoursText } from './IntakeView';
import {
  DEFAULT_FILTER,
  dueOf,
  daysBetween,
  formatDay,
  splitHours,
  totalFor,
  urgency,
  viewOfPath,
  WORK_PATHS,
  workViews,
  worklistUrl,
} from './worklists';

const nb = (key: Parameters<typeof staffTranslate>[1], params?: Record<string, string | number>) =>
  staffTranslate('nb', key, params);

describe('which worklists a role opens (what the API would refuse is not offered)', () => {
  it('starts each role on its own list', () => {
    expect(workViews(['saksbehandler'])).toEqual(['mine']);
    expect(workViews(['fagleder'])).toEqual(['team', 'mine', 'intake']);
    expect(workViews(['barnevernleder'])).toEqual(['service', 'mine', 'intake']);
    expect(workViews(['mottak'])).toEqual(['intake']);
    expect(workViews(['barnevernvakt'])).toEqual(['mine']);
  });

  it('gives no list to a role without cases, and ignores unknown roles', () => {
    expect(workViews(['systemansvarlig'])).toEqual([]);
    expect(workViews(['ukjent'])).toEqual([]);
  });

  it('combines roles: intake staff who also work cases still start on intake', () => {
    expect(workViews(['mottak', 'saksbehandler'])).toEqual(['intake', 'mine']);
  });

  it('finds the list of a path', () => {
    expect(viewOfPath(WORK_PATHS.team)).toBe('team');
    expect(viewOfPath('/arbeid/annet')).toBeUndefined();
  });
});

describe('worklist requests', () => {
  it('send only the filters the list takes', () => {
    const f = {
      ...DEFAULT_FILTER,
      due: 'overdue' as const,
      caseworkerId: 'none',
      unitId: 'u1',
      ruleId: 'tiltaksplan',
    };
    expect(worklistUrl('mine', f)).toBe('/api/worklists/mine?due=overdue&ruleId=tiltaksplan&limit=25');
    expect(worklistUrl('team', f)).toBe(
      '/api/worklists/team?due=overdue&ruleId=tiltaksplan&caseworkerId=none&limit=25',
    );
    expect(worklistUrl('service', f)).toBe(
      '/api/worklists/service?due=overdue&ruleId=tiltaksplan&caseworkerId=none&unitId=u1&limit=25',
    );
  });

  it('leave out the default due filter and never ask for more than the API gives', () => {
    expect(worklistUrl('mine', { ...DEFAULT_FILTER, limit: 900 })).toBe('/api/worklists/mine?limit=500');
  });

  it('count the rows of the chosen filter', () => {
    const counts = { open: 9, overdue: 2, dueThisWeek: 3 };
    expect([totalFor(counts, 'open'), totalFor(counts, 'overdue'), totalFor(counts, 'due-soon')]).toEqual([
      9, 2, 3,
    ]);
  });
});

describe('how near a deadline is', () => {
  it('counts calendar days across month ends, leap days and summer time', () => {
    expect(daysBetween('2026-01-31', '2026-03-01')).toBe(29);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-11-24', '2026-11-20')).toBe(-4);
  });

  it('says passed, today or days left, in words and colour', () => {
    const cases: [string, string, string][] = [
      ['2026-11-20', 'Overskredet med 4 dager', 'danger'],
      ['2026-11-23', 'Overskredet med 1 dag', 'danger'],
      ['2026-11-24', 'Fristen er i dag', 'warning'],
      ['2026-11-25', 'Fristen er i morgen', 'warning'],
      ['2026-12-01', '7 dager igjen', 'warning'],
      ['2026-12-02', '8 dager igjen', 'neutral'],
    ];
    for (const [due, text, colour] of cases) {
      const d = dueOf(due, '2026-11-24');
      expect([dueText(nb, d), urgency(d)]).toEqual([text, colour]);
    }
  });

  it('splits the hours left of the one-week review into days and hours', () => {
    expect(splitHours(130)).toEqual({ overdue: false, days: 5, hours: 10 });
    expect(splitHours(-5)).toEqual({ overdue: true, days: 0, hours: 5 });
    expect(hoursText(nb, 130)).toBe('5 døgn og 10 timer igjen');
    expect(hoursText(nb, 7)).toBe('7 timer igjen');
    expect(hoursText(nb, -26)).toBe('Overskredet med 1 døgn og 2 timer');
  });

  it('writes days in the reader’s language', () => {
    expect(formatDay('2026-11-30', 'nb')).toMatch(/30\. nov\.? 2026/);
    expect(formatDay('2026-11-30', 'en')).toMatch(/30 Nov 2026/);
    expect(formatDay('not a day', 'nb')).toBe('not a day');
  });
});
