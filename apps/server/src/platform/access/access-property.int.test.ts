import { randomUUID } from 'node:crypto';
import { decideCaseAccess, StaffRole, type AccessActor, type CaseAccessFacts } from '@vern/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { caseVisibleTo } from './case-visibility.js';

const STAFF = 5;
const CASES = 6;
const RUNS = 350; // 350 worlds x 5 staff x 6 cases = 10 500 (actor, case) triples

const staffIdx = fc.integer({ min: 0, max: STAFF - 1 });
const World = fc.record({
  staff: fc.array(
    fc.record({
      roles: fc.uniqueArray(fc.constantFrom(...StaffRole.options), { minLength: 1, maxLength: 3 }),
      unit: fc.constantFrom(0, 1, null),
    }),
    { minLength: STAFF, maxLength: STAFF },
  ),
  cases: fc.array(
    fc.record({
      unit: fc.constantFrom(0, 1),
      caseworker: fc.option(staffIdx, { nil: null }),
      coWorkers: fc.uniqueArray(staffIdx, { maxLength: 2 }),
      blocks: fc.uniqueArray(staffIdx, { maxLength: 2 }),
      grants: fc.array(
        fc.record({
          staff: staffIdx,
          minutesLeft: fc.integer({ min: -120, max: 120 }).filter((m) => m !== 0),
        }),
        { maxLength: 2 },
      ),
    }),
    { minLength: CASES, maxLength: CASES },
  ),
});

describe('need-to-know: SQL filter and domain predicate agree', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t?.close());

  it(`on ${RUNS * STAFF * CASES} generated (staff, case) pairs`, async () => {
    const now = new Date('2026-11-24T12:00:00Z');
    let pairs = 0;
    await fc.assert(
      fc.asyncProperty(World, async (world) => {
        const tenantId = randomUUID();
        const mismatches = await t.database.withTenant(tenantId, async (trx) => {
          await trx
            .insertInto('tenant')
            .values({
              id: tenantId,
              slug: `p-${tenantId.slice(0, 12)}`,
              name: 'Egenskapstest',
              kind: 'kommune',
              kommunenummer: '9996',
              bydelsnummer: null,
              bydelsnavn: null,
              organisasjonsnummer: null,
            })
            .execute();
          const units = (
            await trx
              .insertInto('unit')
              .values([
                { tenant_id: tenantId, name: 'U0' },
                { tenant_id: tenantId, name: 'U1' },
              ])
              .returning('id')
              .execute()
          ).map((u) => u.id);
          const unitOf = (i: number | null) => (i === null ? null : (units[i] ?? null));
          const staffIds = (
            await trx
              .insertInto('staff_user')
              .values(
                world.staff.map((s, i) => ({
                  tenant_id: tenantId,
                  username: `s${i}`,
                  display_name: `S${i}`,
                  unit_id: unitOf(s.unit),
                })),
              )
              .returning('id')
              .execute()
          ).map((s) => s.id);
          const sid = (i: number) => staffIds[i] as string;
          await trx
            .insertInto('staff_role')
            .values(
              world.staff.flatMap((s, i) =>
                s.roles.map((role) => ({ tenant_id: tenantId, staff_user_id: sid(i), role })),
              ),
            )
            .execute();
          const facts: (CaseAccessFacts & { id: string })[] = [];
          for (const c of world.cases) {
            const child = await trx
              .insertInto('person')
              .values({
                tenant_id: tenantId,
                given_name: 'B',
                family_name: 'T',
                birth_date: null,
                fodselsnummer: null,
              })
              .returning('id')
              .executeTakeFirstOrThrow();
            const caseworkerId = c.caseworker === null ? null : sid(c.caseworker);
            const sak = await trx
              .insertInto('sak')
              .values({
                tenant_id: tenantId,
                child_person_id: child.id,
                unit_id: unitOf(c.unit) as string,
                caseworker_id: caseworkerId,
              })
              .returning('id')
              .executeTakeFirstOrThrow();
            if (c.coWorkers.length)
              await trx
                .insertInto('case_co_worker')
                .values(
                  c.coWorkers.map((i) => ({ tenant_id: tenantId, sak_id: sak.id, staff_user_id: sid(i) })),
                )
                .execute();
            if (c.blocks.length)
              await trx
                .insertInto('case_block')
                .values(
                  c.blocks.map((i) => ({
                    tenant_id: tenantId,
                    sak_id: sak.id,
                    staff_user_id: sid(i),
                    created_by: sid(0),
                  })),
                )
                .execute();
            const grants = c.grants.map((g) => ({
              staffUserId: sid(g.staff),
              expiresAt: now.getTime() + g.minutesLeft * 60_000,
            }));
            if (grants.length) {
              await trx
                .insertInto('break_glass_grant')
                .values(
                  grants.map((g) => ({
                    tenant_id: tenantId,
                    sak_id: sak.id,
                    staff_user_id: g.staffUserId,
                    reason: 'generert test av nødtilgang',
                    granted_at: new Date(g.expiresAt - 180 * 60_000),
                    expires_at: new Date(g.expiresAt),
                    reviewed_by: null,
                    reviewed_at: null,
                  })),
                )
                .execute();
            }
            facts.push({
              id: sak.id,
              tenantId,
              unitId: unitOf(c.unit) as string,
              caseworkerId,
              coWorkerIds: c.coWorkers.map(sid),
              blockedStaffIds: c.blocks.map(sid),
              breakGlass: grants,
            });
          }
          const found: string[] = [];
          for (let i = 0; i < STAFF; i++) {
            const s = world.staff[i];
            if (!s) continue;
            const actor: AccessActor = {
              tenantId,
              staffUserId: sid(i),
              roles: s.roles,
              unitId: unitOf(s.unit),
            };
            const visible = new Set(
              (await trx.selectFrom('sak').select('sak.id').where(caseVisibleTo(actor, now)).execute()).map(
                (r) => r.id,
              ),
            );
            for (const f of facts) {
              pairs++;
              const expected = decideCaseAccess(actor, f, now.getTime()).allowed;
              if (visible.has(f.id) !== expected)
                found.push(
                  `staff ${i} ${JSON.stringify(s)} case ${JSON.stringify(f)}: sql=${visible.has(f.id)} domain=${expected}`,
                );
            }
          }
          return found;
        });
        expect(mismatches).toEqual([]);
      }),
      { numRuns: RUNS },
    );
    expect(pairs).toBeGreaterThanOrEqual(10_000);
  }, 600_000);
});
