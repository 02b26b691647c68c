-- Letters (issue 7, the letters half): a letter is written on a case from a template (vedtak,
-- innkalling til møte, anmodning om opplysninger, svar til melder) for one recipient, a person of
-- the case or an organisation by its number. While it is a draft the caseworker edits its inputs
-- (the free-text parts, the meeting time and place, ...); the values taken from the case are
-- snapshotted when the draft is made, so the preview, the final PDF and what the recipient gets
-- are made from the same data. Sending renders the final PDF, keeps it here with its SHA-256, and
-- hands it to the dispatch (forsendelse, 0018) in the same transaction.
--
-- A protected value (the child's address, school, GP, institution) is never written into
-- merge_data when the child has address protection: the snapshot holds only what the letter may
-- carry, and the template engine renders such fields through redact() only.

CREATE TABLE letter (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  sak_id uuid NOT NULL,
  template_id text NOT NULL CHECK (template_id IN ('vedtak', 'innkalling', 'anmodning_opplysninger', 'svar_til_melder')),
  lang text NOT NULL CHECK (lang IN ('nb', 'nn')),
  recipient_kind text NOT NULL CHECK (recipient_kind IN ('person', 'organisasjon')),
  recipient_person_id uuid,
  recipient_orgnr text CHECK (recipient_orgnr ~ '^[0-9]{9}$'),
  recipient_name text NOT NULL CHECK (length(recipient_name) BETWEEN 1 AND 300),
  vedtak_id text CHECK (length(vedtak_id) BETWEEN 1 AND 50),
  merge_data jsonb NOT NULL CHECK (jsonb_typeof(merge_data) = 'object'),
  inputs jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(inputs) = 'object'),
  protected_allowed boolean NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent')),
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  sent_by uuid,
  sent_at timestamptz,
  letter_date date,
  title text CHECK (length(title) BETWEEN 1 AND 300),
  notification_text text CHECK (length(notification_text) BETWEEN 1 AND 300),
  pdf bytea CHECK (octet_length(pdf) BETWEEN 1 AND 26214400),
  pdf_sha256 text CHECK (pdf_sha256 ~ '^[0-9a-f]{64}$'),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, sak_id) REFERENCES sak (tenant_id, id),
  FOREIGN KEY (tenant_id, recipient_person_id) REFERENCES person (tenant_id, id),
  FOREIGN KEY (tenant_id, created_by) REFERENCES staff_user (tenant_id, id),
  FOREIGN KEY (tenant_id, updated_by) REFERENCES staff_user (tenant_id, id),
  FOREIGN KEY (tenant_id, sent_by) REFERENCES staff_user (tenant_id, id),
  CHECK ((recipient_kind = 'person') = (recipient_person_id IS NOT NULL)),
  CHECK ((recipient_kind = 'organisasjon') = (recipient_orgnr IS NOT NULL)),
  CHECK ((status = 'sent') = (sent_at IS NOT NULL)),
  CHECK ((status = 'sent') = (sent_by IS NOT NULL)),
  CHECK ((status = 'sent') = (pdf IS NOT NULL AND pdf_sha256 IS NOT NULL AND title IS NOT NULL
                              AND notification_text IS NOT NULL AND letter_date IS NOT NULL))
);
COMMENT ON TABLE letter IS 'A letter on a case, made from a template for one recipient: a draft until it is sent, then kept as sent (the final PDF and its SHA-256). Personal data: read only through the access gateway, never logged.';
COMMENT ON COLUMN letter.template_id IS 'The template (packages/domain letters): vedtak, innkalling, anmodning_opplysninger, svar_til_melder.';
COMMENT ON COLUMN letter.lang IS 'The language of the letter: nb (bokmål) or nn (nynorsk).';
COMMENT ON COLUMN letter.recipient_kind IS 'person (recipient_person_id, the child or a person related to the child) or organisasjon (recipient_orgnr).';
COMMENT ON COLUMN letter.recipient_name IS 'The name written on the letter: the person''s name, or the organisation''s as the caseworker gave it. Personal data.';
COMMENT ON COLUMN letter.vedtak_id IS 'The vedtak of sak.history a vedtak letter is about; its date and legal basis are in merge_data.';
COMMENT ON COLUMN letter.merge_data IS 'The values from the case (child, parents, caseworker, service, journal number, vedtak), snapshotted when the draft was made. Holds no protected value when protected_allowed is false. Personal data: never logged or audited.';
COMMENT ON COLUMN letter.inputs IS 'What the caseworker wrote into the letter (free text, meeting time and place, reply date, ...). Personal data: never logged or audited.';
COMMENT ON COLUMN letter.protected_allowed IS 'Whether the letter may carry the child''s protected fields (address, school, GP, institution): false whenever the child has address protection (fortrolig or strengt fortrolig); redact() then yields a neutral text.';
COMMENT ON COLUMN letter.version IS 'Raised by every change of a draft: an edit names the version it was made from, so two people cannot overwrite each other.';
COMMENT ON COLUMN letter.letter_date IS 'The date on the sent letter.';
COMMENT ON COLUMN letter.notification_text IS 'The notice the recipient was sent with the letter (a fixed text: never case content).';
COMMENT ON COLUMN letter.pdf IS 'The final letter as sent (PDF/A-2b), never changed.';
COMMENT ON COLUMN letter.pdf_sha256 IS 'SHA-256 of pdf, checked each time it is served.';
CREATE INDEX letter_by_case ON letter (tenant_id, sak_id, created_at DESC, id);

-- A sent letter is what the recipient got: nothing of it changes afterwards, and a draft changes
-- only in its inputs and the columns of sending.
CREATE FUNCTION vern_letter_kept() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF OLD.status = 'sent' THEN
      RAISE EXCEPTION 'a sent letter is kept as it was sent' USING ERRCODE = 'restrict_violation';
    END IF;
    IF NEW.sak_id IS DISTINCT FROM OLD.sak_id OR NEW.template_id IS DISTINCT FROM OLD.template_id
       OR NEW.lang IS DISTINCT FROM OLD.lang OR NEW.recipient_kind IS DISTINCT FROM OLD.recipient_kind
       OR NEW.recipient_person_id IS DISTINCT FROM OLD.recipient_person_id
       OR NEW.recipient_orgnr IS DISTINCT FROM OLD.recipient_orgnr
       OR NEW.recipient_name IS DISTINCT FROM OLD.recipient_name
       OR NEW.vedtak_id IS DISTINCT FROM OLD.vedtak_id OR NEW.merge_data IS DISTINCT FROM OLD.merge_data
       OR NEW.protected_allowed IS DISTINCT FROM OLD.protected_allowed
       OR NEW.created_by IS DISTINCT FROM OLD.created_by OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
      RAISE EXCEPTION 'only the inputs of a draft letter can change' USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
  END
  $$;
CREATE TRIGGER letter_kept BEFORE UPDATE ON letter FOR EACH ROW EXECUTE FUNCTION vern_letter_kept();

ALTER TABLE letter ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON letter TO vern_app
  USING (tenant_id = vern_current_tenant()) WITH CHECK (tenant_id = vern_current_tenant());

-- Letters are kept (permanent bevaring): no DELETE for the app role.
GRANT SELECT, INSERT, UPDATE ON letter TO vern_app;
