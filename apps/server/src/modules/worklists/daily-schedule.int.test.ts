import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { buildWorld, caseOf, type World } from '../../../test/support/world.js';
import { startDailySchedule } from './daily-schedule.js';
import { seedDeadline } from './test-deadlines.js';

/** The server's daily schedule: once a day at the set Oslo time, and at start when due. */
describe('the daily deadline schedule', () => {
  let t: TestDatabase;
  let w: World;
  let clock = new Date('2026-03-02T03:59:00Z'); // 04:59 in Oslo (winter time, UTC+1)
  const logged: string[] = [];
  const logger = {
    info: (o: { event: string }) => logged.push(o.event),
    error: (o: { event: string }) => logged.push(o.event),
  };

  const notices = () =>
    t.database.withTenant(w.tenantId, (trx) =>
      trx.selectFrom('notification').select(['kind', 'ref_id']).where('kind', 'like', 'deadline_%').execute(),
    );
  const snapshotDays = async () =>
    (
      await t.database.withTenant(w.tenantId, (trx) =>
        trx.selectFrom('caseload_snapshot').select('day').distinct().orderBy('day').execute(),
      )
    ).map((r) => String(r.day));

  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
    await seedDeadline(t.database, w.tenantId, caseOf(w, 'assigned').id, {
      rule: 'undersokelse-konklusjon',
      due: '2026-03-03',
      owner: w.staff.sara?.staffUserId ?? null,
      unit: w.units.a,
    });
  });
  afterAll(async () => t?.close());

  it('waits for the set time, runs once that day, and again the next day', async () => {
    const schedule = startDailySchedule(t.database, logger, {
      atMinute: 5 * 60,
      clock: () => clock,
      checkEveryMs: 3_600_000,
    });
    try {
      expect(await schedule.tick()).toBe(false);
      expect(await notices()).toEqual([]);

      clock = new Date('2026-03-02T04:00:00Z'); // 05:00 in Oslo
      expect(await schedule.tick()).toBe(true);
      expect(await notices()).toEqual([expect.objectContaining({ kind: 'deadline_approaching' })]);
      expect(await snapshotDays()).toHaveLength(1);

      clock = new Date('2026-03-02T22:59:00Z'); // 23:59 the same day in Oslo
      expect(await schedule.tick()).toBe(false);

      clock = new Date('2026-03-03T23:30:00Z'); // 00:30 on 4 March in Oslo: before the time
      expect(await schedule.tick()).toBe(false);
      clock = new Date('2026-03-04T04:00:00Z'); // 05:00 on 4 March: the deadline has passed
      expect(await schedule.tick()).toBe(true);
      expect((await notices()).map((n) => n.kind).sort()).toEqual([
        'deadline_approaching',
        'deadline_overdue',
      ]);
      expect(await snapshotDays()).toHaveLength(2);
      expect(logged.filter((e) => e === 'daily-deadlines')).toHaveLength(2);
    } finally {
      await schedule.stop();
    }
  });

  it('does not run again on the day it was told the steps already ran (a fresh demo seed)', async () => {
    clock = new Date('2026-03-06T06:00:00Z');
    const schedule = startDailySchedule(t.database, logger, {
      atMinute: 0,
      clock: () => clock,
      ranToday: true,
    });
    try {
      expect(await schedule.tick()).toBe(false);
      clock = new Date('2026-03-07T06:00:00Z');
      expect(await schedule.tick()).toBe(true);
    } finally {
      await schedule.stop();
    }
  });

  it('after stop, runs nothing more', async () => {
    clock = new Date('2026-03-05T05:00:00Z');
    const schedule = startDailySchedule(t.database, logger, { atMinute: 0, clock: () => clock });
    await schedule.stop();
    expect(await schedule.tick()).toBe(false);
  });
});
