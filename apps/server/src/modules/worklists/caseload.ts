import { hasCapability, osloDate } from '@vern/domain';
import { sql, type Transaction } from 'kysely';
import { caseVisibleTo } from '../../platform/access/case-visibility.js';
import type { StaffAccess } from '../../platform/access/gateway.js';
import type { DB } from '../../platform/db/schema.js';
import { AppError, ErrorCode } from '../../platform/errors.js';

export interface CaseloadRow {
  unitId: string;
  unitName: string;
  caseworkerId: string | null;
  caseworkerName: string | null;
  openCases: number;
  openDeadlines: number;
  overdueDeadlines: number;
}

const loadColumns = (today: string) =>
  [
    sql<number>`count(DISTINCT sak.id)::int`.as('openCases'),
    sql<number>`count(d.id)::int`.as('openDeadlines'),
    sql<number>`count(d.id) FILTER (WHERE d.due_date < ${today})::int`.as('overdueDeadlines'),
  ] as const;

function openCasesWithDeadlines(trx: Transaction<DB>, today: string) {
  return trx
    .selectFrom('sak')
    .leftJoin('deadline as d', (j) => j.onRef('d.sak_id', '=', 'sak.id').on('d.status', '=', 'open'))
    .where('sak.status', '=', 'open')
    .select(['sak.unit_id', 'sak.caseworker_id', ...loadColumns(today)])
    .groupBy(['sak.unit_id', 'sak.caseworker_id']);
}

/**
 * Open cases and open deadlines per caseworker (null: unassigned) and unit, now, over the cases the
 * leader may see: a team leader their unit, the head of service every unit. With `days`, also the
 * daily snapshots of the same counts for that many days back.
 */
export async function caseload(access: StaffAccess, q: { days: number }) {
  const { trx, actor, now } = access;
  const all = hasCapability(actor.roles, 'case.read.all');
  if (!all && !hasCapability(actor.roles, 'case.read.unit')) {
    throw new AppError(ErrorCode.Forbidden, 'Only leaders see the caseload');
  }
  if (!all && !actor.unitId) {
    throw new AppError(ErrorCode.ValidationFailed, 'You belong to no unit', [
      { field: 'unit', reason: 'a team leader sees the caseload of their own unit, and you have none' },
    ]);
  }
  const today = osloDate(now);
  let live = trx
    .selectFrom('sak')
    .innerJoin('unit', 'unit.id', 'sak.unit_id')
    .leftJoin('staff_user as cw', 'cw.id', 'sak.caseworker_id')
    .leftJoin('deadline as d', (j) => j.onRef('d.sak_id', '=', 'sak.id').on('d.status', '=', 'open'))
    .where('sak.status', '=', 'open')
    .where(caseVisibleTo(actor, now))
    .select([
      'sak.unit_id as unitId',
      'unit.name as unitName',
      'sak.caseworker_id as caseworkerId',
      'cw.display_name as caseworkerName',
      ...loadColumns(today),
    ])
    .groupBy(['sak.unit_id', 'unit.name', 'sak.caseworker_id', 'cw.display_name'])
    .orderBy('unit.name')
    .orderBy('cw.display_name');
  if (!all && actor.unitId) live = live.where('sak.unit_id', '=', actor.unitId);
  const caseworkers: CaseloadRow[] = await live.execute();
  const units = new Map<string, Omit<CaseloadRow, 'caseworkerId' | 'caseworkerName'>>();
  for (const r of caseworkers) {
    const u = units.get(r.unitId) ?? {
      unitId: r.unitId,
      unitName: r.unitName,
      openCases: 0,
      openDeadlines: 0,
      overdueDeadlines: 0,
    };
    u.openCases += r.openCases;
    u.openDeadlines += r.openDeadlines;
    u.overdueDeadlines += r.overdueDeadlines;
    units.set(r.unitId, u);
  }
  let history: {
    day: string;
    unitId: string;
    caseworkerId: string | null;
    openCases: number;
    openDeadlines: number;
    overdueDeadlines: number;
  }[] = [];
  if (q.days > 0) {
    const from = new Date(`${today}T00:00:00Z`);
    from.setUTCDate(from.getUTCDate() - q.days);
    let h = trx
      .selectFrom('caseload_snapshot')
      .select([
        'day',
        'unit_id as unitId',
        'caseworker_id as caseworkerId',
        'open_cases as openCases',
        'open_deadlines as openDeadlines',
        'overdue_deadlines as overdueDeadlines',
      ])
      .where('day', '>=', from.toISOString().slice(0, 10))
      .orderBy('day')
      .orderBy('unit_id');
    if (!all && actor.unitId) h = h.where('unit_id', '=', actor.unitId);
    history = await h.execute();
  }
  await access.audit({ action: 'list', objectType: 'caseload', fields: ['counts'] });
  return { today, caseworkers, units: [...units.values()], history };
}

/** The daily snapshot of every unit's and caseworker's load (counts only), idempotent per day. */
export async function snapshotCaseload(
  trx: Transaction<DB>,
  tenantId: string,
  today: string,
): Promise<number> {
  const rows = await openCasesWithDeadlines(trx, today).execute();
  if (rows.length === 0) return 0;
  await trx
    .insertInto('caseload_snapshot')
    .values(
      rows.map((r) => ({
        tenant_id: tenantId,
        day: today,
        unit_id: r.unit_id,
        caseworker_id: r.caseworker_id,
        open_cases: r.openCases,
        open_deadlines: r.openDeadlines,
        overdue_deadlines: r.overdueDeadlines,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'day', 'unit_id', 'caseworker_key']).doUpdateSet((eb) => ({
        open_cases: eb.ref('excluded.open_cases'),
        open_deadlines: eb.ref('excluded.open_deadlines'),
        overdue_deadlines: eb.ref('excluded.overdue_deadlines'),
      })),
    )
    .execute();
  return rows.length;
}
