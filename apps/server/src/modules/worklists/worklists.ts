import { hasCapability, osloDate } from '@vern/domain';
import { requireCapability, type StaffAccess } from '../../platform/access/gateway.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import {
  countOpenDeadlines,
  countOpenDeadlinesByUnit,
  listOpenDeadlines,
  type DeadlineCounts,
  type DeadlineFilter,
  type DueFilter,
  type WorklistRow,
} from './worklists.queries.js';

export interface WorklistItem {
  id: string;
  sakId: string;
  journalnummer: string;
  childName: string;
  kind: string;
  ruleId: string;
  legalReference: string;
  element: { type: string; id: string };
  dueDate: string;
  status: 'open' | 'overdue';
  explanation: string;
  owner: { id: string; name: string; absent: boolean } | null;
  unit: { id: string; name: string };
}

export interface Worklist {
  items: WorklistItem[];
  counts: DeadlineCounts;
}

export interface ListQuery {
  due: DueFilter;
  ruleId?: string;
  limit: number;
  offset: number;
}

function toItem(r: WorklistRow, today: string): WorklistItem {
  return {
    id: r.id,
    sakId: r.sakId,
    journalnummer: r.journalnummer,
    childName: `${r.childGivenName} ${r.childFamilyName}`,
    kind: r.kind,
    ruleId: r.ruleId,
    legalReference: r.legalReference,
    element: { type: r.elementType, id: r.elementId },
    dueDate: r.dueDate,
    status: r.dueDate < today ? 'overdue' : 'open',
    explanation: r.explanation,
    owner: r.ownerId === null ? null : { id: r.ownerId, name: r.ownerName ?? '', absent: r.ownerAbsent },
    unit: { id: r.unitId, name: r.unitName },
  };
}

/** Each case on the page is an audited read of its child's name and the case's deadlines. */
export async function auditListed(access: StaffAccess, rows: readonly { sakId: string; childId: string }[]) {
  const seen = new Map(rows.map((r) => [r.sakId, r.childId]));
  await access.audit(
    [...seen].map(([sakId, childId]) => ({
      action: 'list',
      objectType: 'sak',
      objectId: sakId,
      sakId,
      personId: childId,
      fields: ['child.name', 'deadlines'],
    })),
  );
}

async function worklist(
  access: StaffAccess,
  filter: DeadlineFilter,
  q: ListQuery,
  counted?: DeadlineCounts,
): Promise<Worklist> {
  const { trx, actor, now } = access;
  const today = osloDate(now);
  const f: DeadlineFilter = { ...filter, due: q.due, ...(q.ruleId ? { ruleId: q.ruleId } : {}) };
  const rows = await listOpenDeadlines(trx, actor, now, today, f, q);
  const counts = counted ?? (await countOpenDeadlines(trx, actor, now, today, f));
  await auditListed(access, rows);
  return { items: rows.map((r) => toItem(r, today)), counts };
}

/** "My work": the open deadlines of the cases I own, overdue first, then by due day. */
export async function myWork(access: StaffAccess, q: ListQuery): Promise<Worklist> {
  requireCapability(access.actor, 'case.read.team');
  return worklist(access, { ownerId: access.actor.staffUserId }, q);
}

/** The team leader's list: the open deadlines of the unit's cases, optionally one caseworker's. */
export async function teamWork(
  access: StaffAccess,
  q: ListQuery & { caseworkerId?: string | 'none' },
): Promise<Worklist> {
  requireCapability(access.actor, 'case.read.unit');
  const unitId = access.actor.unitId;
  if (!unitId) {
    throw new AppError(ErrorCode.ValidationFailed, 'You belong to no unit', [
      { field: 'unit', reason: 'the team list is the list of your own unit, and you have none' },
    ]);
  }
  const owner =
    q.caseworkerId === undefined ? {} : { ownerId: q.caseworkerId === 'none' ? null : q.caseworkerId };
  return worklist(access, { unitId, ...owner }, q);
}

/** The head of service's list: every unit's open deadlines, with counts per unit. */
export async function serviceWork(
  access: StaffAccess,
  q: ListQuery & { unitId?: string; caseworkerId?: string | 'none' },
): Promise<Worklist & { units: (DeadlineCounts & { unitId: string; unitName: string })[] }> {
  requireCapability(access.actor, 'case.read.all');
  const filter: DeadlineFilter = {
    ...(q.unitId ? { unitId: q.unitId } : {}),
    ...(q.caseworkerId === undefined ? {} : { ownerId: q.caseworkerId === 'none' ? null : q.caseworkerId }),
  };
  // One pass over the service's open deadlines gives the counts per unit and, summed, the totals.
  const units = await countOpenDeadlinesByUnit(access.trx, access.actor, access.now, osloDate(access.now), {
    ...filter,
    ...(q.ruleId ? { ruleId: q.ruleId } : {}),
  });
  const totals = units.reduce(
    (t, u) => ({
      open: t.open + u.open,
      overdue: t.overdue + u.overdue,
      dueThisWeek: t.dueThisWeek + u.dueThisWeek,
    }),
    { open: 0, overdue: 0, dueThisWeek: 0 },
  );
  const list = await worklist(access, filter, q, totals);
  return { ...list, units };
}

/** Whether the actor may see a list that is not only their own (intake, leaders). */
export function seesIntake(access: StaffAccess): boolean {
  const roles = access.actor.roles;
  return (
    hasCapability(roles, 'case.read.unassigned') ||
    hasCapability(roles, 'case.read.unit') ||
    hasCapability(roles, 'case.read.all')
  );
}
