import { osloDate } from '@vern/domain';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionHeaders } from '../../../test/support/access-suite.js';
import { buildTestApp } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { actor, buildWorld, type World } from '../../../test/support/world.js';
import { withStaffAccess } from '../../platform/access/gateway.js';
import { registerAbsence } from './absence.js';
import { weekAhead } from '../worklists/worklists.queries.js';

/** An absence's last day changes (back early, away longer); absences of one person never overlap. */
describe('changing an absence and refusing overlaps', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let w: World;
  const today = osloDate(new Date());
  const soon = weekAhead(today);
  const id = (n: string) => w.staff[n]?.staffUserId ?? '';

  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
    ({ app } = await buildTestApp(t));
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  const call = async (who: string, method: 'POST', url: string, payload: unknown) => {
    const res = await app.inject({
      method,
      url,
      payload: payload as object,
      headers: await sessionHeaders(t, w, who, method),
    });
    return { status: res.statusCode, body: res.json() as Record<string, unknown> };
  };
  const register = (who: string, staff: string, body: object) =>
    call(who, 'POST', `/api/staff/${id(staff)}/absences`, body);
  const stored = (absenceId: string) =>
    t.database.withTenant(w.tenantId, (trx) =>
      trx.selectFrom('staff_absence').selectAll().where('id', '=', absenceId).executeTakeFirstOrThrow(),
    );
  const audits = (absenceId: string) =>
    t.database.withTenant(w.tenantId, (trx) =>
      trx
        .selectFrom('audit_event')
        .select(['action', 'outcome', 'actor_id', 'fields'])
        .where('object_id', '=', absenceId)
        .orderBy('occurred_at')
        .execute(),
    );

  it('the leader ends a sick leave early; the person sees it; the change is audited', async () => {
    const created = await register('frode', 'sara', {
      kind: 'sick_leave',
      startsOn: today,
      expectedEndOn: null,
    });
    expect(created.status).toBe(201);
    const absenceId = String(created.body.id);
    const changed = await call('frode', 'POST', `/api/absences/${absenceId}/expected-end`, {
      expectedEndOn: soon,
    });
    expect(changed).toEqual({
      status: 200,
      body: {
        id: absenceId,
        staffUserId: id('sara'),
        kind: 'sick_leave',
        startsOn: today,
        expectedEndOn: soon,
      },
    });
    expect((await stored(absenceId)).expected_end_on).toBe(soon);
    expect((await audits(absenceId)).map((a) => [a.action, a.outcome, a.actor_id, a.fields])).toEqual([
      ['create', 'allowed', id('frode'), ['kind', 'starts_on', 'expected_end_on']],
      ['update', 'allowed', id('frode'), ['expected_end_on']],
    ]);
    // Sara, back the same day, says so herself.
    const back = await call('sara', 'POST', `/api/absences/${absenceId}/expected-end`, {
      expectedEndOn: today,
    });
    expect(back.status).toBe(200);
    expect((await stored(absenceId)).expected_end_on).toBe(today);
  });

  it('refuses a last day before the first, naming the field, and changes nothing', async () => {
    const created = await register('siv', 'siv', {
      kind: 'holiday',
      startsOn: '2030-07-01',
      expectedEndOn: '2030-07-21',
    });
    const absenceId = String(created.body.id);
    const res = await call('siv', 'POST', `/api/absences/${absenceId}/expected-end`, {
      expectedEndOn: '2030-06-30',
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: {
        details: [{ field: 'body.expectedEndOn', reason: 'must be on or after the first day, 2030-07-01' }],
      },
    });
    expect((await stored(absenceId)).expected_end_on).toBe('2030-07-21');
  });

  it('answers 404 to anyone but the person and their leaders, and audits the denial', async () => {
    const created = await register('vilde', 'vilde', {
      kind: 'course',
      startsOn: '2031-03-02',
      expectedEndOn: '2031-03-04',
    });
    const absenceId = String(created.body.id);
    for (const who of ['sara', 'frode', 'mona']) {
      const res = await call(who, 'POST', `/api/absences/${absenceId}/expected-end`, { expectedEndOn: null });
      expect(res.status, who).toBe(404);
    }
    expect((await stored(absenceId)).expected_end_on).toBe('2031-03-04');
    expect((await audits(absenceId)).filter((a) => a.outcome === 'denied')).toHaveLength(3);
    // Vilde's own leader (the other unit's) and the head of service may.
    expect(
      (await call('fia', 'POST', `/api/absences/${absenceId}/expected-end`, { expectedEndOn: '2031-03-05' }))
        .status,
    ).toBe(200);
    expect(
      (await call('berit', 'POST', `/api/absences/${absenceId}/expected-end`, { expectedEndOn: null }))
        .status,
    ).toBe(200);
    expect((await stored(absenceId)).expected_end_on).toBeNull();
  });

  it('refuses an absence that overlaps another of the same person, and a change that would', async () => {
    const first = await register('siv', 'siv', {
      kind: 'holiday',
      startsOn: '2032-07-01',
      expectedEndOn: '2032-07-14',
    });
    const firstId = String(first.body.id);
    const overlapping = await register('siv', 'siv', {
      kind: 'course',
      startsOn: '2032-07-14',
      expectedEndOn: '2032-07-16',
    });
    expect(overlapping.status).toBe(409);
    expect(overlapping.body).toMatchObject({
      error: {
        details: [
          {
            field: 'body.startsOn',
            reason: `overlaps the absence ${firstId} from 2032-07-01 to 2032-07-14; change that one's last day instead`,
          },
        ],
      },
    });
    const after = await register('siv', 'siv', {
      kind: 'course',
      startsOn: '2032-07-15',
      expectedEndOn: '2032-07-16',
    });
    expect(after.status).toBe(201);
    const longer = await call('siv', 'POST', `/api/absences/${firstId}/expected-end`, {
      expectedEndOn: null,
    });
    expect(longer.status).toBe(409);
    expect((await stored(firstId)).expected_end_on).toBe('2032-07-14');
    // Another person's days do not count.
    expect(
      (
        await register('frode', 'sara', {
          kind: 'holiday',
          startsOn: '2032-07-01',
          expectedEndOn: '2032-07-14',
        })
      ).status,
    ).toBe(201);
  });

  it.skipIf(process.env.VERN_TEST_ENGINE !== 'postgres')(
    'two overlapping registrations at once: one is stored, the other refused (PostgreSQL: two connections)',
    async () => {
      const input = { kind: 'course' as const, startsOn: '2033-05-02', expectedEndOn: '2033-05-06' };
      // The first holds its transaction open until the second has started and had time to check.
      let second: Promise<unknown> = Promise.resolve();
      const first = withStaffAccess(t.database, actor(w, 'siv'), {}, async (a) => {
        const made = await registerAbsence(a, id('siv'), input);
        second = withStaffAccess(t.database, actor(w, 'frode'), {}, (b) =>
          registerAbsence(b, id('siv'), input),
        );
        second.catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 300));
        return made;
      });
      await first;
      await expect(second).rejects.toMatchObject({ code: 'CONFLICT' });
      const stored = await t.database.withTenant(w.tenantId, (trx) =>
        trx.selectFrom('staff_absence').select('id').where('starts_on', '=', '2033-05-02').execute(),
      );
      expect(stored).toHaveLength(1);
    },
  );
});
