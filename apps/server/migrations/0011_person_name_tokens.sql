-- Fast name search (issue 4 acceptance: p50 under 50 ms over 100 000 persons). A trigram scan of
-- whole folded names has to recheck thousands of candidates for a common name; instead each folded
-- name is split into its words (tokens). A query word matches a token exactly, as a prefix, or by
-- trigram similarity against the small dictionary of distinct tokens; persons are then found by
-- exact token through a b-tree, and a person must match every query word, in any order.

CREATE TABLE name_token (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  token text NOT NULL CHECK (token ~ '^[a-z0-9]{1,200}$'),
  PRIMARY KEY (tenant_id, token)
);
COMMENT ON TABLE name_token IS 'The distinct words of folded person names in a tenant (the search dictionary). Written only by the person trigger; never shrinks. Personal data.';
CREATE INDEX name_token_trgm ON name_token USING gin (token gin_trgm_ops);
CREATE INDEX name_token_prefix ON name_token (tenant_id, token text_pattern_ops);

CREATE TABLE person_name_token (
  tenant_id uuid NOT NULL,
  token text NOT NULL CHECK (token ~ '^[a-z0-9]{1,200}$'),
  person_id uuid NOT NULL,
  PRIMARY KEY (tenant_id, token, person_id),
  FOREIGN KEY (tenant_id, person_id) REFERENCES person (tenant_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE person_name_token IS 'Which person''s folded name holds which word; kept by the person trigger in the same statement as the name.';
CREATE INDEX person_name_token_person ON person_name_token (tenant_id, person_id);

CREATE FUNCTION vern_person_name_tokens() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  BEGIN
    IF TG_OP = 'UPDATE' AND NEW.search_name IS NOT DISTINCT FROM OLD.search_name THEN
      RETURN NULL;
    END IF;
    DELETE FROM person_name_token WHERE tenant_id = NEW.tenant_id AND person_id = NEW.id;
    INSERT INTO name_token (tenant_id, token)
      SELECT DISTINCT NEW.tenant_id, t FROM regexp_split_to_table(NEW.search_name, ' ') AS t WHERE t <> ''
      ON CONFLICT DO NOTHING;
    INSERT INTO person_name_token (tenant_id, token, person_id)
      SELECT DISTINCT NEW.tenant_id, t, NEW.id FROM regexp_split_to_table(NEW.search_name, ' ') AS t WHERE t <> '';
    RETURN NULL;
  END
  $$;
COMMENT ON FUNCTION vern_person_name_tokens() IS 'Keeps person_name_token and name_token in step with person.search_name.';
CREATE TRIGGER person_name_tokens AFTER INSERT OR UPDATE OF given_name, family_name ON person
  FOR EACH ROW EXECUTE FUNCTION vern_person_name_tokens();

INSERT INTO name_token (tenant_id, token)
  SELECT DISTINCT p.tenant_id, t FROM person p, regexp_split_to_table(p.search_name, ' ') AS t WHERE t <> ''
  ON CONFLICT DO NOTHING;
INSERT INTO person_name_token (tenant_id, token, person_id)
  SELECT DISTINCT p.tenant_id, t, p.id FROM person p, regexp_split_to_table(p.search_name, ' ') AS t WHERE t <> '';

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['name_token', 'person_name_token'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I TO vern_app USING (tenant_id = vern_current_tenant()) WITH CHECK (tenant_id = vern_current_tenant())',
      t);
  END LOOP;
END
$$;
GRANT SELECT ON name_token, person_name_token TO vern_app;
