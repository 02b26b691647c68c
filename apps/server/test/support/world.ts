import { randomUUID } from 'node:crypto';
import type { StaffActor, StaffRole } from '@vern/domain';
import type { Database } from '../../src/platform/db/database.js';

/** A canary address: it must never reach anyone without the capability, in any byte produced. */
export const CANARY_STREET = 'Kanarifuglveien 77';
export const CANARY_PLACE = 'Hemmelighamn';

export interface World {
  tenantId: string;
  units: { a: string; b: string };
  staff: Record<string, StaffActor>;
  cases: Record<string, { id: string; childId: string }>;
}

let counter = 0;

/**
 * A small service with two units, one staff member per role (plus spares), and cases covering the
 * access rules: assigned, co-worked, unassigned, other unit, blocked, and a child with a strengt
 * fortrolig address. Everything through the app role and row-level security.
 */
export async function buildWorld(database: Database): Promise<World> {
  const tenantId = randomUUID();
  const n = ++counter;
  return database.withTenant(tenantId, async (trx) => {
    await trx
      .insertInto('tenant')
      .values({
        id: tenantId,
        slug: `w${n}-${tenantId.slice(0, 8)}`,
        name: `Testtjeneste ${n}`,
        kind: 'kommune',
        kommunenummer: '9997',
        bydelsnummer: null,
        bydelsnavn: null,
        organisasjonsnummer: null,
      })
      .execute();
    const [ua, ub] = await trx
      .insertInto('unit')
      .values([
        { tenant_id: tenantId, name: 'Enhet A' },
        { tenant_id: tenantId, name: 'Enhet B' },
      ])
      .returning('id')
      .execute();
    if (!ua || !ub) throw new Error('units not created');
    const units = { a: ua.id, b: ub.id };
    const people: [string, StaffRole[], string][] = [
      ['sara', ['saksbehandler'], units.a],
      ['siv', ['saksbehandler'], units.a],
      ['frode', ['fagleder'], units.a],
      ['fia', ['fagleder'], units.b],
      ['berit', ['barnevernleder'], units.a],
      ['mona', ['mottak'], units.a],
      ['sindre', ['systemansvarlig'], units.a],
      ['vilde', ['barnevernvakt'], units.b],
    ];
    const staff: Record<string, StaffActor> = {};
    for (const [username, roles, unitId] of people) {
      const u = await trx
        .insertInto('staff_user')
        .values({
          tenant_id: tenantId,
          username,
          display_name: `${username[0]?.toUpperCase()}${username.slice(1)} Testesen`,
          unit_id: unitId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('staff_role')
        .values(roles.map((role) => ({ tenant_id: tenantId, staff_user_id: u.id, role })))
        .execute();
      staff[username] = {
        kind: 'staff',
        tenantId,
        staffUserId: u.id,
        username,
        displayName: username,
        roles,
        unitId,
        sessionId: randomUUID(),
      };
    }
    const id = (name: string) => {
      const s = staff[name];
      if (!s) throw new Error(name);
      return s.staffUserId;
    };
    const cases: World['cases'] = {};
    const specs: [string, string, string | null, 'ingen' | 'strengt_fortrolig'][] = [
      ['assigned', units.a, id('sara'), 'ingen'],
      ['unassigned', units.a, null, 'ingen'],
      ['otherUnit', units.b, id('siv'), 'ingen'],
      ['blocked', units.a, id('siv'), 'ingen'],
      ['protected', units.a, id('sara'), 'strengt_fortrolig'],
    ];
    for (const [key, unitId, caseworkerId, protection] of specs) {
      const child = await trx
        .insertInto('person')
        .values({
          tenant_id: tenantId,
          given_name: `Barn-${key}`,
          family_name: 'Testesen',
          birth_date: '2015-03-04',
          address_protection: protection,
          fodselsnummer: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('person_address')
        .values({
          tenant_id: tenantId,
          person_id: child.id,
          street: protection === 'ingen' ? `Åpen gate ${n}` : CANARY_STREET,
          postal_code: '9999',
          postal_place: protection === 'ingen' ? 'Synlighamn' : CANARY_PLACE,
          municipality: null,
        })
        .execute();
      const sak = await trx
        .insertInto('sak')
        .values({
          tenant_id: tenantId,
          child_person_id: child.id,
          unit_id: unitId,
          caseworker_id: caseworkerId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      cases[key] = { id: sak.id, childId: child.id };
    }
    const blocked = cases.blocked;
    if (!blocked) throw new Error('blocked case missing');
    // the head of service and the unit leader are blocked from one case (e.g. they are related)
    await trx
      .insertInto('case_block')
      .values([
        { tenant_id: tenantId, sak_id: blocked.id, staff_user_id: id('berit'), created_by: id('frode') },
        { tenant_id: tenantId, sak_id: blocked.id, staff_user_id: id('frode'), created_by: id('berit') },
      ])
      .execute();
    return { tenantId, units, staff, cases };
  });
}

export function actor(world: World, name: string): StaffActor {
  const a = world.staff[name];
  if (!a) throw new Error(`no staff ${name} in the test world`);
  return a;
}

export function caseOf(world: World, key: string): { id: string; childId: string } {
  const c = world.cases[key];
  if (!c) throw new Error(`no case ${key} in the test world`);
  return c;
}
