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
  return (eb: ExpressionBuilder<DB, 'sak'>): Expression<SqlBool> => {
    const me = actor.staffUserId;
    const grants: Expression<SqlBool>[] = [];
    if (hasCapability(actor.roles, 'case.read.team')) {
      grants.push(eb('sak.caseworker_id', '=', me));
      grants.push(
        eb.exists(
          eb
            .selectFrom('case_co_worker as cw')
            .select(sql`1`.as('one'))
            .whereRef('cw.sak_id', '=', 'sak.id')
            .where('cw.staff_user_id', '=', me),
        ),
      );
    }
    if (hasCapability(actor.roles, 'case.read.all')) grants.push(sql<SqlBool>`true`);
    if (hasCapability(actor.roles, 'case.read.unit') && actor.unitId)
      grants.push(eb('sak.unit_id', '=', actor.unitId));
    if (hasCapability(actor.roles, 'case.read.unassigned')) grants.push(eb('sak.caseworker_id', 'is', null));
    grants.push(
      eb.exists(
        eb
          .selectFrom('break_glass_grant as g')
          .select(sql`1`.as('one'))
          .whereRef('g.sak_id', '=', 'sak.id')
          .where('g.staff_user_id', '=', me)
          .where('g.expires_at', '>', now),
      ),
    );
    return eb.and([
      eb('sak.tenant_id', '=', actor.tenantId),
      eb.not(
        eb.exists(
          eb
            .selectFrom('case_block as b')
            .select(sql`1`.as('one'))
            .whereRef('b.sak_id', '=', 'sak.id')
            .where('b.staff_user_id', '=', me),
        ),
      ),
      eb.or(grants),
    ]);
  };
}
