import type { StaffAccess } from '../../platform/access/gateway.js';
import { getPerson } from '../persons/get-person.js';
import { accessLogRows } from './audit-review.queries.js';
import { toInnsynslogg, type InnsynsloggEntry } from './innsynslogg.js';

/** The innsynslogg of a person as a caseworker would hand it to them (same rules as the portal). */
export async function personInnsynslogg(access: StaffAccess, personId: string): Promise<InnsynsloggEntry[]> {
  await getPerson(access, personId); // need-to-know for the person, audited as a read
  const tenant = await access.trx
    .selectFrom('tenant')
    .select('innsynslogg_shows_staff_names')
    .where('id', '=', access.actor.tenantId)
    .executeTakeFirstOrThrow();
  const rows = await accessLogRows(access.trx, { personId, limit: 5000 });
  await access.audit({ action: 'read_innsynslogg', objectType: 'person', objectId: personId, personId });
  return toInnsynslogg(rows, tenant.innsynslogg_shows_staff_names);
}
