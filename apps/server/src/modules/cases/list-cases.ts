import type { StaffAccess } from '../../platform/access/gateway.js';
import { listVisibleCases } from './cases.queries.js';

export interface CaseListItem {
  id: string;
  status: 'open' | 'closed';
  unitName: string;
  caseworkerName: string | null;
  childName: string;
  childBirthDate: string | null;
}

/** The cases the actor has need-to-know for; each listed case is an audited read of its child. */
export async function listCases(
  access: StaffAccess,
  page: { limit: number; offset: number },
): Promise<CaseListItem[]> {
  const rows = await listVisibleCases(access.trx, access.actor, access.now, page);
  await access.audit(
    rows.map((r) => ({
      action: 'list',
      objectType: 'sak',
      objectId: r.id,
      sakId: r.id,
      personId: r.childId,
      fields: ['child.name', 'child.birth_date'],
    })),
  );
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    unitName: r.unitName,
    caseworkerName: r.caseworkerName,
    childName: `${r.childGivenName} ${r.childFamilyName}`,
    childBirthDate: r.childBirthDate,
  }));
}
