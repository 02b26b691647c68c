import { osloDate } from '@vern/domain';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { DB } from '../../platform/db/schema.js';
import { snapshotCaseload } from './caseload.js';
import { syncManyDeadlines } from './sync-deadlines.js';

/** An absence covering `day` of the staff member in column `who`. */
const absentOn = (who: string, day: string) => sql<boolean>`EXISTS (
  SELECT 1 FROM staff_absence a
   WHERE a.staff_user_id = ${sql.raw(who)} AND a.starts_on <= ${day}::date
     AND (a.expected_end_on IS NULL OR a.expected_end_on >= ${day}::date))`;

/**
 * Cases whose deadline rows are out of date without a change to the case: never computed (cases
 * from before deadlines were kept, or written around the case process), an open deadline that
 * has passed since it was computed (its explanation still says "due"), or visits of an earlier year.
 */
export async function refreshStaleDeadlines(trx: Transaction<DB>, today: string): Promise<number> {
  const { rows } = await sql<{ id: string }>`
    SELECT s.id FROM sak s
     WHERE s.history IS NOT NULL
       AND (s.deadlines_version IS DISTINCT FROM s.version
         OR EXISTS (SELECT 1 FROM deadline d WHERE d.sak_id = s.id AND d.status = 'open'
                     AND d.due_date < ${today}::date AND d.computed_on <= d.due_date)
         OR EXISTS (SELECT 1 FROM deadline d WHERE d.sak_id = s.id AND d.kind = 'besok'
                     AND date_trunc('year', d.computed_on) < date_trunc('year', ${today}::date)))`.execute(
    trx,
  );
  await syncManyDeadlines(
    trx,
    rows.map((r) => r.id),
    today,
  );
  return rows.length;
}

/**
 * Tells owners of deadlines that one approaches (the tenant's lead per kind: by default 2 days for
 * a melding, 14 for an undersøkelse, 7 otherwise) or has passed. Once per deadline, kind and due
 * day: a rerun adds nothing, and a deadline moved by an extension is announced again. Ids only.
 */
export async function notifyDeadlines(trx: Transaction<DB>, today: string): Promise<number> {
  const lead = sql`coalesce((t.deadline_notice_days ->> d.kind)::int, (t.deadline_notice_days ->> 'default')::int, 7)`;
  const { rows } = await sql<{ n: number }>`
    WITH inserted AS (
      INSERT INTO notification (tenant_id, recipient_id, kind, sak_id, ref_id, dedup_key)
      SELECT d.tenant_id, d.owner_id, k.kind, d.sak_id, d.id, k.kind || ':' || d.id || ':' || d.due_date
        FROM deadline d
        JOIN tenant t ON t.id = d.tenant_id
        JOIN staff_user o ON o.id = d.owner_id AND o.active
        CROSS JOIN LATERAL (SELECT CASE WHEN d.due_date < ${today}::date THEN 'deadline_overdue'
                                        ELSE 'deadline_approaching' END AS kind) k
       WHERE d.status = 'open'
         AND d.due_date <= ${today}::date + ${lead}
         AND NOT EXISTS (SELECT 1 FROM case_block b WHERE b.sak_id = d.sak_id AND b.staff_user_id = d.owner_id)
      ON CONFLICT (tenant_id, recipient_id, dedup_key) WHERE dedup_key IS NOT NULL DO NOTHING
      RETURNING 1)
    SELECT count(*)::int AS n FROM inserted`.execute(trx);
  return rows[0]?.n ?? 0;
}

/**
 * Escalation when nobody acts: an open deadline due within the tenant's escalation days (3 by
 * default), or overdue, on a case without a caseworker or whose caseworker is absent today or no
 * longer active, is sent to the unit's team leaders who are at work and not blocked from the case;
 * when the unit has none, to the head of service. Once per deadline, leader and day.
 */
export async function escalateDeadlines(trx: Transaction<DB>, today: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    WITH due AS (
      SELECT d.* FROM deadline d
        JOIN tenant t ON t.id = d.tenant_id
        LEFT JOIN staff_user o ON o.id = d.owner_id
       WHERE d.status = 'open'
         AND d.due_date <= ${today}::date + t.deadline_escalation_days
         AND (d.owner_id IS NULL OR NOT o.active OR ${absentOn('d.owner_id', today)})
    ),
    leaders AS (
      SELECT s.id, s.unit_id, r.role FROM staff_user s
        JOIN staff_role r ON r.staff_user_id = s.id AND r.role IN ('fagleder', 'barnevernleder')
       WHERE s.active AND NOT ${absentOn('s.id', today)}
    ),
    targets AS (
      SELECT due.id AS deadline_id, due.tenant_id, due.sak_id, l.id AS leader_id
        FROM due JOIN leaders l ON l.role = 'fagleder' AND l.unit_id = due.unit_id
      UNION
      SELECT due.id, due.tenant_id, due.sak_id, l.id
        FROM due JOIN leaders l ON l.role = 'barnevernleder'
       WHERE NOT EXISTS (SELECT 1 FROM leaders f WHERE f.role = 'fagleder' AND f.unit_id = due.unit_id
                          AND f.id IS DISTINCT FROM due.owner_id)
    ),
    inserted AS (
      INSERT INTO notification (tenant_id, recipient_id, kind, sak_id, ref_id, dedup_key)
      SELECT x.tenant_id, x.leader_id, 'deadline_escalated', x.sak_id, x.deadline_id,
             'deadline_escalated:' || x.deadline_id || ':' || ${today}::text
        FROM targets x JOIN due ON due.id = x.deadline_id
       WHERE x.leader_id IS DISTINCT FROM due.owner_id
         AND NOT EXISTS (SELECT 1 FROM case_block b WHERE b.sak_id = x.sak_id AND b.staff_user_id = x.leader_id)
      ON CONFLICT (tenant_id, recipient_id, dedup_key) WHERE dedup_key IS NOT NULL DO NOTHING
      RETURNING 1)
    SELECT count(*)::int AS n FROM inserted`.execute(trx);
  return rows[0]?.n ?? 0;
}

export interface DailyResult {
  tenant: string;
  refreshed: number;
  notified: number;
  escalated: number;
  snapshotRows: number;
}

/**
 * One service's daily steps in the caller's tenant transaction: stale rows, notices, escalation and
 * the caseload snapshot (or only escalation). Also what the demo seed runs, so a new demo service
 * starts with its worklists filled.
 */
export async function runDailyForTenant(
  trx: Transaction<DB>,
  tenantId: string,
  today: string,
  options: { escalateOnly?: boolean } = {},
): Promise<Omit<DailyResult, 'tenant'>> {
  const refreshed = await refreshStaleDeadlines(trx, today);
  if (options.escalateOnly)
    return { refreshed, notified: 0, escalated: await escalateDeadlines(trx, today), snapshotRows: 0 };
  return {
    refreshed,
    notified: await notifyDeadlines(trx, today),
    escalated: await escalateDeadlines(trx, today),
    snapshotRows: await snapshotCaseload(trx, tenantId, today),
  };
}

/**
 * The daily run over every service (or one): bring stale deadline rows up to date, tell owners of
 * approaching and overdue deadlines, escalate what nobody acts on, and write the caseload snapshot.
 * Each service in its own transaction; every step is idempotent, so running it twice is harmless.
 */
export async function runDailyDeadlines(
  database: Database,
  now: Date,
  options: { tenant?: string; escalateOnly?: boolean } = {},
): Promise<DailyResult[]> {
  const today = osloDate(now);
  const tenants = await database.db.selectFrom('tenant').select(['id', 'slug']).orderBy('slug').execute();
  const selected = options.tenant
    ? tenants.filter((t) => t.id === options.tenant || t.slug === options.tenant)
    : tenants;
  if (options.tenant && selected.length === 0)
    throw new Error(`no service with id or slug ${options.tenant}`);
  const results: DailyResult[] = [];
  for (const t of selected) {
    const counts = await database.withTenant(t.id, (trx) =>
      runDailyForTenant(trx, t.id, today, options.escalateOnly ? { escalateOnly: true } : {}),
    );
    results.push({ tenant: t.slug, ...counts });
  }
  return results;
}
