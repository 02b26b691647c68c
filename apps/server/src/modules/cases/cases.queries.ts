import type { AccessActor, CaseAccessFacts } from '@vern/domain';
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { caseVisibleTo } from '../../platform/access/case-visibility.js';

export interface CaseRow {
  id: string;
  status: 'open' | 'closed';
  unitId: string;
  unitName: string;
  caseworkerId: string | null;
  caseworkerName: string | null;
  childId: string;
  childGivenName: string;
  childFamilyName: string;
  childBirthDate: string | null;
  createdAt: Date;
}

function caseColumns(trx: Transaction<DB>) {
  return trx
    .selectFrom('sak')
    .innerJoin('person as child', 'child.id', 'sak.child_person_id')
    .innerJoin('unit', 'unit.id', 'sak.unit_id')
    .leftJoin('staff_user as cw', 'cw.id', 'sak.caseworker_id')
    .select([
      'sak.id as id',
      'sak.status as status',
      'sak.unit_id as unitId',
      'unit.name as unitName',
      'sak.caseworker_id as caseworkerId',
      'cw.display_name as caseworkerName',
      'child.id as childId',
      'child.given_name as childGivenName',
      'child.family_name as childFamilyName',
      'child.birth_date as childBirthDate',
      'sak.created_at as createdAt',
    ]);
}

/** A case of the current tenant regardless of access; only for the gateway's own decisions. */
export async function findCaseRow(trx: Transaction<DB>, sakId: string): Promise<CaseRow | undefined> {
  return caseColumns(trx).where('sak.id', '=', sakId).executeTakeFirst();
}

/** A case row with the facts decideCaseAccess needs, in one round trip. */
export async function findCaseWithFacts(
  trx: Transaction<DB>,
  tenantId: string,
  sakId: string,
): Promise<{ row: CaseRow; facts: CaseAccessFacts } | undefined> {
  const found = await caseColumns(trx)
    .select((eb) => [
      eb.fn
        .coalesce(
          eb
            .selectFrom('case_co_worker')
            .select(sql<string[]>`array_agg(staff_user_id)`.as('ids'))
            .whereRef('sak_id', '=', 'sak.id'),
          sql<string[]>`'{}'::uuid[]`,
        )
        .as('coWorkerIds'),
      eb.fn
        .coalesce(
          eb
            .selectFrom('case_block')
            .select(sql<string[]>`array_agg(staff_user_id)`.as('ids'))
            .whereRef('sak_id', '=', 'sak.id'),
          sql<string[]>`'{}'::uuid[]`,
        )
        .as('blockedStaffIds'),
      eb.fn
        .coalesce(
          eb
            .selectFrom('break_glass_grant')
            .select(
              sql<
                { staffUserId: string; expiresAt: string }[]
              >`json_agg(json_build_object('staffUserId', staff_user_id, 'expiresAt', expires_at))`.as('g'),
            )
            .whereRef('sak_id', '=', 'sak.id'),
          sql<{ staffUserId: string; expiresAt: string }[]>`'[]'::json`,
        )
        .as('grants'),
    ])
    .where('sak.id', '=', sakId)
    .executeTakeFirst();
  if (!found) return undefined;
  const { coWorkerIds, blockedStaffIds, grants, ...row } = found;
  return {
    row,
    facts: {
      tenantId,
      unitId: row.unitId,
      caseworkerId: row.caseworkerId,
      coWorkerIds,
      blockedStaffIds,
      breakGlass: grants.map((g) => ({
        staffUserId: g.staffUserId,
        expiresAt: new Date(g.expiresAt).getTime(),
      })),
    },
  };
}

export async function listVisibleCases(
  trx: Transaction<DB>,
  actor: AccessActor,
  now: Date,
  page: { limit: number; offset: number },
): Promise<CaseRow[]> {
  return caseColumns(trx)
    .where(caseVisibleTo(actor, now))
    .orderBy('sak.created_at', 'desc')
    .orderBy('sak.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function activeGrantId(
  trx: Transaction<DB>,
  sakId: string,
  staffUserId: string,
  now: Date,
): Promise<string | null> {
  const g = await trx
    .selectFrom('break_glass_grant')
    .select('id')
    .where('sak_id', '=', sakId)
    .where('staff_user_id', '=', staffUserId)
    .where('expires_at', '>', now)
    .orderBy('expires_at', 'desc')
    .executeTakeFirst();
  return g?.id ?? null;
}
