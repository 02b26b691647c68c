import { osloDate, runControls, type Severity, type StaffActor } from '@vern/domain';
import { requireCapability, withStaffAccess } from '../../platform/access/gateway.js';
import type { Database } from '../../platform/db/database.js';
import { controlOptionsOf, historyOf } from './case-file.js';
import { readCaseBatch } from './registry.queries.js';

export interface TenantFinding {
  caseId: string;
  journalnummer: string;
  controlId: string;
  severity: Severity;
  message: string;
  field: string;
  elementId?: string;
}

export interface TenantFindings {
  /** Findings over every case, per severity (all of them, also beyond `limit`). */
  counts: Partial<Record<Severity, number>>;
  casesChecked: number;
  /** Cases left out because the asker is blocked from them (sperring beats every role). */
  casesHidden: number;
  items: TenantFinding[];
  /** True when there were more findings of the asked severities than `limit`. */
  truncated: boolean;
}

const ORDER: Severity[] = ['FATAL', 'ERROR', 'WARNING', 'INFO'];

/**
 * The registry's single-case controls over every case of the service, as the registry would run
 * them on a file made today: for whoever reports (systemansvarlig, head of service), so problems are
 * found and fixed on the case before the export. Reads through the same system path as the export,
 * in batches; one audit row per request. A case the asker is blocked from is left out entirely
 * (only the number of such cases is told), unlike the export, which the registry is owed whole.
 */
export async function systemTenantFindings(
  database: Database,
  actor: StaffActor,
  options: {
    severities: readonly Severity[];
    limit: number;
    requestId: string;
    allowSyntheticNumbers: boolean;
    now?: Date;
  },
): Promise<TenantFindings> {
  requireCapability(actor, 'registry.export');
  const now = options.now ?? new Date();
  const today = osloDate(now);
  const blocked = await withStaffAccess(
    database,
    actor,
    { requestId: options.requestId, now },
    async (access) => {
      await access.audit({
        action: 'registry_findings',
        objectType: 'registry',
        fields: [...options.severities],
      });
      const rows = await access.trx
        .selectFrom('case_block')
        .select('sak_id')
        .where('staff_user_id', '=', actor.staffUserId)
        .execute();
      return new Set(rows.map((r) => r.sak_id));
    },
  );
  const wanted = new Set(options.severities.length > 0 ? options.severities : ORDER);
  const result: TenantFindings = { counts: {}, casesChecked: 0, casesHidden: 0, items: [], truncated: false };
  let after: string | null = null;
  for (;;) {
    const rows = await database.withTenant(actor.tenantId, (trx) =>
      readCaseBatch(trx, actor.tenantId, after, 500),
    );
    if (rows.length === 0) break;
    after = rows[rows.length - 1]?.sakId ?? null;
    for (const row of rows) {
      if (blocked.has(row.sakId)) {
        result.casesHidden += 1;
        continue;
      }
      const history = historyOf(row, today);
      const findings = runControls(history, controlOptionsOf(history, today, options.allowSyntheticNumbers));
      result.casesChecked += 1;
      for (const f of findings) {
        result.counts[f.severity] = (result.counts[f.severity] ?? 0) + 1;
        if (!wanted.has(f.severity)) continue;
        if (result.items.length >= options.limit) {
          result.truncated = true;
          continue;
        }
        result.items.push({ caseId: row.sakId, journalnummer: row.journalnummer, ...f });
      }
    }
  }
  result.items.sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity));
  return result;
}
