import { sql, type Transaction } from 'kysely';
import type { ContactKind, DB, DocumentScanStatus, JournalStepType } from '../../platform/db/schema.js';

export interface StepLink {
  type: JournalStepType;
  id: string;
}

export interface NoteContact {
  kind: ContactKind;
  direction: 'inn' | 'ut';
  counterpart: string;
}

export interface NoteRow {
  id: string;
  sakId: string;
  noteDate: string;
  title: string;
  stepType: JournalStepType | null;
  stepId: string | null;
  correctsNoteId: string | null;
  correctedByNoteIds: string[];
  authorId: string;
  authorName: string;
  createdAt: Date;
  contactKind: ContactKind | null;
  contactDirection: 'inn' | 'ut' | null;
  contactCounterpart: string | null;
}

export interface DocumentRow {
  id: string;
  sakId: string;
  title: string;
  filename: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  documentDate: string;
  stepType: JournalStepType | null;
  stepId: string | null;
  uploadedById: string;
  uploadedByName: string;
  uploadedAt: Date;
  scanStatus: DocumentScanStatus;
  storageKey: string;
}

function noteColumns(trx: Transaction<DB>) {
  return trx
    .selectFrom('journal_note as n')
    .innerJoin('staff_user as author', 'author.id', 'n.author_id')
    .select((eb) => [
      'n.id as id',
      'n.sak_id as sakId',
      'n.note_date as noteDate',
      'n.title as title',
      'n.step_type as stepType',
      'n.step_id as stepId',
      'n.corrects_note_id as correctsNoteId',
      eb.fn
        .coalesce(
          eb
            .selectFrom('journal_note as c')
            .select(sql<string[]>`array_agg(c.id ORDER BY c.created_at, c.id)`.as('ids'))
            .whereRef('c.corrects_note_id', '=', 'n.id'),
          sql<string[]>`'{}'::uuid[]`,
        )
        .as('correctedByNoteIds'),
      'n.author_id as authorId',
      'author.display_name as authorName',
      'n.created_at as createdAt',
      'n.contact_kind as contactKind',
      'n.contact_direction as contactDirection',
      'n.contact_counterpart as contactCounterpart',
    ]);
}

/** A case's notes, newest first (the day they are about, then when written); index journal_note_by_case. */
export async function listNotes(
  trx: Transaction<DB>,
  sakId: string,
  page: { limit: number; offset: number },
): Promise<NoteRow[]> {
  return noteColumns(trx)
    .where('n.sak_id', '=', sakId)
    .orderBy('n.note_date', 'desc')
    .orderBy('n.created_at', 'desc')
    .orderBy('n.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function findNote(
  trx: Transaction<DB>,
  sakId: string,
  noteId: string,
): Promise<(NoteRow & { body: string }) | undefined> {
  return noteColumns(trx)
    .select('n.body as body')
    .where('n.sak_id', '=', sakId)
    .where('n.id', '=', noteId)
    .executeTakeFirst();
}

export async function noteExists(trx: Transaction<DB>, sakId: string, noteId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('journal_note')
    .select('id')
    .where('sak_id', '=', sakId)
    .where('id', '=', noteId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertNote(
  trx: Transaction<DB>,
  values: {
    tenantId: string;
    sakId: string;
    noteDate: string;
    title: string;
    body: string;
    step: StepLink | null;
    correctsNoteId: string | null;
    authorId: string;
    contact: NoteContact | null;
  },
): Promise<string> {
  const row = await trx
    .insertInto('journal_note')
    .values({
      tenant_id: values.tenantId,
      sak_id: values.sakId,
      note_date: values.noteDate,
      title: values.title,
      body: values.body,
      step_type: values.step?.type ?? null,
      step_id: values.step?.id ?? null,
      corrects_note_id: values.correctsNoteId,
      author_id: values.authorId,
      contact_kind: values.contact?.kind ?? null,
      contact_direction: values.contact?.direction ?? null,
      contact_counterpart: values.contact?.counterpart ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

function documentColumns(trx: Transaction<DB>) {
  return trx
    .selectFrom('document as d')
    .innerJoin('staff_user as uploader', 'uploader.id', 'd.uploaded_by')
    .select([
      'd.id as id',
      'd.sak_id as sakId',
      'd.title as title',
      'd.filename as filename',
      'd.media_type as mediaType',
      'd.size_bytes as sizeBytes',
      'd.sha256 as sha256',
      'd.document_date as documentDate',
      'd.step_type as stepType',
      'd.step_id as stepId',
      'd.uploaded_by as uploadedById',
      'uploader.display_name as uploadedByName',
      'd.uploaded_at as uploadedAt',
      'd.scan_status as scanStatus',
      'd.storage_key as storageKey',
    ]);
}

/** A case's documents, newest first; index document_by_case. */
export async function listDocuments(
  trx: Transaction<DB>,
  sakId: string,
  page: { limit: number; offset: number },
): Promise<DocumentRow[]> {
  return documentColumns(trx)
    .where('d.sak_id', '=', sakId)
    .orderBy('d.document_date', 'desc')
    .orderBy('d.uploaded_at', 'desc')
    .orderBy('d.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function findDocument(
  trx: Transaction<DB>,
  sakId: string,
  documentId: string,
): Promise<DocumentRow | undefined> {
  return documentColumns(trx).where('d.sak_id', '=', sakId).where('d.id', '=', documentId).executeTakeFirst();
}

export async function insertDocument(
  trx: Transaction<DB>,
  values: {
    id: string;
    tenantId: string;
    sakId: string;
    title: string;
    filename: string;
    mediaType: string;
    sizeBytes: number;
    sha256: string;
    documentDate: string;
    step: StepLink | null;
    uploadedBy: string;
    scanStatus: DocumentScanStatus;
    storageKey: string;
  },
): Promise<void> {
  await trx
    .insertInto('document')
    .values({
      id: values.id,
      tenant_id: values.tenantId,
      sak_id: values.sakId,
      title: values.title,
      filename: values.filename,
      media_type: values.mediaType,
      size_bytes: values.sizeBytes,
      sha256: values.sha256,
      document_date: values.documentDate,
      step_type: values.step?.type ?? null,
      step_id: values.step?.id ?? null,
      uploaded_by: values.uploadedBy,
      scan_status: values.scanStatus,
      storage_key: values.storageKey,
    })
    .execute();
}
