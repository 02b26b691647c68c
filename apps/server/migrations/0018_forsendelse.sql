-- Outbound dispatch (forsendelse, issue 7): a letter or message Vern sends to a person or an
-- organisation through a secure channel (SvarUt-style forwarding, a digital mailbox, or print and
-- post), with the status the sender sees and every event with its time.
--
-- The business change and the outgoing message commit together: whoever sends writes the
-- forsendelse, its documents and an outbox row in its own transaction (enqueueForsendelse). A relay
-- in the server claims due outbox rows (FOR UPDATE SKIP LOCKED, then a lease, so any number of
-- server processes can run it), sends through the channel, records each attempt, retries with
-- backoff and moves a message it cannot send to a dead letter with the reason. Our forsendelse id is
-- the idempotency key at the receiver (SvarUt's eksternReferanse): before a re-send the relay looks
-- the message up there, so a retry after a timeout or a crash never sends twice.

CREATE TABLE forsendelse (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  sak_id uuid,
  letter_id uuid,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  recipient_kind text NOT NULL CHECK (recipient_kind IN ('person', 'organisasjon')),
  recipient_fnr text CHECK (recipient_fnr ~ '^[0-9]{11}$'),
  recipient_orgnr text CHECK (recipient_orgnr ~ '^[0-9]{9}$'),
  recipient_name text NOT NULL CHECK (length(recipient_name) BETWEEN 1 AND 300),
  recipient_address jsonb CHECK (recipient_address IS NULL OR jsonb_typeof(recipient_address) = 'object'),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  notification_text text NOT NULL CHECK (length(notification_text) BETWEEN 1 AND 300),
  confidential boolean NOT NULL,
  preferred_channel text CHECK (preferred_channel IN ('svarut', 'digital', 'print')),
  status text NOT NULL DEFAULT 'queued'
    CHECK (status IN ('queued', 'sent', 'delivered', 'opened', 'failed', 'dead_letter', 'paper')),
  status_at timestamptz NOT NULL DEFAULT now(),
  status_reason text CHECK (length(status_reason) BETWEEN 1 AND 500),
  sent_at timestamptz,
  delivered_at timestamptz,
  opened_at timestamptz,
  escalation_level smallint NOT NULL DEFAULT 0 CHECK (escalation_level BETWEEN 0 AND 2),
  escalated_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, sak_id) REFERENCES sak (tenant_id, id),
  FOREIGN KEY (tenant_id, created_by) REFERENCES staff_user (tenant_id, id),
  CHECK ((recipient_kind = 'person') = (recipient_fnr IS NOT NULL)),
  CHECK ((recipient_kind = 'organisasjon') = (recipient_orgnr IS NOT NULL)),
  CHECK ((escalation_level = 0) = (escalated_at IS NULL))
);
COMMENT ON TABLE forsendelse IS 'A letter or message sent out through a secure channel: to whom, what (title, documents), the status the sender sees and when it changed. Personal data (the recipient): read only through the access gateway, never logged.';
COMMENT ON COLUMN forsendelse.sak_id IS 'The case the forsendelse belongs to (NULL for one outside a case): who may see the case may see its forsendelser.';
COMMENT ON COLUMN forsendelse.letter_id IS 'The business reference of what was sent (the letter it was made from), for the case''s communication log.';
COMMENT ON COLUMN forsendelse.created_by IS 'The staff member who sent it: the one told when it fails or lies unopened.';
COMMENT ON COLUMN forsendelse.recipient_fnr IS 'A person recipient''s fødselsnummer or D-nummer (digital mailbox, SvarUt''s digitalId). Personal data.';
COMMENT ON COLUMN forsendelse.recipient_orgnr IS 'An organisation recipient''s organisasjonsnummer, checked against Enhetsregisteret before it was queued (also another municipality''s child welfare service).';
COMMENT ON COLUMN forsendelse.recipient_name IS 'The recipient''s name; for an organisation the name registered in Enhetsregisteret. Personal data.';
COMMENT ON COLUMN forsendelse.recipient_address IS 'The postal address for print ({adresselinjer, postnummer, poststed, land}); NULL when there is none to print to (e.g. a protected address). Personal data.';
COMMENT ON COLUMN forsendelse.notification_text IS 'The text the recipient is notified with: one of the fixed texts (packages/domain NOTIFICATION_TEXTS), never case content.';
COMMENT ON COLUMN forsendelse.confidential IS 'Taushetsbelagt: unopened mail of this kind is escalated (to the sender, then resent on paper).';
COMMENT ON COLUMN forsendelse.status IS 'queued, sent (accepted by the channel), delivered (in the recipient''s inbox), opened (read receipt), failed (the channel could not deliver), dead_letter (Vern gave up sending; status_reason says why), paper (fallen back to or sent as print).';
COMMENT ON COLUMN forsendelse.status_reason IS 'Why it failed or went to a dead letter, in words for the sender. No personal data.';
COMMENT ON COLUMN forsendelse.escalation_level IS '0: not escalated; 1: the sender was told it lies unopened; 2: sent again on paper.';
CREATE INDEX forsendelse_case ON forsendelse (tenant_id, sak_id, created_at DESC) WHERE sak_id IS NOT NULL;
CREATE INDEX forsendelse_sender ON forsendelse (tenant_id, created_by, created_at DESC);
CREATE INDEX forsendelse_letter ON forsendelse (tenant_id, letter_id) WHERE letter_id IS NOT NULL;
CREATE INDEX forsendelse_open ON forsendelse (tenant_id, status) WHERE status IN ('sent', 'delivered', 'failed', 'paper');

CREATE TABLE forsendelse_document (
  tenant_id uuid NOT NULL,
  forsendelse_id uuid NOT NULL,
  position smallint NOT NULL CHECK (position BETWEEN 1 AND 50),
  filename text NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
  media_type text NOT NULL CHECK (media_type = 'application/pdf'),
  size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 26214400),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  storage_key text NOT NULL CHECK (storage_key ~ '^[A-Za-z0-9/._-]+$' AND length(storage_key) <= 300),
  PRIMARY KEY (tenant_id, forsendelse_id, position),
  UNIQUE (tenant_id, storage_key),
  FOREIGN KEY (tenant_id, forsendelse_id) REFERENCES forsendelse (tenant_id, id)
);
COMMENT ON TABLE forsendelse_document IS 'The documents of a forsendelse in the order they are sent: metadata here, bytes in the document store under storage_key, checked against sha256 before sending. What was sent is kept.';
COMMENT ON COLUMN forsendelse_document.filename IS 'The file name the recipient sees. May hold personal data: never logged or audited.';

CREATE TABLE forsendelse_outbox (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  forsendelse_id uuid NOT NULL,
  channel text NOT NULL CHECK (channel IN ('svarut', 'digital', 'print')),
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'dead', 'fallback')),
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  lease_until timestamptz,
  lease_token uuid,
  channel_ref text CHECK (length(channel_ref) BETWEEN 1 AND 200),
  channel_status text CHECK (channel_status ~ '^[A-Z_]{2,40}$'),
  last_error text CHECK (length(last_error) BETWEEN 1 AND 500),
  created_at timestamptz NOT NULL DEFAULT now(),
  done_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, forsendelse_id, channel),
  FOREIGN KEY (tenant_id, forsendelse_id) REFERENCES forsendelse (tenant_id, id),
  CHECK ((state = 'pending') = (done_at IS NULL)),
  CHECK (state <> 'sent' OR channel_ref IS NOT NULL),
  CHECK ((lease_until IS NULL) = (lease_token IS NULL))
);
COMMENT ON TABLE forsendelse_outbox IS 'Transactional outbox: one row per forsendelse and channel, written in the sender''s transaction; the relay sends it. pending (to send, when next_attempt_at has come and no live lease holds it), sent (the channel has it under channel_ref), dead (gave up: last_error says why), fallback (the channel refused it for good and another channel took over).';
COMMENT ON COLUMN forsendelse_outbox.lease_until IS 'A relay claimed the row until then (with lease_token): no other relay takes it before. A relay that dies leaves the lease to run out, and the next one looks the message up by our reference before sending again.';
COMMENT ON COLUMN forsendelse_outbox.channel_ref IS 'The channel''s own id of the message (SvarUt''s forsendelse-id).';
COMMENT ON COLUMN forsendelse_outbox.channel_status IS 'The channel''s last status (SvarUt vocabulary: MOTTATT, AKSEPTERT, VARSLET, LEST, SENDT_PRINT, ...).';
COMMENT ON COLUMN forsendelse_outbox.last_error IS 'Why the last attempt failed (a channel error, a timeout), without personal data.';
CREATE INDEX forsendelse_outbox_due ON forsendelse_outbox (tenant_id, next_attempt_at) WHERE state = 'pending';
CREATE INDEX forsendelse_outbox_open ON forsendelse_outbox (tenant_id, done_at) WHERE state = 'sent';

CREATE TABLE forsendelse_attempt (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  outbox_id uuid NOT NULL,
  attempt integer NOT NULL CHECK (attempt >= 1),
  started_at timestamptz NOT NULL,
  finished_at timestamptz,
  outcome text CHECK (outcome IN ('sent', 'found', 'failed', 'timeout', 'refused')),
  error text CHECK (length(error) BETWEEN 1 AND 500),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, outbox_id, attempt),
  FOREIGN KEY (tenant_id, outbox_id) REFERENCES forsendelse_outbox (tenant_id, id),
  CHECK ((finished_at IS NULL) = (outcome IS NULL))
);
COMMENT ON TABLE forsendelse_attempt IS 'Each attempt of the relay to send an outbox row, written when it is claimed and finished when the answer comes: sent, found (it was there already: a re-send avoided), failed, timeout, refused. An attempt never finished is one whose relay died (outcome unknown).';

CREATE TABLE forsendelse_event (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  seq bigint GENERATED ALWAYS AS IDENTITY,
  forsendelse_id uuid NOT NULL,
  at timestamptz NOT NULL,
  kind text NOT NULL CHECK (kind ~ '^[a-z_]{2,40}$'),
  channel text CHECK (channel IN ('svarut', 'digital', 'print')),
  detail text CHECK (length(detail) BETWEEN 1 AND 500),
  actor_id uuid,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, forsendelse_id) REFERENCES forsendelse (tenant_id, id),
  FOREIGN KEY (tenant_id, actor_id) REFERENCES staff_user (tenant_id, id)
);
COMMENT ON TABLE forsendelse_event IS 'The history the sender sees: queued, sent, each channel status (channel_status with its SvarUt value in detail), retries, dead letter, escalation, fallback to paper, a person''s retry or print. detail holds a status value or a reason, never personal data.';
COMMENT ON COLUMN forsendelse_event.seq IS 'The order events were written in: events of the same moment (refused, then the fallback) are told in that order.';
CREATE INDEX forsendelse_event_of ON forsendelse_event (tenant_id, forsendelse_id, at, seq);

-- The relay and the status poller serve every service from one process: this names the services
-- with work (ids only), so they need not open a transaction for each service on every tick.
CREATE FUNCTION vern_forsendelse_tenants_with_work(due_at timestamptz) RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT DISTINCT tenant_id FROM forsendelse_outbox
     WHERE (state = 'pending' AND next_attempt_at <= due_at AND (lease_until IS NULL OR lease_until < due_at))
        OR (state = 'sent' AND (channel_status IS NULL
                                OR channel_status NOT IN ('LEST', 'PRINTET', 'IKKE_LEVERT', 'AVVIST')))
  $$;
COMMENT ON FUNCTION vern_forsendelse_tenants_with_work(timestamptz) IS 'Services with an outbox row due at the given time, or sent with a channel status that may still change (not read, printed or refused). Ids only.';
REVOKE ALL ON FUNCTION vern_forsendelse_tenants_with_work(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION vern_forsendelse_tenants_with_work(timestamptz) TO vern_app;

-- The document store may delete bytes a refused upload left in its own transaction, never the
-- bytes of a document, an inbox attachment or a forsendelse's document.
CREATE OR REPLACE FUNCTION vern_document_content_kept() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF EXISTS (SELECT 1 FROM document d WHERE d.tenant_id = OLD.tenant_id AND d.storage_key = OLD.storage_key)
       OR EXISTS (SELECT 1 FROM inbox_attachment a WHERE a.tenant_id = OLD.tenant_id AND a.storage_key = OLD.storage_key)
       OR EXISTS (SELECT 1 FROM forsendelse_document f WHERE f.tenant_id = OLD.tenant_id AND f.storage_key = OLD.storage_key) THEN
      RAISE EXCEPTION 'document content belongs to a document and is kept' USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN OLD;
  END
  $$;

-- ---------------------------------------------------------------- row-level security and grants
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['forsendelse', 'forsendelse_document', 'forsendelse_outbox', 'forsendelse_attempt',
                           'forsendelse_event'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I TO vern_app USING (tenant_id = vern_current_tenant()) WITH CHECK (tenant_id = vern_current_tenant())',
      t);
  END LOOP;
END
$$;

-- What was sent (recipient, title, documents) and its history are never changed or deleted; only
-- the status columns move, and the relay's bookkeeping.
GRANT SELECT, INSERT ON forsendelse, forsendelse_document, forsendelse_outbox, forsendelse_attempt,
  forsendelse_event TO vern_app;
GRANT UPDATE (status, status_at, status_reason, sent_at, delivered_at, opened_at, escalation_level, escalated_at)
  ON forsendelse TO vern_app;
GRANT UPDATE (state, attempts, next_attempt_at, lease_until, lease_token, channel_ref, channel_status, last_error,
  done_at) ON forsendelse_outbox TO vern_app;
GRANT UPDATE (finished_at, outcome, error) ON forsendelse_attempt TO vern_app;
