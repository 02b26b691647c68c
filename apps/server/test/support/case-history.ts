import { CaseHistory } from '@vern/domain';
import type { TestDatabase } from './test-db.js';
import { caseOf, type World } from './world.js';

/**
 * Gives a world case a registry history with one melding ('melding-1') and one undersøkelse
 * ('us-1'), whole as the case process stores it (the schema fills the empty collections).
 */
export async function giveHistory(t: TestDatabase, w: World, key: string): Promise<void> {
  const sakId = caseOf(w, key).id;
  const history = CaseHistory.parse({
    sak: { id: sakId, journalnummer: '2026/1', startDato: '2026-01-05' },
    meldinger: [{ id: 'melding-1', startDato: '2026-01-05' }],
    undersokelser: [{ id: 'us-1', startDato: '2026-01-10' }],
  });
  await t.database.withTenant(w.tenantId, (trx) =>
    trx
      .updateTable('sak')
      .set({ history: JSON.stringify(history) })
      .where('id', '=', sakId)
      .execute(),
  );
}
