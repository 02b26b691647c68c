-- Sign-in flows and sessions.
--
-- A browser holds only random secrets (the flow and session cookies); the database holds their
-- SHA-256 hashes, so a copy of these tables signs nobody in.
--
-- Row-level security on auth_session. A staff session belongs to a tenant, but the server must
-- find it from the cookie before it knows the tenant, and a citizen session belongs to no tenant
-- at all. So a row is visible to the app role in exactly three situations:
--   * the transaction presents the row's own hash (vern.session_hash): the holder of the cookie;
--   * the row is a staff session of the transaction's tenant (vern.tenant_id): a leader's forced
--     sign-out, "sign out everywhere", and creating a staff session;
--   * the row is a citizen session of the citizen the transaction acts for (vern.citizen_pid):
--     creating a citizen session and "sign out everywhere".
-- No context sees the sessions of another tenant or another citizen, and nothing can list them all.

CREATE FUNCTION vern_current_session_hash() RETURNS bytea
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT decode(nullif(current_setting('vern.session_hash', true), ''), 'hex') $$;
COMMENT ON FUNCTION vern_current_session_hash() IS
  'The SHA-256 hash of the session cookie the current transaction acts for (set_config(''vern.session_hash'', hex, true)); NULL otherwise.';
GRANT EXECUTE ON FUNCTION vern_current_session_hash() TO vern_app;

CREATE FUNCTION vern_current_citizen() RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('vern.citizen_pid', true), '') $$;
COMMENT ON FUNCTION vern_current_citizen() IS
  'The fødselsnummer of the signed-in citizen the current transaction acts for (set_config(''vern.citizen_pid'', pid, true)); NULL otherwise.';
GRANT EXECUTE ON FUNCTION vern_current_citizen() TO vern_app;

-- ---------------------------------------------------------------- pending sign-in flows
CREATE TABLE auth_flow (
  id_hash bytea PRIMARY KEY CHECK (octet_length(id_hash) = 32),
  kind text NOT NULL CHECK (kind IN ('staff', 'citizen')),
  state text NOT NULL CHECK (length(state) BETWEEN 32 AND 128),
  nonce text NOT NULL CHECK (length(nonce) BETWEEN 32 AND 128),
  code_verifier text NOT NULL CHECK (length(code_verifier) BETWEEN 43 AND 128),
  return_to text CHECK (return_to ~ '^/([^/\\]|$)' AND length(return_to) <= 2000),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  CHECK (expires_at > created_at)
);
COMMENT ON TABLE auth_flow IS
  'An OpenID Connect authorization request on its way through the identity provider: what the callback needs to check the answer (state, nonce, PKCE verifier). Used once, then deleted; lives 10 minutes. Not tenant-owned and without personal data, so no row-level security.';
COMMENT ON COLUMN auth_flow.id_hash IS 'SHA-256 of the random value in the short-lived __Host-vern_flow cookie that binds the flow to one browser.';
COMMENT ON COLUMN auth_flow.code_verifier IS 'The PKCE code verifier (RFC 7636); only its S256 challenge went to the identity provider.';
COMMENT ON COLUMN auth_flow.return_to IS 'Where to go after sign-in: a path on this site (starts with one /), never another origin.';
CREATE INDEX auth_flow_expires ON auth_flow (expires_at);
GRANT SELECT, INSERT, DELETE ON auth_flow TO vern_app;

-- ---------------------------------------------------------------- sessions
CREATE TABLE auth_session (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  id_hash bytea NOT NULL UNIQUE CHECK (octet_length(id_hash) = 32),
  kind text NOT NULL CHECK (kind IN ('staff', 'citizen')),
  tenant_id uuid REFERENCES tenant (id),
  staff_user_id uuid,
  citizen_pid text CHECK (citizen_pid ~ '^[0-9]{11}$'),
  acr text CHECK (length(acr) <= 100),
  csrf_token text NOT NULL CHECK (length(csrf_token) BETWEEN 32 AND 128),
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  revoked_reason text CHECK (revoked_reason IN
    ('logout', 'logout_everywhere', 'forced', 'idle', 'expired', 'user_deactivated', 'replaced')),
  CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL)),
  CHECK (expires_at > created_at),
  CHECK (
    (kind = 'staff' AND tenant_id IS NOT NULL AND staff_user_id IS NOT NULL AND citizen_pid IS NULL)
    OR (kind = 'citizen' AND tenant_id IS NULL AND staff_user_id IS NULL AND citizen_pid IS NOT NULL)
  ),
  FOREIGN KEY (tenant_id, staff_user_id) REFERENCES staff_user (tenant_id, id)
);
COMMENT ON TABLE auth_session IS
  'A signed-in browser: a staff member in one service, or a citizen (no service). Rows are never deleted by the app: sign-out, expiry and forced sign-out set revoked_at. Times come from the server clock, not now(), so that one clock decides expiry.';
COMMENT ON COLUMN auth_session.id IS 'The session''s name in audit rows and logs; it grants nothing.';
COMMENT ON COLUMN auth_session.id_hash IS 'SHA-256 of the 32 random bytes in the __Host-vern_session cookie. The cookie value itself is never stored.';
COMMENT ON COLUMN auth_session.tenant_id IS 'The service of a staff session; NULL for a citizen session.';
COMMENT ON COLUMN auth_session.citizen_pid IS 'Fødselsnummer or D-nummer of a citizen (the pid claim from ID-porten). Personal data: never logged.';
COMMENT ON COLUMN auth_session.acr IS 'The assurance level the identity provider asserted at sign-in (idporten-loa-high for citizens).';
COMMENT ON COLUMN auth_session.csrf_token IS 'Must come back in the x-csrf-token header of every state-changing API request of this session.';
COMMENT ON COLUMN auth_session.last_seen_at IS 'Last request, updated at most once a minute; the idle limit (SESSION_IDLE_MINUTES) counts from here.';
COMMENT ON COLUMN auth_session.expires_at IS 'Absolute end (SESSION_ABSOLUTE_HOURS after sign-in), however active the session is.';
COMMENT ON COLUMN auth_session.revoked_reason IS 'logout, logout_everywhere, forced (by a leader), idle, expired, user_deactivated, or replaced (a new sign-in in the same browser).';
CREATE INDEX auth_session_staff ON auth_session (tenant_id, staff_user_id) WHERE revoked_at IS NULL;
CREATE INDEX auth_session_citizen ON auth_session (citizen_pid) WHERE revoked_at IS NULL;

ALTER TABLE auth_session ENABLE ROW LEVEL SECURITY;
CREATE POLICY session_holder_read ON auth_session FOR SELECT TO vern_app
  USING (id_hash = vern_current_session_hash());
CREATE POLICY session_holder_update ON auth_session FOR UPDATE TO vern_app
  USING (id_hash = vern_current_session_hash());
CREATE POLICY staff_of_tenant ON auth_session TO vern_app
  USING (kind = 'staff' AND tenant_id = vern_current_tenant())
  WITH CHECK (kind = 'staff' AND tenant_id = vern_current_tenant());
CREATE POLICY citizen_self ON auth_session TO vern_app
  USING (kind = 'citizen' AND citizen_pid = vern_current_citizen())
  WITH CHECK (kind = 'citizen' AND citizen_pid = vern_current_citizen());

-- Sessions are created and then only touched or revoked; who they belong to never changes.
GRANT SELECT, INSERT ON auth_session TO vern_app;
GRANT UPDATE (last_seen_at, revoked_at, revoked_reason) ON auth_session TO vern_app;

-- ---------------------------------------------------------------- staff sign-in lookup
-- At sign-in the server knows a username from the identity provider but not the service, and
-- row-level security hides every service's staff from a transaction without a tenant. This
-- function answers exactly one question across services, "which accounts have this username?",
-- and nothing else; it runs as the owner of staff_user.
CREATE FUNCTION vern_staff_login_lookup(p_username text)
  RETURNS TABLE (tenant_id uuid, staff_user_id uuid, active boolean)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT s.tenant_id, s.id, s.active FROM staff_user s WHERE s.username = lower(p_username) $$;
COMMENT ON FUNCTION vern_staff_login_lookup(text) IS
  'The staff accounts (service, id, active) whose username is the given sign-in name, in every service. Used only by sign-in, before any tenant is known.';
REVOKE ALL ON FUNCTION vern_staff_login_lookup(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION vern_staff_login_lookup(text) TO vern_app;
