import { osloDate } from '@vern/domain';
import { recordAudit, SYSTEM_ACTOR } from '../platform/audit/audit.js';
import type { Database } from '../platform/db/database.js';
import { runDailyDeadlines } from '../modules/worklists/daily-run.js';
import { computeCaseDeadlines } from '../modules/worklists/sync-deadlines.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const STATUS: Record<string, string> = {
  open: 'åpen',
  overdue: 'OVERSKREDET',
  met: 'overholdt',
  'met-late': 'gjort for sent',
  missed: 'ikke gjort',
};

/**
 * The deadlines of one case, computed now from its stored history, each with its rule, legal
 * reference, due day, status and explanation. The read is audited as the system's (ids only).
 */
export async function explainCaseDeadlines(database: Database, sakId: string, now: Date): Promise<string[]> {
  if (!UUID.test(sakId)) throw new Error('--case must be a case id (a UUID)');
  const tenants = await database.db.selectFrom('tenant').select(['id', 'slug']).execute();
  const today = osloDate(now);
  for (const t of tenants) {
    const lines = await database.withTenant(t.id, async (trx) => {
      const sak = await trx
        .selectFrom('sak')
        .select(['journalnummer', 'child_person_id'])
        .where('id', '=', sakId)
        .executeTakeFirst();
      if (!sak) return null;
      const { items } = await computeCaseDeadlines(trx, sakId, today);
      await recordAudit(trx, SYSTEM_ACTOR(t.id), {
        action: 'read',
        objectType: 'sak',
        objectId: sakId,
        sakId,
        personId: sak.child_person_id,
        fields: ['deadlines'],
      });
      const out = [`${t.slug} sak ${sak.journalnummer} (${sakId}): ${items.length} frister per ${today}`];
      for (const i of items) {
        out.push('');
        out.push(`${i.dueDate}  ${STATUS[i.status] ?? i.status}  ${i.ruleId}  (${i.legalReference})`);
        if (i.ssbDueDate) out.push(`  SSBs telling: ${i.ssbDueDate}`);
        out.push(`  ${i.explanation}`);
      }
      return out;
    });
    if (lines) return lines;
  }
  throw new Error(`no case with id ${sakId}`);
}

/** The daily run (or only escalation) over every service or one; one line per service. */
export async function dailyDeadlines(
  database: Database,
  now: Date,
  options: { tenant?: string; escalateOnly?: boolean },
): Promise<string[]> {
  const results = await runDailyDeadlines(database, now, options);
  return results.map(
    (r) =>
      `${r.tenant}: ${r.refreshed} cases recomputed, ${r.notified} notices, ${r.escalated} escalations, ${r.snapshotRows} caseload rows`,
  );
}
