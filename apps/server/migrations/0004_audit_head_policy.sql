-- audit_chain_head carries tenant_id like every tenant-owned table, so it gets an explicit policy
-- too: the app role may not see or touch any row of it (the chain trigger writes it as its owner,
-- and the verifier reads it through vern_audit_head()).
CREATE POLICY no_app_access ON audit_chain_head TO vern_app USING (false) WITH CHECK (false);
