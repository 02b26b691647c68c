import { sql, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

export interface AccessLogRow {
  at: Date;
  action: string;
  outcome: string;
  emergency: boolean;
  roles: string[];
  unitName: string | null;
  actorId: string | null;
  actorName: string | null;
  actorKind: string;
  breakGlassReason: string | null;
}

/** The audit rows about one case or one person, newest first, with names resolved for display. */
export async function accessLogRows(
  trx: Transaction<DB>,
  where: { sakId?: string; personId?: string; from?: Date; to?: Date; limit: number },
): Promise<AccessLogRow[]> {
  let q = trx
    .selectFrom('audit_event as a')
    .leftJoin('staff_user as s', 's.id', 'a.actor_id')
    .leftJoin('unit as u', 'u.id', 'a.actor_unit_id')
    .leftJoin('break_glass_grant as g', 'g.id', 'a.break_glass_id')
    .select([
      'a.occurred_at as at',
      'a.action',
      'a.outcome',
      'a.emergency',
      'a.actor_roles as roles',
      'u.name as unitName',
      'a.actor_id as actorId',
      'a.actor_kind as actorKind',
      sql<string | null>`CASE WHEN a.actor_kind = 'staff' THEN s.display_name END`.as('actorName'),
      'g.reason as breakGlassReason',
    ]);
  if (where.sakId) q = q.where('a.sak_id', '=', where.sakId);
  if (where.personId) q = q.where('a.person_id', '=', where.personId);
  if (where.from) q = q.where('a.occurred_at', '>=', where.from);
  if (where.to) q = q.where('a.occurred_at', '<', where.to);
  return q.orderBy('a.occurred_at', 'desc').orderBy('a.id', 'desc').limit(where.limit).execute();
}
