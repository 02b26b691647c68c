import type { StaffAccess } from '../../platform/access/gateway.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { openCaseForJournalWrite, requireNotFuture, requireStepInCase } from './journal-access.js';
import { insertNote, noteExists, type NoteContact, type StepLink } from './journal.queries.js';

export interface NewJournalNote {
  noteDate: string;
  title: string;
  body: string;
  step: StepLink | null;
  correctsNoteId: string | null;
  /** A phone call, meeting or message: the note then also appears in the communication log. */
  contact?: NoteContact | null;
}

/**
 * Writes a journal note in a case. A note is never changed afterwards: a correction is a new note
 * naming the one it corrects, which must be a note of the same case. One audit row (create).
 */
export async function addJournalNote(
  access: StaffAccess,
  sakId: string,
  note: NewJournalNote,
): Promise<{ id: string }> {
  const { row } = await openCaseForJournalWrite(access, sakId);
  requireNotFuture(access, note.noteDate, 'body.noteDate');
  await requireStepInCase(access, sakId, note.step, 'body.step');
  if (note.correctsNoteId && !(await noteExists(access.trx, sakId, note.correctsNoteId))) {
    throw new AppError(ErrorCode.ValidationFailed, 'The note to correct is not in this case', [
      { field: 'body.correctsNoteId', reason: 'is not a note of this case' },
    ]);
  }
  const id = await insertNote(access.trx, {
    tenantId: access.actor.tenantId,
    sakId,
    noteDate: note.noteDate,
    title: note.title,
    body: note.body,
    step: note.step,
    correctsNoteId: note.correctsNoteId,
    authorId: access.actor.staffUserId,
    contact: note.contact ?? null,
  });
  await access.audit({
    action: 'create',
    objectType: 'journal_note',
    objectId: id,
    sakId,
    personId: row.childId,
    fields: [
      'journal_note.note_date',
      'journal_note.title',
      'journal_note.body',
      ...(note.step ? ['journal_note.step'] : []),
      ...(note.correctsNoteId ? ['journal_note.corrects_note_id'] : []),
      ...(note.contact ? ['journal_note.contact'] : []),
    ],
  });
  return { id };
}
