import { normalizePersonName, personSearchName } from '@vern/domain';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { buildWorld, type World } from '../../../test/support/world.js';

const TRICKY = [
  'Åse',
  'Aase',
  'Øystein',
  'Oeystein',
  'Ærlig Kjær',
  'Haakon Håkonsen',
  'René Müller',
  'Björk Ståhl',
  'Anne-Lise Bøe-Hansen',
  "O'Brien",
  '  ØYVIND   æRØ  ',
  'Máret Ŋuolja Đuoddar',
  'Łukasz Straße ẞ',
  'Zoë Þórsdóttir Ðóra',
  'A\u030Ase',
  'Иван Ørn',
  'Aaase Oee ooee',
  'İlker Işık',
  'Œdipus Æsir',
  'Ŧor Ŧ',
  '',
];

/** The migration's vern_search_name and the domain's normalizePersonName must never disagree. */
describe('person.search_name (SQL) equals normalizePersonName (domain)', () => {
  let t: TestDatabase;
  let w: World;
  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
  });
  afterAll(async () => t?.close());

  const folded = (names: string[]) =>
    t.database.withTenant(w.tenantId, async (trx) => {
      const { rows } = await sql<{ name: string; folded: string }>`
        SELECT n AS name, vern_search_name(n) AS folded FROM unnest(${names}::text[]) AS n`.execute(trx);
      return rows;
    });

  it('on tricky names', async () => {
    for (const row of await folded(TRICKY)) expect(row.folded, row.name).toBe(normalizePersonName(row.name));
  });

  it('on generated strings of Latin letters, marks, separators and other scripts', async () => {
    const chars = fc.constantFrom(..."aAeEoOæÆøØåÅäöüéèñçšžđŋŧıłßþðœ-' .,\u0301\u0308\u030AИЖ漢1".split(''));
    const names = fc.sample(fc.string({ unit: chars, minLength: 1, maxLength: 16 }), {
      numRuns: 400,
      seed: 7,
    });
    names.push(...fc.sample(fc.string({ unit: 'grapheme', maxLength: 12 }), { numRuns: 200, seed: 8 }));
    const rows = await folded(names);
    const disagreements = rows.filter((r) => r.folded !== normalizePersonName(r.name));
    expect(disagreements).toEqual([]);
  });

  it('is the generated column: written with the names, changed with them', async () => {
    await t.database.withTenant(w.tenantId, async (trx) => {
      const { id, search_name } = await trx
        .insertInto('person')
        .values({
          tenant_id: w.tenantId,
          given_name: 'Bjørn-Åge',
          family_name: 'Ødegård',
          fodselsnummer: null,
        })
        .returning(['id', 'search_name'])
        .executeTakeFirstOrThrow();
      expect(search_name).toBe(personSearchName('Bjørn-Åge', 'Ødegård'));
      const after = await trx
        .updateTable('person')
        .set({ family_name: 'Kjærnes' })
        .where('id', '=', id)
        .returning('search_name')
        .executeTakeFirstOrThrow();
      expect(after.search_name).toBe('bjorn age kjaernes');
    });
  });
});
