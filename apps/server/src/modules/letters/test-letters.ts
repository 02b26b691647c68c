import { CaseHistory, generateIdentityNumber, seededRandom } from '@vern/domain';
import type { Database } from '../../platform/db/database.js';

/** What these helpers need of a test world (test/support/world.ts), without importing test code into src. */
interface LetterWorld {
  tenantId: string;
  staff: Record<string, { staffUserId: string }>;
  cases: Record<string, { id: string; childId: string }>;
}

/** The vedtak every letter test case has: BVL2021 § 3-1 (hjelpetiltak), made 2026-02-01. */
export const VEDTAK_ID = 'vedtak-1';

/**
 * Gives a world case a history with a concluded melding (undersøkelse opened) and a vedtak, and
 * the child a parent with parental responsibility, a fødselsnummer and an open address of their
 * own. Returns the parent's person id.
 */
export async function giveLetterCase(
  database: Database,
  w: LetterWorld,
  key: string,
  seed: number,
): Promise<{ parentId: string }> {
  const c = w.cases[key];
  const author = w.staff.sara;
  if (!c || !author) throw new Error(`no case ${key} or no sara in the test world`);
  const { id: sakId, childId } = c;
  const history = CaseHistory.parse({
    sak: { id: sakId, journalnummer: '2026/1', startDato: '2026-01-05' },
    meldinger: [
      { id: 'melding-1', startDato: '2026-01-05', konklusjon: { sluttDato: '2026-01-10', kode: '2' } },
    ],
    undersokelser: [{ id: 'us-1', startDato: '2026-01-10' }],
    vedtak: [
      {
        id: VEDTAK_ID,
        startDato: '2026-02-01',
        lovhjemmel: { lov: 'BVL2021', kapittel: '3', paragraf: '1', ledd: ['1'] },
        status: [{ id: 'vs-1', endretDato: '2026-02-01', kode: '1' }],
      },
    ],
  });
  return database.withTenant(w.tenantId, async (trx) => {
    await trx
      .updateTable('sak')
      .set({ history: JSON.stringify(history) })
      .where('id', '=', sakId)
      .execute();
    const parent = await trx
      .insertInto('person')
      .values({
        tenant_id: w.tenantId,
        given_name: 'Kari',
        family_name: `Forelder-${key}`,
        birth_date: '1985-06-07',
        fodselsnummer: generateIdentityNumber('1985-06-07', 'female', 'fodselsnummer', seededRandom(seed)),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('person_address')
      .values({
        tenant_id: w.tenantId,
        person_id: parent.id,
        street: 'Forelderveien 1',
        postal_code: '0150',
        postal_place: 'Oslo',
        municipality: null,
      })
      .execute();
    await trx
      .insertInto('person_relation')
      .values({
        tenant_id: w.tenantId,
        person_id: childId,
        related_person_id: parent.id,
        kind: 'mor',
        parental_responsibility: true,
        created_by: author.staffUserId,
      })
      .execute();
    return { parentId: parent.id };
  });
}
