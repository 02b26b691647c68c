-- Signing in with ID-porten on the public concern-report form (issue 6, item 4): a professional
-- (or anyone who wants to) may send the report as a verified person instead of as a name typed
-- into a box. The identity is never taken from what the browser sends: it is the citizen session's
-- (auth_session, filled in by the sign-in callback from the ID token), copied here by the server
-- when the report is received. A signed-in reporter then sees their own reports and what they may
-- be told about them on «Min side», without the reference number and status code.

-- The name the identity provider vouched for. ID-porten's own ID token holds only the fødselsnummer
-- (pid); with the `profile` scope, BankID and Buypass add the name. NULL when none came (MinID).
ALTER TABLE auth_session ADD COLUMN citizen_name text
  CHECK (citizen_name IS NULL OR length(citizen_name) BETWEEN 1 AND 200);
ALTER TABLE auth_session ADD CONSTRAINT auth_session_citizen_name_kind
  CHECK (citizen_name IS NULL OR kind = 'citizen');
COMMENT ON COLUMN auth_session.citizen_name IS 'The citizen''s name as the identity provider gave it at sign-in (the name claim; BankID and Buypass give it through ID-porten''s profile scope), or NULL. Personal data: never logged.';

CREATE TABLE public_report_melder (
  tenant_id uuid NOT NULL,
  item_id uuid NOT NULL,
  citizen_pid text NOT NULL CHECK (citizen_pid ~ '^[0-9]{11}$'),
  identified_by text NOT NULL CHECK (identified_by = 'idporten'),
  acr text NOT NULL CHECK (length(acr) BETWEEN 1 AND 100),
  name_verified boolean NOT NULL,
  session_id uuid NOT NULL,
  PRIMARY KEY (tenant_id, item_id),
  FOREIGN KEY (tenant_id, item_id) REFERENCES public_report (tenant_id, item_id)
);
COMMENT ON TABLE public_report_melder IS 'The verified identity of a reporter who was signed in with ID-porten when they sent the public form: taken from their session by the server, never from the request body. One row per such report; a report without one was sent without sign-in.';
COMMENT ON COLUMN public_report_melder.citizen_pid IS 'The reporter''s fødselsnummer or D-nummer, from the session (the ID token''s pid claim). Personal data: never logged.';
COMMENT ON COLUMN public_report_melder.acr IS 'The level of assurance the reporter signed in with (idporten-loa-high).';
COMMENT ON COLUMN public_report_melder.name_verified IS 'Whether the melder''s name in the report is the one the identity provider gave (true), or typed by the reporter because none came (false).';
COMMENT ON COLUMN public_report_melder.session_id IS 'The citizen session the report was sent in (auth_session.id); it grants nothing.';
CREATE INDEX public_report_melder_citizen ON public_report_melder (citizen_pid);

ALTER TABLE public_report_melder ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON public_report_melder TO vern_app
  USING (tenant_id = vern_current_tenant()) WITH CHECK (tenant_id = vern_current_tenant());
-- «Min side»: a transaction acting for one signed-in citizen (vern.citizen_pid, as for their
-- sessions in 0003) finds which of the services' reports are theirs, and nobody else's; the
-- reports themselves are then read in each service's own tenant transaction.
CREATE POLICY citizen_self ON public_report_melder FOR SELECT TO vern_app
  USING (citizen_pid = vern_current_citizen());
GRANT SELECT, INSERT ON public_report_melder TO vern_app;

-- A signed-in reporter is told the status on «Min side» as well as on the status page.
ALTER TABLE melder_feedback DROP CONSTRAINT melder_feedback_channel_check;
ALTER TABLE melder_feedback ADD CONSTRAINT melder_feedback_channel_check
  CHECK (channel IN ('receipt', 'status_page', 'min_side'));
