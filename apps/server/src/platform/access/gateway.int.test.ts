import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actor, buildWorld, CANARY_STREET, caseOf, type World } from '../../../test/support/world.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { getCase } from '../../modules/cases/get-case.js';
import { listCases } from '../../modules/cases/list-cases.js';
import { breakGlass } from '../../modules/cases/break-glass.js';
import { getPerson } from '../../modules/persons/get-person.js';
import { withStaffAccess } from './gateway.js';

async function auditCount(
  t: TestDatabase,
  w: World,
  sakId: string,
  outcome: 'allowed' | 'denied' = 'allowed',
): Promise<number> {
  return t.database.withTenant(w.tenantId, async (trx) => {
    const r = await trx
      .selectFrom('audit_event')
      .select(sql<number>`count(*)`.as('n'))
      .where('sak_id', '=', sakId)
      .where('outcome', '=', outcome)
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  });
}

describe('the access gateway', () => {
  let t: TestDatabase;
  let w: World;
  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
  });
  afterAll(async () => t?.close());

  const open = (name: string, key: string, now?: Date) =>
    withStaffAccess(t.database, actor(w, name), { requestId: 'test-req-1', now }, (a) =>
      getCase(a, caseOf(w, key).id),
    );

  it('lets the caseworker open their case and writes exactly one audit row in the same transaction', async () => {
    const before = await auditCount(t, w, caseOf(w, 'assigned').id);
    const view = await open('sara', 'assigned');
    expect(view.child.givenName).toBe('Barn-assigned');
    expect(view.access).toEqual({ basis: 'caseworker', emergency: false });
    expect(await auditCount(t, w, caseOf(w, 'assigned').id)).toBe(before + 1);
  });

  it.each([
    ['siv', 'assigned', 'a caseworker without need'],
    ['fia', 'assigned', 'a unit leader of another unit'],
    ['mona', 'assigned', 'intake, for an assigned case'],
    ['sindre', 'assigned', 'the system administrator'],
    ['vilde', 'assigned', 'out-of-hours duty without break-the-glass'],
    ['berit', 'blocked', 'the head of service when blocked'],
    ['frode', 'blocked', 'the unit leader when blocked'],
  ])('answers 404 to %s on %s (%s) and audits the denial', async (name, key) => {
    const before = await auditCount(t, w, caseOf(w, key).id, 'denied');
    await expect(open(name, key)).rejects.toMatchObject({ code: 'NOT_FOUND', status: 404 });
    expect(await auditCount(t, w, caseOf(w, key).id, 'denied')).toBe(before + 1);
  });

  it.each([
    ['frode', 'assigned', 'unit_leader'],
    ['berit', 'otherUnit', 'head_of_service'],
    ['mona', 'unassigned', 'intake_unassigned'],
    ['siv', 'blocked', 'caseworker'],
  ])('lets %s open %s as %s', async (name, key, basis) => {
    expect((await open(name, key)).access.basis).toBe(basis);
  });

  it('answers a nonexistent id exactly like a forbidden one', async () => {
    const missing = await open('siv', 'assigned').catch((e: Error) => e);
    const forbidden = await withStaffAccess(t.database, actor(w, 'siv'), {}, (a) =>
      getCase(a, '00000000-0000-4000-8000-000000000000'),
    ).catch((e: Error) => e);
    expect(missing).toMatchObject({ status: 404, message: 'The case was not found' });
    expect(forbidden).toMatchObject({ status: 404, message: (missing as Error).message });
  });

  it('lists only cases with need-to-know, and audits each listed case', async () => {
    const items = await withStaffAccess(t.database, actor(w, 'sara'), {}, (a) =>
      listCases(a, { limit: 50, offset: 0 }),
    );
    expect(items.map((i) => i.childName).sort()).toEqual([
      'Barn-assigned Testesen',
      'Barn-protected Testesen',
    ]);
    const berit = await withStaffAccess(t.database, actor(w, 'berit'), {}, (a) =>
      listCases(a, { limit: 50, offset: 0 }),
    );
    expect(berit.map((i) => i.childName)).not.toContain('Barn-blocked Testesen');
    expect(berit).toHaveLength(4);
  });

  it('hides a strengt fortrolig address from the caseworker and shows it to the head of service', async () => {
    const sara = await open('sara', 'protected');
    expect(sara.child.address).toBeNull();
    expect(sara.child.addressHidden).toBe(true);
    expect(JSON.stringify(sara)).not.toContain(CANARY_STREET);
    const berit = await open('berit', 'protected');
    expect(berit.child.address?.street).toBe(CANARY_STREET);
  });

  it('hides the protected address even from a raw query without the capability', async () => {
    const rows = await withStaffAccess(t.database, actor(w, 'sara'), {}, (a) =>
      sql<{ street: string }>`SELECT street FROM person_address`.execute(a.trx),
    );
    expect(rows.rows.map((r) => r.street)).not.toContain(CANARY_STREET);
  });

  it('break-the-glass: no reason is refused by the route schema; with one, access for a limited time, emergency audit and a notice to the head', async () => {
    const vilde = actor(w, 'vilde');
    const sak = caseOf(w, 'assigned');
    const now = new Date();
    const grant = await withStaffAccess(t.database, vilde, { now }, (a) =>
      breakGlass(a, sak.id, 'Akutt henvendelse fra politiet natt til lørdag'),
    );
    expect(grant.expiresAt.getTime()).toBe(now.getTime() + 60 * 60_000);
    const view = await open('vilde', 'assigned', new Date(now.getTime() + 30 * 60_000));
    expect(view.access).toEqual({ basis: 'break_glass', emergency: true });
    const emergencyRows = await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .selectFrom('audit_event')
        .select(['action', 'break_glass_id'])
        .where('sak_id', '=', sak.id)
        .where('emergency', '=', true)
        .execute(),
    );
    expect(emergencyRows.map((r) => r.action).sort()).toEqual(['break_glass', 'read']);
    expect(emergencyRows.every((r) => r.break_glass_id === grant.grantId)).toBe(true);
    const notices = await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .selectFrom('notification')
        .select(['recipient_id', 'kind'])
        .where('ref_id', '=', grant.grantId)
        .execute(),
    );
    expect(notices).toEqual([{ recipient_id: actor(w, 'berit').staffUserId, kind: 'break_glass' }]);
    // after expiry: 404 again
    await expect(open('vilde', 'assigned', new Date(now.getTime() + 61 * 60_000))).rejects.toMatchObject({
      status: 404,
    });
  });

  it('a person read reached through break-the-glass is audited as an emergency too', async () => {
    const vilde = actor(w, 'vilde');
    const sak = caseOf(w, 'protected');
    const grant = await withStaffAccess(t.database, vilde, {}, (a) =>
      breakGlass(a, sak.id, 'Barnet er meldt savnet, trenger oversikt'),
    );
    await withStaffAccess(t.database, vilde, {}, (a) => getPerson(a, sak.childId));
    const rows = await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .selectFrom('audit_event')
        .select(['emergency', 'break_glass_id'])
        .where('object_type', '=', 'person')
        .where('person_id', '=', sak.childId)
        .where('actor_id', '=', vilde.staffUserId)
        .execute(),
    );
    expect(rows).toEqual([{ emergency: true, break_glass_id: grant.grantId }]);
  });

  it('break-the-glass does not open a case the user is blocked from', async () => {
    await expect(
      withStaffAccess(t.database, actor(w, 'frode'), {}, (a) =>
        breakGlass(a, caseOf(w, 'blocked').id, 'Trenger å se saken nå, haster'),
      ),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('a block takes effect on the very next request', async () => {
    const sak = caseOf(w, 'otherUnit');
    expect((await open('fia', 'otherUnit')).access.basis).toBe('unit_leader');
    await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .insertInto('case_block')
        .values({
          tenant_id: w.tenantId,
          sak_id: sak.id,
          staff_user_id: actor(w, 'fia').staffUserId,
          created_by: actor(w, 'berit').staffUserId,
        })
        .execute(),
    );
    await expect(open('fia', 'otherUnit')).rejects.toMatchObject({ status: 404 });
  });

  it('if the audit insert fails, the read fails and returns no data', async () => {
    const bad = { ...actor(w, 'sara'), sessionId: 'not-a-uuid' };
    await expect(
      withStaffAccess(t.database, bad, {}, (a) => getCase(a, caseOf(w, 'assigned').id)),
    ).rejects.toThrow();
  });
});
