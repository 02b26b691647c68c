import { osloDate } from '@vern/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { buildWorld, caseOf, type World } from '../../../test/support/world.js';
import { runDailyDeadlines } from './daily-run.js';
import { seedDeadline } from './test-deadlines.js';

const DAY = 86_400_000;
const plus = (today: string, days: number) =>
  new Date(Date.parse(`${today}T12:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** The daily run: approaching and overdue notices, escalation when nobody acts, idempotent per day. */
describe('the daily deadline run', () => {
  let t: TestDatabase;
  let w: World;
  const now = new Date();
  const today = osloDate(now);
  const ids: Record<string, string> = {};
  const staff = (n: string) => w.staff[n]?.staffUserId ?? '';

  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
    const seed = (key: string, rule: string, due: string, owner: string | null, unit: string) =>
      seedDeadline(t.database, w.tenantId, caseOf(w, key).id, { rule, due, owner, unit });
    ids.assigned = await seed(
      'assigned',
      'undersokelse-konklusjon',
      plus(today, 1),
      staff('sara'),
      w.units.a,
    );
    ids.protected = await seed(
      'protected',
      'undersokelse-konklusjon',
      plus(today, -2),
      staff('sara'),
      w.units.a,
    );
    ids.unassigned = await seed('unassigned', 'melding-gjennomgang', plus(today, 2), null, w.units.a);
    ids.otherUnit = await seed(
      'otherUnit',
      'undersokelse-konklusjon',
      plus(today, 30),
      staff('siv'),
      w.units.b,
    );
    ids.blocked = await seed('blocked', 'melding-gjennomgang', plus(today, 2), staff('siv'), w.units.a);
    // sara is on sick leave from yesterday, end unknown
    await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .insertInto('staff_absence')
        .values({
          tenant_id: w.tenantId,
          staff_user_id: staff('sara'),
          kind: 'sick_leave',
          starts_on: plus(today, -1),
          expected_end_on: null,
          registered_by: staff('frode'),
        })
        .execute(),
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  const notices = () =>
    t.database.withTenant(w.tenantId, (trx) =>
      trx
        .selectFrom('notification')
        .select(['recipient_id as to', 'kind', 'ref_id as ref', 'dedup_key as key'])
        .where('dedup_key', 'is not', null)
        .orderBy('kind')
        .orderBy('dedup_key')
        .execute(),
    );
  const has = (
    rows: Awaited<ReturnType<typeof notices>>,
    to: string,
    kind: string,
    ref: string | undefined,
  ) => rows.filter((r) => r.to === to && r.kind === kind && r.ref === ref).length;

  it('tells owners, escalates what nobody acts on, and adds nothing when run again the same day', async () => {
    const [first] = await runDailyDeadlines(t.database, now, { tenant: w.tenantId });
    const rows = await notices();
    // owners: approaching within the lead (2 days for a melding, 14 for an undersøkelse), overdue
    expect(has(rows, staff('sara'), 'deadline_approaching', ids.assigned)).toBe(1);
    expect(has(rows, staff('sara'), 'deadline_overdue', ids.protected)).toBe(1);
    expect(has(rows, staff('siv'), 'deadline_approaching', ids.blocked)).toBe(1);
    expect(has(rows, staff('siv'), 'deadline_approaching', ids.otherUnit)).toBe(0);
    // escalation (3 days): sara is absent and the melding has no caseworker; the unit's leader
    // is told, except of a case he is blocked from; siv is at work, so hers do not escalate
    expect(has(rows, staff('frode'), 'deadline_escalated', ids.assigned)).toBe(1);
    expect(has(rows, staff('frode'), 'deadline_escalated', ids.protected)).toBe(1);
    expect(has(rows, staff('frode'), 'deadline_escalated', ids.unassigned)).toBe(1);
    expect(rows.filter((r) => r.kind === 'deadline_escalated' && r.to !== staff('frode'))).toEqual([]);
    expect(rows.every((r) => /^deadline_[a-z]+:[0-9a-f-]{36}:\d{4}-\d{2}-\d{2}$/.test(r.key ?? ''))).toBe(
      true,
    );
    expect(first).toMatchObject({ notified: 3, escalated: 3 });

    const [again] = await runDailyDeadlines(t.database, now, { tenant: w.tenantId });
    expect(again).toMatchObject({ notified: 0, escalated: 0 });
    expect(await notices()).toEqual(rows);
  });

  it('escalates again the next day, to the head of service when the unit leader is away too', async () => {
    await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .insertInto('staff_absence')
        .values({
          tenant_id: w.tenantId,
          staff_user_id: staff('frode'),
          kind: 'course',
          starts_on: plus(today, 1),
          expected_end_on: plus(today, 1),
          registered_by: staff('frode'),
        })
        .execute(),
    );
    const [next] = await runDailyDeadlines(t.database, new Date(now.getTime() + DAY), { tenant: w.tenantId });
    const rows = await notices();
    expect(has(rows, staff('berit'), 'deadline_escalated', ids.unassigned)).toBe(1);
    expect(has(rows, staff('frode'), 'deadline_escalated', ids.unassigned)).toBe(1);
    // owners are not told twice about the same due day
    expect(next?.notified).toBe(0);
    expect(next?.escalated).toBeGreaterThanOrEqual(3);
  });
});
