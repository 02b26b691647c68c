-- The case process (issue 4): the sak's own fields, its history as a log of steps, the details of a
-- melding the registry does not carry, and decisions by delegated authority.
--
-- The registry's view of a case (packages/domain CaseHistory) is kept as a snapshot on sak.history,
-- written in the same transaction as the step (case_event) that produced it, so a case opens with
-- one row read and every change leaves an append-only trace of who did what, when.

-- ---------------------------------------------------------------- person: fields the registry needs
ALTER TABLE person
  ADD COLUMN duf_nummer text CHECK (duf_nummer ~ '^[0-9]{12}$'),
  ADD COLUMN kjonn text CHECK (kjonn IN ('0', '1', '2')),
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
COMMENT ON COLUMN person.duf_nummer IS 'DUF-nummer (12 digits) of a person known to the immigration authorities; personal data.';
COMMENT ON COLUMN person.kjonn IS 'Kjønn as the registry codes it: 0 ufødt, 1 mann/gutt, 2 kvinne/jente.';

-- ---------------------------------------------------------------- sak: journal number, dates, history
CREATE TABLE journal_counter (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2200),
  last_number integer NOT NULL CHECK (last_number >= 0),
  PRIMARY KEY (tenant_id, year)
);
COMMENT ON TABLE journal_counter IS 'The last journal number given per tenant and year (journalnummer YYYY/N).';

ALTER TABLE sak
  ADD COLUMN journalnummer text CHECK (journalnummer ~ '^[0-9]{4}/[0-9]{1,7}$'),
  ADD COLUMN start_date date NOT NULL DEFAULT current_date,
  ADD COLUMN end_date date,
  ADD COLUMN history jsonb,
  ADD COLUMN version integer NOT NULL DEFAULT 0 CHECK (version >= 0),
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
  ADD CONSTRAINT sak_dates CHECK (end_date IS NULL OR end_date >= start_date),
  ADD CONSTRAINT sak_closed_has_end CHECK ((status = 'closed') = (end_date IS NOT NULL));
COMMENT ON COLUMN sak.journalnummer IS 'Journalnummer YYYY/N, given on creation from journal_counter; the registry''s Sak/@Journalnummer.';
COMMENT ON COLUMN sak.start_date IS 'The day the case started (the first melding was received).';
COMMENT ON COLUMN sak.end_date IS 'The day the case was closed; NULL while open.';
COMMENT ON COLUMN sak.history IS 'The registry view of the case (packages/domain CaseHistory, without Personalia), as left by the last case_event; NULL before the first step.';
COMMENT ON COLUMN sak.version IS 'The number of steps taken (the seq of the last case_event); a client sends it back to detect a concurrent change.';

CREATE FUNCTION vern_assign_journalnummer() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE
    y integer := extract(year FROM NEW.start_date)::integer;
    n integer;
  BEGIN
    IF NEW.journalnummer IS NULL THEN
      INSERT INTO journal_counter AS c (tenant_id, year, last_number) VALUES (NEW.tenant_id, y, 1)
        ON CONFLICT (tenant_id, year) DO UPDATE SET last_number = c.last_number + 1
        RETURNING last_number INTO n;
      NEW.journalnummer := y || '/' || n;
    END IF;
    RETURN NEW;
  END
  $$;
CREATE TRIGGER sak_journalnummer BEFORE INSERT ON sak FOR EACH ROW EXECUTE FUNCTION vern_assign_journalnummer();
ALTER TABLE journal_counter ENABLE ROW LEVEL SECURITY; -- no grant: written only by the trigger
CREATE POLICY tenant_isolation ON journal_counter TO vern_app USING (tenant_id = vern_current_tenant());

DO $$
DECLARE
  r record;
  n integer;
BEGIN
  -- Databases made before this migration: number their cases in creation order.
  FOR r IN SELECT id, tenant_id, start_date FROM sak WHERE journalnummer IS NULL ORDER BY created_at, id LOOP
    INSERT INTO journal_counter AS c (tenant_id, year, last_number)
      VALUES (r.tenant_id, extract(year FROM r.start_date)::integer, 1)
      ON CONFLICT (tenant_id, year) DO UPDATE SET last_number = c.last_number + 1
      RETURNING last_number INTO n;
    UPDATE sak SET journalnummer = extract(year FROM r.start_date)::integer || '/' || n WHERE id = r.id;
  END LOOP;
END
$$;
ALTER TABLE sak ALTER COLUMN journalnummer SET NOT NULL;
ALTER TABLE sak ADD CONSTRAINT sak_journalnummer_unique UNIQUE (tenant_id, journalnummer);

-- ---------------------------------------------------------------- the steps of a case
CREATE TABLE case_event (
  tenant_id uuid NOT NULL,
  sak_id uuid NOT NULL,
  seq integer NOT NULL CHECK (seq >= 1),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  type text NOT NULL CHECK (type ~ '^[a-z-]{2,40}$'),
  dato date NOT NULL,
  command jsonb NOT NULL,
  actor_id uuid,
  recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (tenant_id, sak_id, seq),
  UNIQUE (id),
  FOREIGN KEY (tenant_id, sak_id) REFERENCES sak (tenant_id, id),
  FOREIGN KEY (tenant_id, actor_id) REFERENCES staff_user (tenant_id, id)
);
COMMENT ON TABLE case_event IS 'Every step taken in a case (a packages/domain CaseCommand), in order. Append-only: replaying the commands gives sak.history.';
COMMENT ON COLUMN case_event.dato IS 'The day the step happened, as the caseworker gave it (may be earlier than recorded_at).';
COMMENT ON COLUMN case_event.command IS 'The command as accepted (codes and ids only; free text lives in melding_detail, journal notes and documents).';
COMMENT ON COLUMN case_event.actor_id IS 'Who recorded the step; NULL for a system import.';

-- What a melding carries beyond the registry's codes: the clock, the channel and the words.
CREATE TABLE melding_detail (
  tenant_id uuid NOT NULL,
  sak_id uuid NOT NULL,
  melding_id text NOT NULL CHECK (length(melding_id) BETWEEN 1 AND 50),
  received_at timestamptz NOT NULL,
  channel text NOT NULL CHECK (channel IN (
    'telefon', 'brev', 'e-post', 'personlig_oppmote', 'digitalt_skjema', 'fiks_io', 'sms', 'chat',
    'barnevernvakt', 'annet')),
  content text NOT NULL CHECK (length(content) BETWEEN 1 AND 100000),
  melder_name text CHECK (length(melder_name) BETWEEN 1 AND 200),
  anonymous boolean NOT NULL DEFAULT false,
  needs_immediate_follow_up boolean NOT NULL DEFAULT false,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, sak_id, melding_id),
  FOREIGN KEY (tenant_id, sak_id) REFERENCES sak (tenant_id, id),
  FOREIGN KEY (tenant_id, created_by) REFERENCES staff_user (tenant_id, id),
  CHECK (NOT (anonymous AND melder_name IS NOT NULL))
);
COMMENT ON TABLE melding_detail IS 'The parts of a melding the registry does not hold: the exact receipt time (the legal clock starts here), the channel, the words of the report and who reported it.';
COMMENT ON COLUMN melding_detail.content IS 'What was reported, in the reporter''s words or the caseworker''s summary of a call. Personal data: never logged.';
COMMENT ON COLUMN melding_detail.needs_immediate_follow_up IS 'Akutt: the melding needs follow-up at once (§ 2-1 fourth paragraph), shown first on every list.';

-- ---------------------------------------------------------------- decisions by delegated authority
CREATE TABLE vedtak_delegation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  lov text NOT NULL CHECK (lov IN ('BVL', 'BVL2021', 'BL1981')),
  kapittel text CHECK (kapittel ~ '^[0-9]+[a-z]*$'),
  paragraf text CHECK (paragraf ~ '^[0-9]+[a-z]*$'),
  role text CHECK (role IN ('saksbehandler', 'fagleder', 'barnevernleder', 'mottak', 'systemansvarlig', 'barnevernvakt')),
  staff_user_id uuid,
  granted_by uuid,
  granted_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  UNIQUE (tenant_id, id),
  FOREIGN KEY (tenant_id, staff_user_id) REFERENCES staff_user (tenant_id, id),
  FOREIGN KEY (tenant_id, granted_by) REFERENCES staff_user (tenant_id, id),
  CHECK ((role IS NULL) <> (staff_user_id IS NULL)),
  CHECK (paragraf IS NULL OR kapittel IS NOT NULL)
);
COMMENT ON TABLE vedtak_delegation IS 'Delegated authority to make a vedtak (delegeringsreglement): who may decide on which legal basis. A row covers a whole law, a chapter, or one paragraph; it names a role or one staff member.';

CREATE TABLE vedtak_proposal (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  sak_id uuid NOT NULL,
  command jsonb NOT NULL,
  begrunnelse text NOT NULL CHECK (length(begrunnelse) BETWEEN 1 AND 100000),
  proposed_by uuid NOT NULL,
  proposed_at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'decided', 'returned', 'withdrawn')),
  decided_by uuid,
  decided_at timestamptz,
  return_reason text CHECK (length(return_reason) BETWEEN 1 AND 5000),
  event_seq integer,
  UNIQUE (tenant_id, id),
  FOREIGN KEY (tenant_id, sak_id) REFERENCES sak (tenant_id, id),
  FOREIGN KEY (tenant_id, proposed_by) REFERENCES staff_user (tenant_id, id),
  FOREIGN KEY (tenant_id, decided_by) REFERENCES staff_user (tenant_id, id),
  CHECK ((status = 'proposed') = (decided_by IS NULL)),
  CHECK ((status = 'returned') = (return_reason IS NOT NULL))
);
COMMENT ON TABLE vedtak_proposal IS 'Forslag til vedtak: a caseworker proposes (the decide-vedtak command and its grounds), a person with delegated authority for the legal basis decides or returns it.';
COMMENT ON COLUMN vedtak_proposal.begrunnelse IS 'The grounds of the decision as written by the caseworker. Personal data.';
COMMENT ON COLUMN vedtak_proposal.event_seq IS 'The case_event that made the decision, once decided.';
CREATE UNIQUE INDEX vedtak_proposal_one_open ON vedtak_proposal (tenant_id, sak_id, ((command ->> 'vedtakId'))) WHERE status = 'proposed';

-- ---------------------------------------------------------------- row-level security and grants
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['case_event', 'melding_detail', 'vedtak_delegation', 'vedtak_proposal'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I TO vern_app USING (tenant_id = vern_current_tenant()) WITH CHECK (tenant_id = vern_current_tenant())',
      t);
  END LOOP;
END
$$;

GRANT SELECT, INSERT ON case_event TO vern_app;
GRANT SELECT, INSERT ON melding_detail TO vern_app;
GRANT SELECT, INSERT, UPDATE ON vedtak_delegation, vedtak_proposal TO vern_app;

-- One case per child per tenant (a closed case is reopened by a new melding, not duplicated).
DROP INDEX sak_one_open_per_child;
CREATE UNIQUE INDEX sak_one_per_child ON sak (tenant_id, child_person_id);
