-- Intake (issue 6): one inbox (meldingsmottak) per service for everything that arrives, whatever
-- the channel: Fiks IO concern reports, Vern's own form, and what staff register by hand (phone,
-- letter with scan, e-mail, SMS, walk-in, chat, the archive system).
--
-- An inbox item keeps what arrived unchanged (raw_content, and its attachments in the document
-- store with their SHA-256), when it arrived (the legal clock starts at received_at) and what became
-- of it. Nothing leaves the inbox except by one of three resolutions, each recorded: registered as
-- a melding on a case (inbox_registration), linked to a melding already registered, or recorded as
-- not a melding with the reason. Every channel has an idempotency key (the Fiks melding-id, the
-- form's or the staff client's key), unique per service and source, so a retry never adds a second
-- item and a crash at any moment loses nothing that was acknowledged.

CREATE TABLE inbox_item (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  channel text NOT NULL CHECK (channel IN (
    'fiks_io', 'digitalt_skjema', 'telefon', 'brev', 'e-post', 'sms', 'personlig_oppmote', 'chat',
    'arkivsystem', 'barnevernvakt', 'annet')),
  source text NOT NULL CHECK (source IN ('fiks_io', 'skjema', 'manual')),
  idempotency_key text NOT NULL CHECK (idempotency_key ~ '^[A-Za-z0-9._:-]{1,200}$'),
  request_sha256 text NOT NULL CHECK (request_sha256 ~ '^[0-9a-f]{64}$'),
  message_type text NOT NULL CHECK (message_type ~ '^[a-z0-9.-]{1,100}$'),
  received_at timestamptz NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  recorded_by uuid,
  raw_content bytea NOT NULL CHECK (octet_length(raw_content) <= 2097152),
  raw_media_type text NOT NULL CHECK (raw_media_type IN ('application/json', 'text/plain', 'application/octet-stream')),
  parsed jsonb CHECK (parsed IS NULL OR jsonb_typeof(parsed) = 'object'),
  problems jsonb CHECK (problems IS NULL OR jsonb_typeof(problems) = 'array'),
  transport jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(transport) = 'object'),
  status text NOT NULL CHECK (status IN ('new', 'quarantined', 'registered', 'linked', 'not_melding')),
  needs_immediate_follow_up boolean NOT NULL DEFAULT false,
  resolved_at timestamptz,
  resolved_by uuid,
  not_melding_reason text CHECK (length(not_melding_reason) BETWEEN 1 AND 2000),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, source, idempotency_key),
  FOREIGN KEY (tenant_id, recorded_by) REFERENCES staff_user (tenant_id, id),
  FOREIGN KEY (tenant_id, resolved_by) REFERENCES staff_user (tenant_id, id),
  CHECK ((parsed IS NULL) = (problems IS NOT NULL)),
  CHECK (status <> 'quarantined' OR problems IS NOT NULL),
  CHECK ((status IN ('new', 'quarantined')) = (resolved_at IS NULL)),
  CHECK ((status IN ('new', 'quarantined')) = (resolved_by IS NULL)),
  CHECK ((status = 'not_melding') = (not_melding_reason IS NOT NULL)),
  CHECK ((source = 'manual') = (recorded_by IS NOT NULL))
);
COMMENT ON TABLE inbox_item IS 'Meldingsmottak: one thing that arrived by any channel, kept as it came, until it is registered as a melding on a case, linked to one, or recorded as not a melding. Personal data: read only through the access gateway.';
COMMENT ON COLUMN inbox_item.channel IS 'How it came: fiks_io (the national portal), digitalt_skjema (Vern''s form), or a channel staff registered it from.';
COMMENT ON COLUMN inbox_item.source IS 'Who names the idempotency key: fiks_io (the melding-id), skjema (the form''s client key), manual (the staff client''s key).';
COMMENT ON COLUMN inbox_item.idempotency_key IS 'The key a retry repeats; unique per service and source, so a duplicate delivery is absorbed.';
COMMENT ON COLUMN inbox_item.request_sha256 IS 'SHA-256 over what was delivered (content and attachments), to tell a retry from a different request with a reused key.';
COMMENT ON COLUMN inbox_item.message_type IS 'The Fiks meldingstype (no.ks.fiks.bekymringsmelding.privat.v2, ...) or Vern''s own type of a manual or form item.';
COMMENT ON COLUMN inbox_item.received_at IS 'When the service received it: the legal clock (§ 2-1, review within a week) starts here. For a phone call or letter, the time staff give.';
COMMENT ON COLUMN inbox_item.recorded_at IS 'When the row was written (may be later than received_at for a call registered afterwards).';
COMMENT ON COLUMN inbox_item.recorded_by IS 'The staff member who registered a manual item; NULL for items that came by an integration.';
COMMENT ON COLUMN inbox_item.raw_content IS 'What arrived, byte for byte (the Fiks JSON, the text staff wrote down). Never changed. Personal data: never logged or audited.';
COMMENT ON COLUMN inbox_item.raw_media_type IS 'application/json (a Fiks or form message, a manual registration), text/plain, or application/octet-stream when the container could not be opened (raw_content is then empty and the container is kept as an attachment).';
COMMENT ON COLUMN inbox_item.parsed IS 'The content read from raw_content (children, reporter, the words of the report); NULL when it could not be read (quarantined). Personal data.';
COMMENT ON COLUMN inbox_item.problems IS 'Why the item was refused, as [{field, reason}] naming the field (never the value); NULL for a valid item. A refused Fiks message was answered feilet.';
COMMENT ON COLUMN inbox_item.transport IS 'Transport metadata of an integration (Fiks: avsender-id, klientmelding-id, svar-til): ids only.';
COMMENT ON COLUMN inbox_item.status IS 'new (to be handled), quarantined (refused as invalid, for a person to look at), registered (a melding on one or more cases), linked (the same report as a melding already registered), not_melding (with the reason).';
COMMENT ON COLUMN inbox_item.needs_immediate_follow_up IS 'Akutt: set by whoever registered or handled it; shown first.';
COMMENT ON COLUMN inbox_item.not_melding_reason IS 'Why this is not a melding (a question, a wrong recipient, sent to the right municipality, ...). Personal data: never audited.';
CREATE INDEX inbox_item_open ON inbox_item (tenant_id, received_at) WHERE status IN ('new', 'quarantined');
CREATE INDEX inbox_item_received ON inbox_item (tenant_id, received_at DESC, id);

-- Raw content and the facts of arrival are never changed: the app role may update only the
-- columns of the resolution.
CREATE FUNCTION vern_inbox_item_kept() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF NEW.raw_content IS DISTINCT FROM OLD.raw_content OR NEW.received_at IS DISTINCT FROM OLD.received_at
       OR NEW.channel IS DISTINCT FROM OLD.channel OR NEW.idempotency_key IS DISTINCT FROM OLD.idempotency_key
       OR NEW.request_sha256 IS DISTINCT FROM OLD.request_sha256 OR NEW.parsed IS DISTINCT FROM OLD.parsed
       OR NEW.problems IS DISTINCT FROM OLD.problems THEN
      RAISE EXCEPTION 'what arrived in the inbox is kept as it came' USING ERRCODE = 'restrict_violation';
    END IF;
    IF OLD.status NOT IN ('new', 'quarantined') THEN
      RAISE EXCEPTION 'an inbox item is resolved once' USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
  END
  $$;
CREATE TRIGGER inbox_item_kept BEFORE UPDATE ON inbox_item
  FOR EACH ROW EXECUTE FUNCTION vern_inbox_item_kept();

CREATE TABLE inbox_attachment (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  item_id uuid NOT NULL,
  filename text NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
  media_type text NOT NULL CHECK (media_type ~ '^[a-z]+/[a-z0-9.+-]+$'),
  size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 0 AND 26214400),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  storage_key text NOT NULL CHECK (storage_key ~ '^[A-Za-z0-9/._-]+$' AND length(storage_key) <= 300),
  problem text CHECK (length(problem) BETWEEN 1 AND 500),
  added_by uuid,
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, storage_key),
  UNIQUE (tenant_id, item_id, sha256),
  FOREIGN KEY (tenant_id, item_id) REFERENCES inbox_item (tenant_id, id),
  FOREIGN KEY (tenant_id, added_by) REFERENCES staff_user (tenant_id, id)
);
COMMENT ON TABLE inbox_attachment IS 'A file that came with an inbox item (the Fiks PDF, a scanned letter): metadata here, bytes in the document store (document_content) under storage_key, checked against sha256 on every read.';
COMMENT ON COLUMN inbox_attachment.filename IS 'The name it came with (sanitised). Personal data may be in it: never logged or audited.';
COMMENT ON COLUMN inbox_attachment.media_type IS 'What the bytes were found to be (magic bytes), application/octet-stream when they are no accepted type.';
COMMENT ON COLUMN inbox_attachment.problem IS 'Why the file was refused (e.g. a PDF that is not a PDF); such a file is kept for the quarantine and never served as what it claimed to be.';
COMMENT ON COLUMN inbox_attachment.added_by IS 'The staff member who uploaded it (a scanned letter); NULL when it came with the message.';

CREATE TABLE inbox_registration (
  tenant_id uuid NOT NULL,
  item_id uuid NOT NULL,
  sak_id uuid NOT NULL,
  melding_id text NOT NULL CHECK (length(melding_id) BETWEEN 1 AND 50),
  person_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('new_case', 'existing_case', 'linked')),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, item_id, sak_id),
  FOREIGN KEY (tenant_id, item_id) REFERENCES inbox_item (tenant_id, id),
  FOREIGN KEY (tenant_id, sak_id) REFERENCES sak (tenant_id, id),
  FOREIGN KEY (tenant_id, person_id) REFERENCES person (tenant_id, id),
  FOREIGN KEY (tenant_id, created_by) REFERENCES staff_user (tenant_id, id)
);
COMMENT ON TABLE inbox_registration IS 'What an inbox item became: the melding on each child''s case (new_case, existing_case) registered from it through the case process, or the melding it was linked to (linked). Ids only.';
CREATE INDEX inbox_registration_case ON inbox_registration (tenant_id, sak_id);

-- The document store may delete bytes a refused upload left in its own transaction, never the
-- bytes of a document or of an inbox attachment.
CREATE OR REPLACE FUNCTION vern_document_content_kept() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF EXISTS (SELECT 1 FROM document d WHERE d.tenant_id = OLD.tenant_id AND d.storage_key = OLD.storage_key)
       OR EXISTS (SELECT 1 FROM inbox_attachment a WHERE a.tenant_id = OLD.tenant_id AND a.storage_key = OLD.storage_key) THEN
      RAISE EXCEPTION 'document content belongs to a document and is kept' USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN OLD;
  END
  $$;

-- ---------------------------------------------------------------- row-level security and grants
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['inbox_item', 'inbox_attachment', 'inbox_registration'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I TO vern_app USING (tenant_id = vern_current_tenant()) WITH CHECK (tenant_id = vern_current_tenant())',
      t);
  END LOOP;
END
$$;

GRANT SELECT, INSERT ON inbox_item, inbox_attachment, inbox_registration TO vern_app;
-- Only the resolution of an item changes (the trigger above keeps the rest as it came).
GRANT UPDATE (status, needs_immediate_follow_up, resolved_at, resolved_by, not_melding_reason) ON inbox_item TO vern_app;
