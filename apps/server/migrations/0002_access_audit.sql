-- Access control and audit: persons with address protection, cases (sak) with their case team,
-- blocks (sperring), break-the-glass grants, notifications, and the hash-chained audit log.
-- The case process (issue 4) extends person and sak with the rest of their fields.

ALTER TABLE tenant ADD COLUMN innsynslogg_shows_staff_names boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN tenant.innsynslogg_shows_staff_names IS
  'Whether the innsynslogg shown to a person names the staff who looked at their records (default: role and unit only).';

CREATE TABLE person (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  fodselsnummer text CHECK (fodselsnummer ~ '^[0-9]{11}$'),
  given_name text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 200),
  family_name text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 200),
  birth_date date,
  address_protection text NOT NULL DEFAULT 'ingen'
    CHECK (address_protection IN ('ingen', 'fortrolig', 'strengt_fortrolig', 'strengt_fortrolig_utland')),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, id),
  UNIQUE (tenant_id, fodselsnummer)
);
COMMENT ON TABLE person IS 'A child or a related person known to the service. The address lives in person_address, guarded by row-level security.';
COMMENT ON COLUMN person.fodselsnummer IS 'Fødselsnummer or D-nummer (11 digits). Personal data: never logged, never in an audit row.';
COMMENT ON COLUMN person.address_protection IS
  'Adressebeskyttelse from Folkeregisteret: ingen, fortrolig (code 7), strengt_fortrolig (code 6), strengt_fortrolig_utland (code 19/6 abroad).';

CREATE TABLE person_address (
  person_id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  street text NOT NULL,
  postal_code text NOT NULL CHECK (postal_code ~ '^[0-9]{4}$'),
  postal_place text NOT NULL,
  municipality text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (tenant_id, person_id) REFERENCES person (tenant_id, id)
);
COMMENT ON TABLE person_address IS
  'The address of a person. A strengt fortrolig address is visible only in a transaction where the access gateway has set vern.may_see_protected_address = on for an actor with that capability: the one place the rule is enforced, for every list, search, letter and export alike.';

CREATE FUNCTION vern_may_see_protected_address() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT coalesce(current_setting('vern.may_see_protected_address', true), '') = 'on' $$;
COMMENT ON FUNCTION vern_may_see_protected_address() IS 'True only inside a transaction of an actor holding the capability to see strengt fortrolig addresses.';

CREATE TABLE sak (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  child_person_id uuid NOT NULL,
  unit_id uuid NOT NULL,
  caseworker_id uuid,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, id),
  FOREIGN KEY (tenant_id, child_person_id) REFERENCES person (tenant_id, id),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES unit (tenant_id, id),
  FOREIGN KEY (tenant_id, caseworker_id) REFERENCES staff_user (tenant_id, id)
);
COMMENT ON TABLE sak IS 'A child''s case in one service. Owned by a unit; the caseworker (kontaktperson) and co-workers form the case team.';
COMMENT ON COLUMN sak.caseworker_id IS 'The responsible caseworker; NULL while unassigned (then intake may see it).';
CREATE UNIQUE INDEX sak_one_open_per_child ON sak (tenant_id, child_person_id) WHERE status = 'open';

CREATE TABLE case_co_worker (
  tenant_id uuid NOT NULL,
  sak_id uuid NOT NULL,
  staff_user_id uuid NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (sak_id, staff_user_id),
  FOREIGN KEY (tenant_id, sak_id) REFERENCES sak (tenant_id, id),
  FOREIGN KEY (tenant_id, staff_user_id) REFERENCES staff_user (tenant_id, id)
);
COMMENT ON TABLE case_co_worker IS 'Co-workers (medsaksbehandlere) on a case team.';

CREATE TABLE case_block (
  tenant_id uuid NOT NULL,
  sak_id uuid NOT NULL,
  staff_user_id uuid NOT NULL,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (sak_id, staff_user_id),
  FOREIGN KEY (tenant_id, sak_id) REFERENCES sak (tenant_id, id),
  FOREIGN KEY (tenant_id, staff_user_id) REFERENCES staff_user (tenant_id, id),
  FOREIGN KEY (tenant_id, created_by) REFERENCES staff_user (tenant_id, id)
);
COMMENT ON TABLE case_block IS 'Sperring: the named staff member may not see the case, whatever role or team membership they have (e.g. a relative, inhabilitet).';

CREATE TABLE break_glass_grant (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  sak_id uuid NOT NULL,
  staff_user_id uuid NOT NULL,
  reason text NOT NULL CHECK (length(reason) BETWEEN 10 AND 2000),
  granted_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  reviewed_by uuid,
  reviewed_at timestamptz,
  UNIQUE (tenant_id, id),
  FOREIGN KEY (tenant_id, sak_id) REFERENCES sak (tenant_id, id),
  FOREIGN KEY (tenant_id, staff_user_id) REFERENCES staff_user (tenant_id, id),
  FOREIGN KEY (tenant_id, reviewed_by) REFERENCES staff_user (tenant_id, id),
  CHECK (expires_at > granted_at)
);
COMMENT ON TABLE break_glass_grant IS 'Selvautorisering: time-limited access to a case outside one''s need-to-know, with a written reason, reviewed by a leader.';
COMMENT ON COLUMN break_glass_grant.reason IS 'The written reason. Free text: kept here, never copied into the audit log.';

CREATE TABLE notification (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  recipient_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind ~ '^[a-z_]{2,60}$'),
  sak_id uuid,
  ref_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz,
  FOREIGN KEY (tenant_id, recipient_id) REFERENCES staff_user (tenant_id, id),
  FOREIGN KEY (tenant_id, sak_id) REFERENCES sak (tenant_id, id)
);
COMMENT ON TABLE notification IS 'In-app notifications to staff. They carry ids and a kind, never case content.';
CREATE INDEX notification_recipient ON notification (tenant_id, recipient_id, created_at DESC);

-- ---------------------------------------------------------------- audit log
CREATE TABLE audit_event (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  seq bigint NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  occurred_at timestamptz NOT NULL,
  actor_kind text NOT NULL CHECK (actor_kind IN ('staff', 'citizen', 'system')),
  actor_id uuid,
  actor_roles text[] NOT NULL DEFAULT '{}',
  actor_unit_id uuid,
  session_id uuid,
  action text NOT NULL CHECK (action ~ '^[a-z_]{2,40}$'),
  outcome text NOT NULL DEFAULT 'allowed' CHECK (outcome IN ('allowed', 'denied', 'failed')),
  object_type text NOT NULL CHECK (object_type ~ '^[a-z_]{2,40}$'),
  object_id uuid,
  sak_id uuid,
  person_id uuid,
  fields text[] NOT NULL DEFAULT '{}',
  emergency boolean NOT NULL DEFAULT false,
  break_glass_id uuid,
  request_id text CHECK (request_id ~ '^[A-Za-z0-9._-]{1,64}$'),
  prev_hash bytea NOT NULL,
  hash bytea NOT NULL,
  PRIMARY KEY (tenant_id, seq),
  UNIQUE (id)
);
COMMENT ON TABLE audit_event IS
  'Append-only audit log of every read and write of person or case data, sign-ins and denials. One hash chain per tenant: hash = sha256(prev_hash || canonical row). The app role may only SELECT and INSERT; seq, prev_hash and hash are set by a trigger it cannot bypass. Only ids, never personal data.';
COMMENT ON COLUMN audit_event.seq IS 'Position in the tenant''s chain, 1, 2, 3, ... without gaps.';
COMMENT ON COLUMN audit_event.actor_roles IS 'The roles the actor acted under.';
COMMENT ON COLUMN audit_event.person_id IS 'The data subject whose records were touched, for the innsynslogg.';
COMMENT ON COLUMN audit_event.fields IS 'Which fields or documents were read or changed (names, not values).';
COMMENT ON COLUMN audit_event.emergency IS 'True for break-the-glass access; highlighted in reviews.';
CREATE INDEX audit_event_sak ON audit_event (tenant_id, sak_id, occurred_at) WHERE sak_id IS NOT NULL;
CREATE INDEX audit_event_person ON audit_event (tenant_id, person_id, occurred_at) WHERE person_id IS NOT NULL;
CREATE INDEX audit_event_emergency ON audit_event (tenant_id, occurred_at) WHERE emergency;

CREATE TABLE audit_chain_head (
  tenant_id uuid PRIMARY KEY REFERENCES tenant (id),
  seq bigint NOT NULL,
  hash bytea NOT NULL
);
COMMENT ON TABLE audit_chain_head IS 'The last seq and hash of each tenant''s audit chain; written only by the chain trigger, so a deleted tail is detected too.';
ALTER TABLE audit_chain_head ENABLE ROW LEVEL SECURITY; -- no policy and no grant: the app role cannot touch it

CREATE FUNCTION vern_audit_hash(e audit_event) RETURNS bytea
  LANGUAGE sql IMMUTABLE
  AS $$
    SELECT sha256(e.prev_hash || convert_to(jsonb_build_array(
      e.tenant_id, e.seq, e.id, to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
      e.actor_kind, e.actor_id, e.actor_roles, e.actor_unit_id, e.session_id, e.action, e.outcome,
      e.object_type, e.object_id, e.sak_id, e.person_id, e.fields, e.emergency, e.break_glass_id, e.request_id
    )::text, 'UTF8'))
  $$;
COMMENT ON FUNCTION vern_audit_hash(audit_event) IS 'The chain hash of one audit row; used by the insert trigger and by `vern audit verify`.';

CREATE FUNCTION vern_audit_chain() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE
    head audit_chain_head%ROWTYPE;
  BEGIN
    INSERT INTO audit_chain_head (tenant_id, seq, hash) VALUES (NEW.tenant_id, 0, sha256(convert_to('vern-audit-genesis:' || NEW.tenant_id, 'UTF8')))
      ON CONFLICT (tenant_id) DO NOTHING;
    -- The row lock serialises writers of one tenant's chain; other tenants are not held up.
    SELECT * INTO head FROM audit_chain_head WHERE tenant_id = NEW.tenant_id FOR UPDATE;
    NEW.seq := head.seq + 1;
    NEW.prev_hash := head.hash;
    NEW.occurred_at := clock_timestamp();
    NEW.hash := vern_audit_hash(NEW);
    UPDATE audit_chain_head SET seq = NEW.seq, hash = NEW.hash WHERE tenant_id = NEW.tenant_id;
    RETURN NEW;
  END
  $$;
CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION vern_audit_chain();

CREATE FUNCTION vern_audit_head(t uuid) RETURNS TABLE (seq bigint, hash bytea)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT h.seq, h.hash FROM audit_chain_head h WHERE h.tenant_id = t AND t = vern_current_tenant() $$;
COMMENT ON FUNCTION vern_audit_head(uuid) IS 'The chain head of the current tenant, for the verifier.';
REVOKE ALL ON FUNCTION vern_audit_head(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION vern_audit_head(uuid) TO vern_app;

-- ---------------------------------------------------------------- row-level security and grants
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['person', 'sak', 'case_co_worker', 'case_block', 'break_glass_grant', 'notification', 'audit_event'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I TO vern_app USING (tenant_id = vern_current_tenant()) WITH CHECK (tenant_id = vern_current_tenant())',
      t);
  END LOOP;
END
$$;

ALTER TABLE person_address ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON person_address TO vern_app
  USING (
    tenant_id = vern_current_tenant()
    AND (vern_may_see_protected_address() OR NOT EXISTS (
      SELECT 1 FROM person p
       WHERE p.id = person_address.person_id
         AND p.address_protection IN ('strengt_fortrolig', 'strengt_fortrolig_utland')))
  )
  WITH CHECK (tenant_id = vern_current_tenant());

GRANT SELECT, INSERT, UPDATE ON person, person_address, sak, break_glass_grant, notification TO vern_app;
GRANT SELECT, INSERT, DELETE ON case_co_worker, case_block TO vern_app;
GRANT SELECT, INSERT ON audit_event TO vern_app;
GRANT EXECUTE ON FUNCTION vern_may_see_protected_address() TO vern_app;

-- A signed-in citizen is in no tenant; this finds the person records that carry their number in
-- every service, and nothing else, so their innsynslogg can be gathered tenant by tenant.
CREATE FUNCTION vern_citizen_persons(pid text) RETURNS TABLE (tenant_id uuid, person_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT p.tenant_id, p.id FROM person p WHERE pid ~ '^[0-9]{11}$' AND p.fodselsnummer = pid $$;
REVOKE ALL ON FUNCTION vern_citizen_persons(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION vern_citizen_persons(text) TO vern_app;
