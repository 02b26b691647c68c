import type { CitizenActor } from '@vern/domain';
import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import { auditActorOf, recordAudit } from '../../platform/audit/audit.js';
import { accessLogRows } from './audit-review.queries.js';
import { toInnsynslogg, type InnsynsloggEntry } from './innsynslogg.js';

/**
 * "Who has looked at me": the signed-in citizen's innsynslogg from every service that holds a
 * record of them. Reading it is itself audited in each of those services.
 */
export async function citizenInnsynslogg(
  database: Database,
  actor: CitizenActor,
  requestId: string,
): Promise<(InnsynsloggEntry & { service: string })[]> {
  const { rows: records } = await sql<{
    tenant_id: string;
    person_id: string;
  }>`SELECT * FROM vern_citizen_persons(${actor.pid})`.execute(database.db);
  const entries: (InnsynsloggEntry & { service: string })[] = [];
  for (const record of records) {
    const part = await database.withTenant(record.tenant_id, async (trx) => {
      const tenant = await trx
        .selectFrom('tenant')
        .select(['name', 'innsynslogg_shows_staff_names'])
        .where('id', '=', record.tenant_id)
        .executeTakeFirstOrThrow();
      const rows = await accessLogRows(trx, { personId: record.person_id, limit: 5000 });
      await recordAudit(
        trx,
        auditActorOf(actor, record.tenant_id, record.person_id),
        {
          action: 'read_innsynslogg',
          objectType: 'person',
          objectId: record.person_id,
          personId: record.person_id,
        },
        requestId,
      );
      return toInnsynslogg(rows, tenant.innsynslogg_shows_staff_names).map((e) => ({
        ...e,
        service: tenant.name,
      }));
    });
    entries.push(...part);
  }
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime());
}
