-- Security events that belong to no service (tenant): a citizen's sign-in and sign-out, and
-- sign-ins refused before any account is known (unknown user, too low assurance, a broken answer
-- from the identity provider). Staff events inside a service stay in that service's audit_event.
CREATE TABLE security_event (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  event text NOT NULL CHECK (event ~ '^[a-z_]{2,40}$'),
  actor_kind text NOT NULL CHECK (actor_kind IN ('staff', 'citizen')),
  outcome text NOT NULL CHECK (outcome IN ('allowed', 'denied', 'failed')),
  problem text CHECK (problem ~ '^[a-z_]{2,40}$'),
  session_id uuid,
  subject_hash text CHECK (subject_hash ~ '^[0-9a-f]{16}$'),
  request_id text CHECK (request_id ~ '^[A-Za-z0-9._-]{1,64}$')
);
COMMENT ON TABLE security_event IS 'Append-only log of sign-in events outside any tenant: ids, codes and times only, never a name or number.';
COMMENT ON COLUMN security_event.subject_hash IS 'A short SHA-256 of what the person typed or claimed, to correlate repeated attempts without storing it.';
COMMENT ON COLUMN security_event.session_id IS 'The session started or ended; auth_session says whose it is.';
CREATE INDEX security_event_time ON security_event (occurred_at);
GRANT SELECT, INSERT ON security_event TO vern_app;
