import type { StaffAccess } from '../../platform/access/gateway.js';
import { openCase } from '../cases/open-case.js';
import { listLetters as listLetterRows, type LetterRow } from './letters.queries.js';

/** The letters of a case, newest first, without their content. One audit row for the list. */
export async function listLetters(
  access: StaffAccess,
  sakId: string,
  page: { limit: number; offset: number },
): Promise<LetterRow[]> {
  const { row, basis, breakGlassId } = await openCase(access, sakId, 'read');
  const letters = await listLetterRows(access.trx, sakId, page);
  await access.audit({
    action: 'read',
    objectType: 'letter',
    objectId: null,
    sakId,
    personId: row.childId,
    fields: ['letter.list', 'letter.template_id', 'letter.recipient_name', 'letter.status'],
    emergency: basis === 'break_glass',
    breakGlassId,
  });
  return letters;
}
