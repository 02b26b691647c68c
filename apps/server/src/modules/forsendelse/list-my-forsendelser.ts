import type { StaffAccess } from '../../platform/access/gateway.js';
import { listMine, summariesOf } from './forsendelse-views.queries.js';
import type { ForsendelseSummary } from './forsendelse.schemas.js';

/**
 * «Mine sendinger»: what the actor sent, all or only the failed or unopened ones, limited to cases
 * the actor may still see. One audit row for the list (the cases are not named in it: a list).
 */
export async function listMyForsendelser(
  access: StaffAccess,
  q: { filter: 'all' | 'failed' | 'unopened'; limit: number; offset: number },
): Promise<ForsendelseSummary[]> {
  const rows = await listMine(access.trx, access.actor, access.now, q);
  await access.audit({
    action: 'read',
    objectType: 'forsendelse',
    objectId: null,
    fields: ['forsendelse.mine', 'forsendelse.recipient', 'forsendelse.status', 'forsendelse.events'],
  });
  return summariesOf(access.trx, rows);
}
