import type { StaffAccess } from '../../platform/access/gateway.js';
import { AppError } from '../../platform/errors.js';
import { openCase } from '../cases/open-case.js';
import { findNote, type NoteRow } from './journal.queries.js';

/**
 * One journal note with its body. A note id that is not in this case answers 404 like a missing
 * one, so a note cannot be reached through another case the actor may open.
 */
export async function getJournalNote(
  access: StaffAccess,
  sakId: string,
  noteId: string,
): Promise<NoteRow & { body: string }> {
  const { row, basis, breakGlassId } = await openCase(access, sakId, 'read');
  const note = await findNote(access.trx, sakId, noteId);
  if (!note) throw AppError.notFound('The note');
  await access.audit({
    action: 'read',
    objectType: 'journal_note',
    objectId: note.id,
    sakId,
    personId: row.childId,
    fields: ['journal_note.note_date', 'journal_note.title', 'journal_note.body'],
    emergency: basis === 'break_glass',
    breakGlassId,
  });
  return note;
}
