import type { Database } from '../../platform/db/database.js';

/**
 * A deadline row written directly, for tests of lists and the daily run (the rules and how rows
 * follow a case are tested in deadline-sync.int.test.ts). A later change of the case recomputes
 * its rows from the history and removes such a row.
 */
export async function seedDeadline(
  database: Database,
  tenantId: string,
  sakId: string,
  d: { rule: string; due: string; owner: string | null; unit: string },
): Promise<string> {
  const row = await database.withTenant(tenantId, (trx) =>
    trx
      .insertInto('deadline')
      .values({
        tenant_id: tenantId,
        sak_id: sakId,
        item_id: `${d.rule}:${sakId}`,
        kind: d.rule === 'melding-gjennomgang' ? 'melding' : 'undersokelse',
        rule_id: d.rule,
        legal_reference: d.rule === 'melding-gjennomgang' ? 'barnevernsloven § 2-1' : 'barnevernsloven § 2-2',
        element_type: d.rule === 'melding-gjennomgang' ? 'Melding' : 'Undersokelse',
        element_id: sakId,
        start_date: '2024-01-01',
        due_date: d.due,
        status: 'open',
        explanation: 'Fristen er en uke.',
        owner_id: d.owner,
        unit_id: d.unit,
        computed_on: '2024-01-01',
      })
      .returning('id')
      .executeTakeFirstOrThrow(),
  );
  return row.id;
}
