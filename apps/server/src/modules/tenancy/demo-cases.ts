import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

/**
 * A few demo children and their cases, covering the access rules a demo should show: assigned and
 * unassigned cases, two units, a co-worker, a block (sperring) and a child with a strengt fortrolig
 * address. All names, numbers and addresses are invented; there are no identity numbers here.
 */
interface DemoChild {
  given: string;
  family: string;
  birthDate: string;
  protection: 'ingen' | 'strengt_fortrolig';
  street: string;
  postal: [string, string];
  unit: string;
  caseworker: string | null;
  coWorker?: string;
  blockedFor?: string;
}

export const DEMO_PROTECTED_STREET = 'Skjermet vei 6';

export const DEMO_CHILDREN: readonly DemoChild[] = [
  {
    given: 'Emma',
    family: 'Dahl',
    birthDate: '2014-05-12',
    protection: 'ingen',
    street: 'Bjørkeveien 3',
    postal: ['9990', 'Demoby'],
    unit: 'Mottak og undersøkelse',
    caseworker: 'sara',
  },
  {
    given: 'Noah',
    family: 'Berg',
    birthDate: '2016-09-30',
    protection: 'ingen',
    street: 'Fjordgata 17',
    postal: ['9990', 'Demoby'],
    unit: 'Mottak og undersøkelse',
    caseworker: 'sara',
    coWorker: 'frode',
  },
  {
    given: 'Sofie',
    family: 'Lie',
    birthDate: '2011-02-03',
    protection: 'strengt_fortrolig',
    street: DEMO_PROTECTED_STREET,
    postal: ['9991', 'Skjulested'],
    unit: 'Mottak og undersøkelse',
    caseworker: 'sara',
  },
  {
    given: 'Jakob',
    family: 'Haugen',
    birthDate: '2019-11-21',
    protection: 'ingen',
    street: 'Lundveien 8',
    postal: ['9992', 'Nordre Demo'],
    unit: 'Mottak og undersøkelse',
    caseworker: null,
  },
  {
    given: 'Ella',
    family: 'Moen',
    birthDate: '2009-07-14',
    protection: 'ingen',
    street: 'Strandgata 41',
    postal: ['9990', 'Demoby'],
    unit: 'Tiltak og oppfølging',
    caseworker: 'vilde',
  },
  {
    given: 'Lukas',
    family: 'Strand',
    birthDate: '2013-01-28',
    protection: 'ingen',
    street: 'Åsveien 2',
    postal: ['9993', 'Søndre Demo'],
    unit: 'Mottak og undersøkelse',
    caseworker: 'sara',
    blockedFor: 'frode',
  },
];

export async function seedDemoCases(
  trx: Transaction<DB>,
  tenantId: string,
  staff: Map<string, string>,
  units: Map<string, string>,
): Promise<void> {
  for (const c of DEMO_CHILDREN) {
    const child = await trx
      .insertInto('person')
      .values({
        tenant_id: tenantId,
        given_name: c.given,
        family_name: c.family,
        birth_date: c.birthDate,
        address_protection: c.protection,
        fodselsnummer: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('person_address')
      .values({
        tenant_id: tenantId,
        person_id: child.id,
        street: c.street,
        postal_code: c.postal[0],
        postal_place: c.postal[1],
        municipality: 'Demo',
      })
      .execute();
    const unitId = units.get(c.unit);
    if (!unitId) throw new Error(`demo unit ${c.unit} missing`);
    const sak = await trx
      .insertInto('sak')
      .values({
        tenant_id: tenantId,
        child_person_id: child.id,
        unit_id: unitId,
        caseworker_id: c.caseworker ? (staff.get(c.caseworker) ?? null) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const coWorker = c.coWorker && staff.get(c.coWorker);
    if (coWorker)
      await trx
        .insertInto('case_co_worker')
        .values({ tenant_id: tenantId, sak_id: sak.id, staff_user_id: coWorker })
        .execute();
    const blocked = c.blockedFor && staff.get(c.blockedFor);
    const head = staff.get('berit');
    if (blocked && head)
      await trx
        .insertInto('case_block')
        .values({ tenant_id: tenantId, sak_id: sak.id, staff_user_id: blocked, created_by: head })
        .execute();
  }
}
