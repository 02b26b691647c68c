/** Journal notes and documents (0008). */
import type { Generated } from 'kysely';
import type { CreatedAt } from './common.js';

/** 0008_journal.sql */
export type JournalStepType =
  | 'Melding'
  | 'Undersokelse'
  | 'Vedtak'
  | 'Tiltak'
  | 'Plan'
  | 'Ettervern'
  | 'OversendelseFylkesnemnd'
  | 'Flytting';

/** A journal note (journalnotat); immutable, so no column can be updated. */
export interface JournalNoteTable {
  tenant_id: string;
  id: Generated<string>;
  sak_id: string;
  note_date: string;
  title: string;
  body: string;
  step_type: JournalStepType | null;
  step_id: string | null;
  corrects_note_id: string | null;
  author_id: string;
  created_at: CreatedAt;
  /** 0021: set together for a note of a phone call, meeting or message, else NULL. */
  contact_kind: Generated<ContactKind | null>;
  contact_direction: Generated<'inn' | 'ut' | null>;
  contact_counterpart: Generated<string | null>;
}

/** 0021_contact_notes.sql: the kinds of contact a journal note can record. */
export type ContactKind = 'telefon' | 'mote' | 'melding' | 'annet';

export type DocumentScanStatus = 'pending' | 'clean' | 'infected' | 'not_scanned';

/** A document's metadata; the bytes are in the document store under storage_key. */
export interface DocumentTable {
  tenant_id: string;
  id: Generated<string>;
  sak_id: string;
  title: string;
  filename: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  document_date: string;
  step_type: JournalStepType | null;
  step_id: string | null;
  uploaded_by: string;
  uploaded_at: Generated<Date>;
  scan_status: DocumentScanStatus;
  storage_key: string;
}

/** The database document store's bytes. */
export interface DocumentContentTable {
  tenant_id: string;
  storage_key: string;
  content: Uint8Array;
  stored_at: CreatedAt;
}
