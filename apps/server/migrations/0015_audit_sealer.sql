-- The audit chain is sealed after the fact instead of inside every request.
--
-- Until now a BEFORE INSERT trigger numbered and hashed each audit row as it was written. That
-- took the tenant's chain-head row lock at the first audit row of a transaction and held it until
-- the commit, so every request of a tenant that read a case waited for every other one: under 50
-- concurrent clients a worklist (one audit row per case it lists) waited seconds for the lock. And
-- each row updated the head, so a transaction with n rows walked a chain of n head versions.
--
-- Now a request only inserts its audit rows, in its own transaction, committed exactly with the
-- action (nothing read goes unaudited, a failing insert fails the action). The rows arrive with
-- seq, prev_hash and hash empty ("pending"). vern_audit_seal() numbers and hashes the pending rows
-- of a tenant in one pass under the head lock, with the same hash function, and writes the head
-- once; the server runs it about every second, `vern audit verify` runs it first. The chain it
-- builds is the same kind of chain (1, 2, 3, ... without gaps, each row hashing its predecessor),
-- in the order rows were sealed. What changes: a row can be deleted by the database owner in the
-- second between its commit and its seal without the chain noticing; after the seal it cannot.
ALTER TABLE audit_event DROP CONSTRAINT audit_event_pkey;
ALTER TABLE audit_event ADD PRIMARY KEY (id);
ALTER TABLE audit_event DROP CONSTRAINT audit_event_id_key;
ALTER TABLE audit_event ALTER COLUMN seq DROP NOT NULL,
  ALTER COLUMN prev_hash DROP NOT NULL,
  ALTER COLUMN hash DROP NOT NULL,
  ALTER COLUMN occurred_at SET DEFAULT clock_timestamp(),
  ADD CONSTRAINT audit_event_sealed_whole CHECK (
    (seq IS NULL AND prev_hash IS NULL AND hash IS NULL) OR
    (seq IS NOT NULL AND prev_hash IS NOT NULL AND hash IS NOT NULL));
CREATE UNIQUE INDEX audit_event_chain ON audit_event (tenant_id, seq);
CREATE INDEX audit_event_pending ON audit_event (tenant_id, occurred_at, id) WHERE seq IS NULL;
COMMENT ON COLUMN audit_event.seq IS 'Position in the tenant''s chain, 1, 2, 3, ... without gaps; empty until vern_audit_seal() has chained the row (normally within a second).';
COMMENT ON COLUMN audit_event.occurred_at IS 'When the row was written (the database clock); the app role cannot set it.';

DROP TRIGGER audit_event_chain ON audit_event;
DROP FUNCTION vern_audit_chain();

-- The app role may write only what happened, never the time or the chain: a column-level grant,
-- so a forged seq, hash or time is refused outright instead of silently replaced.
REVOKE INSERT ON audit_event FROM vern_app;
GRANT INSERT (tenant_id, id, actor_kind, actor_id, actor_roles, actor_unit_id, session_id, action, outcome,
  object_type, object_id, sak_id, person_id, fields, emergency, break_glass_id, request_id)
  ON audit_event TO vern_app;

CREATE FUNCTION vern_audit_seal(t uuid, max_rows integer DEFAULT 50000) RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE
    head audit_chain_head%ROWTYPE;
    r audit_event;
    n integer := 0;
  BEGIN
    -- The head lock serialises sealers of one tenant; writers of audit rows never take it.
    SELECT * INTO head FROM audit_chain_head WHERE tenant_id = t FOR UPDATE;
    IF NOT FOUND THEN
      INSERT INTO audit_chain_head (tenant_id, seq, hash)
        VALUES (t, 0, sha256(convert_to('vern-audit-genesis:' || t, 'UTF8')))
        ON CONFLICT (tenant_id) DO NOTHING;
      SELECT * INTO head FROM audit_chain_head WHERE tenant_id = t FOR UPDATE;
    END IF;
    FOR r IN
      SELECT * FROM audit_event
       WHERE tenant_id = t AND seq IS NULL
       ORDER BY occurred_at, id
       LIMIT max_rows
    LOOP
      r.seq := head.seq + 1;
      r.prev_hash := head.hash;
      r.hash := vern_audit_hash(r);
      UPDATE audit_event SET seq = r.seq, prev_hash = r.prev_hash, hash = r.hash WHERE id = r.id;
      head.seq := r.seq;
      head.hash := r.hash;
      n := n + 1;
    END LOOP;
    IF n > 0 THEN
      UPDATE audit_chain_head SET seq = head.seq, hash = head.hash WHERE tenant_id = t;
    END IF;
    RETURN n;
  END
  $$;
COMMENT ON FUNCTION vern_audit_seal(uuid, integer) IS
  'Numbers and hashes up to max_rows pending audit rows of one tenant, oldest first, and moves the chain head; returns how many. Safe to run at any time and from several servers: sealers of one tenant wait for each other.';
REVOKE ALL ON FUNCTION vern_audit_seal(uuid, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION vern_audit_seal(uuid, integer) TO vern_app;

CREATE FUNCTION vern_audit_pending() RETURNS TABLE (tenant_id uuid, rows bigint, oldest timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT a.tenant_id, count(*), min(a.occurred_at) FROM audit_event a WHERE a.seq IS NULL GROUP BY a.tenant_id $$;
COMMENT ON FUNCTION vern_audit_pending() IS
  'Which tenants have audit rows waiting to be sealed, how many and since when: ids and counts only, for the sealer and for monitoring.';
REVOKE ALL ON FUNCTION vern_audit_pending() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION vern_audit_pending() TO vern_app;
