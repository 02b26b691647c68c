-- The journal of a case (issue 4, item 9): dated journal notes (journalnotat) and documents, each
-- tied to the case and optionally to one step of its history (a melding, an undersøkelse, ...).
--
-- Notes are immutable once written: a correction is a new note that names the note it corrects.
-- Documents keep their metadata here and their bytes behind a storage interface; the database store
-- keeps them in document_content. Neither table can be updated or deleted by the app role.

-- ---------------------------------------------------------------- journal notes
CREATE TABLE journal_note (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  sak_id uuid NOT NULL,
  note_date date NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 100000),
  step_type text CHECK (step_type IN (
    'Melding', 'Undersokelse', 'Vedtak', 'Tiltak', 'Plan', 'Ettervern', 'OversendelseFylkesnemnd', 'Flytting')),
  step_id text CHECK (length(step_id) BETWEEN 1 AND 50),
  corrects_note_id uuid,
  author_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, sak_id, id),
  FOREIGN KEY (tenant_id, sak_id) REFERENCES sak (tenant_id, id),
  FOREIGN KEY (tenant_id, author_id) REFERENCES staff_user (tenant_id, id),
  FOREIGN KEY (tenant_id, sak_id, corrects_note_id) REFERENCES journal_note (tenant_id, sak_id, id),
  CHECK ((step_type IS NULL) = (step_id IS NULL)),
  CHECK (corrects_note_id IS NULL OR corrects_note_id <> id)
);
COMMENT ON TABLE journal_note IS 'Journalnotat: a dated note in a case, optionally about one step. Immutable: a correction is a new note naming the one it corrects (corrects_note_id).';
COMMENT ON COLUMN journal_note.note_date IS 'The day the note is about (a meeting, a call), as the author gave it; may be earlier than created_at.';
COMMENT ON COLUMN journal_note.title IS 'A short heading. Personal data: never logged or audited.';
COMMENT ON COLUMN journal_note.body IS 'The note itself. Personal data: never logged or audited.';
COMMENT ON COLUMN journal_note.step_type IS 'The kind of step the note is about (an element of sak.history), with step_id; both NULL for the case as a whole.';
COMMENT ON COLUMN journal_note.step_id IS 'The id of that element in sak.history (its Id in the registry export).';
COMMENT ON COLUMN journal_note.corrects_note_id IS 'The earlier note of the same case that this note corrects; the earlier note is kept as it was.';
CREATE INDEX journal_note_by_case ON journal_note (tenant_id, sak_id, note_date DESC, created_at DESC, id);
CREATE INDEX journal_note_corrections ON journal_note (tenant_id, corrects_note_id) WHERE corrects_note_id IS NOT NULL;

-- ---------------------------------------------------------------- documents
CREATE TABLE document (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  sak_id uuid NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  filename text NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
  media_type text NOT NULL CHECK (media_type ~ '^[a-z]+/[a-z0-9.+-]+$'),
  size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 26214400),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  document_date date NOT NULL,
  step_type text CHECK (step_type IN (
    'Melding', 'Undersokelse', 'Vedtak', 'Tiltak', 'Plan', 'Ettervern', 'OversendelseFylkesnemnd', 'Flytting')),
  step_id text CHECK (length(step_id) BETWEEN 1 AND 50),
  uploaded_by uuid NOT NULL,
  uploaded_at timestamptz NOT NULL DEFAULT now(),
  scan_status text NOT NULL CHECK (scan_status IN ('pending', 'clean', 'infected', 'not_scanned')),
  storage_key text NOT NULL CHECK (storage_key ~ '^[A-Za-z0-9/._-]+$' AND length(storage_key) <= 300),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, storage_key),
  FOREIGN KEY (tenant_id, sak_id) REFERENCES sak (tenant_id, id),
  FOREIGN KEY (tenant_id, uploaded_by) REFERENCES staff_user (tenant_id, id),
  CHECK ((step_type IS NULL) = (step_id IS NULL))
);
COMMENT ON TABLE document IS 'A document of a case (letter, report, image): its metadata. The bytes are in the document store under storage_key; the database store keeps them in document_content.';
COMMENT ON COLUMN document.title IS 'What the document is, as the uploader named it. Personal data: never logged or audited.';
COMMENT ON COLUMN document.filename IS 'The file name it was uploaded with (sanitised); downloads use it with the extension of the real type.';
COMMENT ON COLUMN document.media_type IS 'The media type its bytes were found to be (magic bytes), which matched the declared Content-Type.';
COMMENT ON COLUMN document.sha256 IS 'SHA-256 of the bytes, hex; checked on every read, and a mismatch is never served.';
COMMENT ON COLUMN document.document_date IS 'The day the document is dated or was received.';
COMMENT ON COLUMN document.scan_status IS 'Virus scan: clean (may be downloaded), pending (the scanner was unavailable; not downloadable until scanned), infected (found later; never served), not_scanned (stored without a scanner, e.g. imported).';
COMMENT ON COLUMN document.storage_key IS 'Where the bytes are in the document store.';
CREATE INDEX document_by_case ON document (tenant_id, sak_id, document_date DESC, uploaded_at DESC, id);

CREATE TABLE document_content (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  storage_key text NOT NULL CHECK (storage_key ~ '^[A-Za-z0-9/._-]+$' AND length(storage_key) <= 300),
  content bytea NOT NULL CHECK (octet_length(content) BETWEEN 1 AND 26214400),
  stored_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, storage_key)
);
COMMENT ON TABLE document_content IS 'The bytes of documents, for the database document store (an S3-compatible store can replace it behind the same interface). Content a document row refers to cannot be deleted.';
COMMENT ON COLUMN document_content.content IS 'The file as uploaded. Personal data: never logged.';
-- The formats are compressed already (PDF, ZIP-based Office, JPEG, PNG): do not try again.
ALTER TABLE document_content ALTER COLUMN content SET STORAGE EXTERNAL;

-- The store may delete bytes a refused upload left in its own transaction, never a document's.
CREATE FUNCTION vern_document_content_kept() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF EXISTS (SELECT 1 FROM document d WHERE d.tenant_id = OLD.tenant_id AND d.storage_key = OLD.storage_key) THEN
      RAISE EXCEPTION 'document content belongs to a document and is kept' USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN OLD;
  END
  $$;
CREATE TRIGGER document_content_kept BEFORE DELETE ON document_content
  FOR EACH ROW EXECUTE FUNCTION vern_document_content_kept();

-- ---------------------------------------------------------------- row-level security and grants
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['journal_note', 'document', 'document_content'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I TO vern_app USING (tenant_id = vern_current_tenant()) WITH CHECK (tenant_id = vern_current_tenant())',
      t);
  END LOOP;
END
$$;

-- Notes and document metadata are written once: no UPDATE, no DELETE.
GRANT SELECT, INSERT ON journal_note, document TO vern_app;
-- DELETE only for bytes of an upload refused by the virus scan (see the trigger above).
GRANT SELECT, INSERT, DELETE ON document_content TO vern_app;
