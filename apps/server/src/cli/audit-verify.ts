import type { Database } from '../platform/db/database.js';
import { sealAuditChains, verifyAuditChain } from '../platform/audit/audit.js';

/**
 * Seals what is pending, then verifies every tenant's audit chain; returns the report lines and
 * whether all chains are intact.
 */
export async function auditVerify(
  database: Database,
  onlyTenant?: string,
): Promise<{ ok: boolean; lines: string[] }> {
  const tenants = await database.db.selectFrom('tenant').select(['id', 'slug']).orderBy('slug').execute();
  const selected = onlyTenant ? tenants.filter((t) => t.id === onlyTenant || t.slug === onlyTenant) : tenants;
  if (onlyTenant && selected.length === 0)
    return { ok: false, lines: [`no service with id or slug ${onlyTenant}`] };
  await sealAuditChains(database.db);
  const lines: string[] = [];
  let ok = true;
  for (const t of selected) {
    const result = await database.withTenant(t.id, (trx) => verifyAuditChain(trx, t.id));
    if (result.firstBreak) {
      ok = false;
      const b = result.firstBreak;
      lines.push(`${t.slug}: BROKEN at seq ${b.seq} (audit row ${b.id}): ${b.problem.replace(/_/g, ' ')}`);
    } else {
      const waiting = result.pending > 0 ? ` (${result.pending} written since, not yet sealed)` : '';
      lines.push(`${t.slug}: ${result.rows} audit rows, chain intact${waiting}`);
    }
  }
  return { ok, lines };
}
