import type { StaffAccess } from '../../platform/access/gateway.js';
import { openCase } from '../cases/open-case.js';
import { listDocuments, type DocumentRow } from './journal.queries.js';

/** A case's documents (metadata only), newest first. One audit row for the list. */
export async function listCaseDocuments(
  access: StaffAccess,
  sakId: string,
  page: { limit: number; offset: number },
): Promise<DocumentRow[]> {
  const { row, basis, breakGlassId } = await openCase(access, sakId, 'read');
  const documents = await listDocuments(access.trx, sakId, page);
  await access.audit({
    action: 'read',
    objectType: 'document',
    objectId: null,
    sakId,
    personId: row.childId,
    fields: ['document.list', 'document.title', 'document.filename', 'document.document_date'],
    emergency: basis === 'break_glass',
    breakGlassId,
  });
  return documents;
}
