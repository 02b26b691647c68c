import { generateIdentityNumber, seededRandom } from '@vern/domain';
import type { Database } from '../../src/platform/db/database.js';
import { actor, caseOf, type World } from './world.js';

export interface PersonsWorld {
  /** Related to the assigned child (mor) and to the other unit's child (mor). */
  mother: { id: string; fodselsnummer: string };
  /** Related only to the assigned child (far). */
  father: { id: string };
  /** Related only to the blocked child (far). */
  blockedParent: { id: string };
  /** Registered, tied to nobody. */
  unattached: string[];
  /** Relations of the assigned child to spare persons, to be ended. */
  spareRelations: string[];
}

const random = seededRandom(2024);
export const syntheticFnr = (birthDate: string, sex: 'male' | 'female') =>
  generateIdentityNumber(birthDate, sex, 'fodselsnummer', random, { synthetic: 'skatteetaten' });

/** Adds parents, unattached persons and relations to a test world, straight through the app role. */
export async function buildPersonsWorld(database: Database, w: World): Promise<PersonsWorld> {
  const sara = actor(w, 'sara').staffUserId;
  return database.withTenant(w.tenantId, async (trx) => {
    const person = async (given: string, family: string, fodselsnummer: string | null = null) =>
      (
        await trx
          .insertInto('person')
          .values({
            tenant_id: w.tenantId,
            given_name: given,
            family_name: family,
            birth_date: null,
            fodselsnummer,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const relate = async (personId: string, relatedId: string, kind: 'mor' | 'far' | 'annen') =>
      (
        await trx
          .insertInto('person_relation')
          .values({
            tenant_id: w.tenantId,
            person_id: personId,
            related_person_id: relatedId,
            kind,
            created_by: sara,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const motherFnr = syntheticFnr('1985-04-12', 'female');
    const mother = await person('Kari', 'Testesen', motherFnr);
    const father = await person('Per', 'Fjeld');
    const blockedParent = await person('Bernt', 'Sperre');
    await relate(caseOf(w, 'assigned').childId, mother, 'mor');
    await relate(caseOf(w, 'otherUnit').childId, mother, 'mor');
    await relate(caseOf(w, 'assigned').childId, father, 'far');
    await relate(caseOf(w, 'blocked').childId, blockedParent, 'far');
    const unattached: string[] = [];
    for (let i = 0; i < 6; i++) unattached.push(await person(`Løs${i}`, 'Enslig'));
    const spareRelations: string[] = [];
    for (let i = 0; i < 4; i++) {
      spareRelations.push(
        await relate(caseOf(w, 'assigned').childId, await person(`Reserve${i}`, 'Slutt'), 'annen'),
      );
    }
    return {
      mother: { id: mother, fodselsnummer: motherFnr },
      father: { id: father },
      blockedParent: { id: blockedParent },
      unattached,
      spareRelations,
    };
  });
}
