-- Foundation: the application role, tenancy and row-level security, units and staff accounts.
--
-- Every tenant-owned table has tenant_id and a row-level security policy that compares it with
-- vern_current_tenant(), which the server sets per transaction (set_config('vern.tenant_id', ..., true)).
-- The server connects as (or SET ROLEs to) vern_app, which owns nothing and is no superuser, so the
-- policies hold even for a query that forgets its tenant filter.

DO $$
BEGIN
  CREATE ROLE vern_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- the role is cluster-wide: another database of this cluster created it already
END
$$;

GRANT USAGE ON SCHEMA public TO vern_app;

CREATE FUNCTION vern_current_tenant() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('vern.tenant_id', true), '')::uuid $$;
COMMENT ON FUNCTION vern_current_tenant() IS
  'The tenant of the current transaction, set by the server with set_config(''vern.tenant_id'', id, true); NULL outside a tenant context, which makes every tenant policy match nothing.';
GRANT EXECUTE ON FUNCTION vern_current_tenant() TO vern_app;

CREATE TABLE tenant (
  id uuid PRIMARY KEY,
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
  kind text NOT NULL CHECK (kind IN ('kommune', 'bydel', 'interkommunal')),
  kommunenummer text NOT NULL CHECK (kommunenummer ~ '^[0-9]{4}$'),
  bydelsnummer text CHECK (bydelsnummer ~ '^[0-9]{2}$'),
  bydelsnavn text,
  organisasjonsnummer text CHECK (organisasjonsnummer ~ '^[0-9]{9}$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'bydel') = (bydelsnummer IS NOT NULL))
);
COMMENT ON TABLE tenant IS 'A tjeneste: one municipal child welfare service (a municipality, a city district or an inter-municipal service). The unit of tenancy.';
COMMENT ON COLUMN tenant.slug IS 'Short stable name used in URLs and the CLI.';
COMMENT ON COLUMN tenant.kind IS 'kommune, bydel (city district with its own service) or interkommunal (host municipality serves several).';
COMMENT ON COLUMN tenant.kommunenummer IS 'Four-digit municipality number of the (host) municipality, as the national registry''s Avgiver needs it.';
COMMENT ON COLUMN tenant.bydelsnummer IS 'Two-digit district number when the service is a city district.';
COMMENT ON COLUMN tenant.organisasjonsnummer IS 'The service''s organisation number in Enhetsregisteret.';

ALTER TABLE tenant ENABLE ROW LEVEL SECURITY;
-- The directory of services (names and numbers) is public knowledge; only a tenant's own row may change.
CREATE POLICY tenant_directory ON tenant FOR SELECT TO vern_app USING (true);
CREATE POLICY tenant_insert_own ON tenant FOR INSERT TO vern_app WITH CHECK (id = vern_current_tenant());
CREATE POLICY tenant_update_own ON tenant FOR UPDATE TO vern_app
  USING (id = vern_current_tenant()) WITH CHECK (id = vern_current_tenant());
GRANT SELECT, INSERT, UPDATE ON tenant TO vern_app;

CREATE TABLE unit (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, id),
  UNIQUE (tenant_id, name)
);
COMMENT ON TABLE unit IS 'An organisational unit (enhet/team) of a service, e.g. "Mottak og undersøkelse". Cases are owned by a unit.';

CREATE TABLE staff_user (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  username text NOT NULL CHECK (username ~ '^[a-z0-9._-]{2,64}$'),
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  unit_id uuid,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, id),
  UNIQUE (tenant_id, username),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES unit (tenant_id, id)
);
COMMENT ON TABLE staff_user IS 'A staff account in one service. The same person working for two services has two accounts.';
COMMENT ON COLUMN staff_user.username IS 'The sign-in name at the identity provider (preferred_username), lower case.';
COMMENT ON COLUMN staff_user.unit_id IS 'The unit the person belongs to; leaders see their unit''s cases.';
COMMENT ON COLUMN staff_user.active IS 'False when the account is deactivated; a deactivated user cannot sign in and loses live sessions.';

CREATE TABLE staff_role (
  tenant_id uuid NOT NULL,
  staff_user_id uuid NOT NULL,
  role text NOT NULL CHECK (role IN ('saksbehandler', 'fagleder', 'barnevernleder', 'mottak', 'systemansvarlig', 'barnevernvakt')),
  PRIMARY KEY (staff_user_id, role),
  FOREIGN KEY (tenant_id, staff_user_id) REFERENCES staff_user (tenant_id, id)
);
COMMENT ON TABLE staff_role IS 'The roles a staff account holds in its service; a person may hold several.';

-- Row-level security on every tenant-owned table: the same policy, one per table.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['unit', 'staff_user', 'staff_role'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I TO vern_app USING (tenant_id = vern_current_tenant()) WITH CHECK (tenant_id = vern_current_tenant())',
      t);
  END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE ON unit, staff_user TO vern_app;
GRANT SELECT, INSERT, DELETE ON staff_role TO vern_app;
