import { hasCapability, type AccessActor } from '@vern/domain';
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DB } from '../db/schema.js';

/**
 * The need-to-know rule as a SQL condition on `sak`, for lists, searches and single reads alike.
 * It must agree with decideCaseAccess in packages/domain (a property test compares them): a block
 * beats every grant; otherwise a case-team place, a leader's reach, intake's reach over unassigned
 * cases or a live break-the-glass grant opens the case.
 */
export function caseVisibleTo(actor: AccessActor, now: Date) {
  // The per-user sets (co-worker places, grants, blocks) are uncorrelated subqueries: PostgreSQL
  // runs each once per query and probes a hash of it per case. Correlated EXISTS ran them once per
  // candidate case, which made a count over 20 000 cases take 100 ms instead of 7. The columns are
  // NOT NULL, so IN and NOT IN mean exactly what EXISTS and NOT EXISTS meant.
  return (eb: ExpressionBuilder<DB, 'sak'>): Expression<SqlBool> => {
    const me = actor.staffUserId;
    const grants: Expression<SqlBool>[] = [];
    if (hasCapability(actor.roles, 'case.read.team')) {
      grants.push(eb('sak.caseworker_id', '=', me));
      grants.push(
        eb(
          'sak.id',
          'in',
          eb.selectFrom('case_co_worker as cw').select('cw.sak_id').where('cw.staff_user_id', '=', me),
        ),
      );
    }
    if (hasCapability(actor.roles, 'case.read.all')) grants.push(sql<SqlBool>`true`);
    if (hasCapability(actor.roles, 'case.read.unit') && actor.unitId)
      grants.push(eb('sak.unit_id', '=', actor.unitId));
    if (hasCapability(actor.roles, 'case.read.unassigned')) grants.push(eb('sak.caseworker_id', 'is', null));
    grants.push(
      eb(
        'sak.id',
        'in',
        eb
          .selectFrom('break_glass_grant as g')
          .select('g.sak_id')
          .where('g.staff_user_id', '=', me)
          .where('g.expires_at', '>', now),
      ),
    );
    return eb.and([
      eb('sak.tenant_id', '=', actor.tenantId),
      eb(
        'sak.id',
        'not in',
        eb.selectFrom('case_block as b').select('b.sak_id').where('b.staff_user_id', '=', me),
      ),
      eb.or(grants),
    ]);
  };
}
