-- The audit chain trigger tried to create the tenant's chain head on every row (INSERT ... ON
-- CONFLICT DO NOTHING, a speculative insertion each time), though the head exists from the tenant's
-- first audit row on. A list or a search writes one audit row per case or person it shows, so the
-- trigger ran that insertion 20 or 100 times a request. Now the head is locked first and created only
-- when it is missing; the chain it writes is exactly the same (same seq, prev_hash and hash).
CREATE OR REPLACE FUNCTION vern_audit_chain() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE
    head audit_chain_head%ROWTYPE;
  BEGIN
    -- The row lock serialises writers of one tenant's chain; other tenants are not held up.
    SELECT * INTO head FROM audit_chain_head WHERE tenant_id = NEW.tenant_id FOR UPDATE;
    IF NOT FOUND THEN
      INSERT INTO audit_chain_head (tenant_id, seq, hash)
        VALUES (NEW.tenant_id, 0, sha256(convert_to('vern-audit-genesis:' || NEW.tenant_id, 'UTF8')))
        ON CONFLICT (tenant_id) DO NOTHING;
      SELECT * INTO head FROM audit_chain_head WHERE tenant_id = NEW.tenant_id FOR UPDATE;
    END IF;
    NEW.seq := head.seq + 1;
    NEW.prev_hash := head.hash;
    NEW.occurred_at := clock_timestamp();
    NEW.hash := vern_audit_hash(NEW);
    UPDATE audit_chain_head SET seq = NEW.seq, hash = NEW.hash WHERE tenant_id = NEW.tenant_id;
    RETURN NEW;
  END
  $$;
