import { osloDate, type AddressProtection, type DeadlineItem } from '@vern/domain';
import type { StaffAccess } from '../../platform/access/gateway.js';
import { readCaseProcess, type CaseProcessView } from '../case-process/case-overview.js';
import { listDocuments, listNotes } from '../journal/journal.queries.js';
import {
  documentView,
  noteSummary,
  type DocumentView,
  type NoteSummary,
} from '../journal/journal.schemas.js';
import type { z } from 'zod';
import { readPersonAddress, type AddressView } from '../persons/persons.queries.js';
import { computeCaseDeadlines } from '../worklists/sync-deadlines.js';
import { openCase } from './open-case.js';

export interface CaseView {
  id: string;
  status: 'open' | 'closed';
  unit: { id: string; name: string };
  caseworker: { id: string; name: string } | null;
  child: {
    id: string;
    givenName: string;
    familyName: string;
    birthDate: string | null;
    addressProtection: AddressProtection;
    address: AddressView | null;
    addressHidden: boolean;
  };
  access: { basis: string; emergency: boolean };
  process: CaseProcessView;
  /** The newest journal notes (titles, no bodies) and documents (metadata), as the overview shows them. */
  journal: { notes: z.infer<typeof NoteSummary>[]; documents: z.infer<typeof DocumentView>[] };
  /**
   * Every statutory deadline of the case computed today from its history (packages/domain), as the
   * worklists and `vern deadlines --case` give them: overdue, open, then met or missed.
   */
  deadlines: DeadlineItem[];
}

/** How many notes and documents the overview carries; the journal routes page through the rest. */
export const OVERVIEW_JOURNAL_LIMIT = 100;

/** Opens one case: one audit row for the case read, with the child as the data subject. */
export async function getCase(
  access: StaffAccess,
  sakId: string,
  rules: { allowSyntheticNumbers?: boolean } = {},
): Promise<CaseView> {
  const { row, basis, breakGlassId } = await openCase(access, sakId, 'read');
  const address = await readPersonAddress(access.trx, row.childId);
  const process = await readCaseProcess(access.trx, row.id, row.childId, access.now, rules);
  const page = { limit: OVERVIEW_JOURNAL_LIMIT, offset: 0 };
  const notes = await listNotes(access.trx, row.id, page);
  const documents = await listDocuments(access.trx, row.id, page);
  const { items: deadlines } = await computeCaseDeadlines(access.trx, row.id, osloDate(access.now));
  await access.audit({
    action: 'read',
    objectType: 'sak',
    objectId: row.id,
    sakId: row.id,
    personId: row.childId,
    fields: [
      'sak',
      'child.name',
      'child.birth_date',
      ...(address.address ? ['child.address'] : []),
      'history',
      'melding.content',
      'journal_note.list',
      'document.list',
      'deadlines',
    ],
    emergency: basis === 'break_glass',
    breakGlassId,
  });
  return {
    id: row.id,
    status: row.status,
    unit: { id: row.unitId, name: row.unitName },
    caseworker:
      row.caseworkerId && row.caseworkerName ? { id: row.caseworkerId, name: row.caseworkerName } : null,
    child: {
      id: row.childId,
      givenName: row.childGivenName,
      familyName: row.childFamilyName,
      birthDate: row.childBirthDate,
      addressProtection: address.protection,
      address: address.address,
      addressHidden: address.hidden,
    },
    access: { basis, emergency: basis === 'break_glass' },
    process,
    journal: { notes: notes.map(noteSummary), documents: documents.map(documentView) },
    deadlines,
  };
}
