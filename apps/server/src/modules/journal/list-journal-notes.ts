import type { StaffAccess } from '../../platform/access/gateway.js';
import { openCase } from '../cases/open-case.js';
import { listNotes, type NoteRow } from './journal.queries.js';

/**
 * A case's journal notes, newest first, without their bodies (reading a body is a read of that
 * note, audited on its own). One audit row for the list, like a list of cases.
 */
export async function listJournalNotes(
  access: StaffAccess,
  sakId: string,
  page: { limit: number; offset: number },
): Promise<NoteRow[]> {
  const { row, basis, breakGlassId } = await openCase(access, sakId, 'read');
  const notes = await listNotes(access.trx, sakId, page);
  await access.audit({
    action: 'read',
    objectType: 'journal_note',
    objectId: null,
    sakId,
    personId: row.childId,
    fields: ['journal_note.list', 'journal_note.title', 'journal_note.note_date'],
    emergency: basis === 'break_glass',
    breakGlassId,
  });
  return notes;
}
