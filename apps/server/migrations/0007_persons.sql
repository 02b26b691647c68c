-- Persons (issue 4): a folded name for search with a trigram index, and relations between persons.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- ---------------------------------------------------------------- name folding for search
-- The SQL twin of normalizePersonName in packages/domain/src/person/name-search.ts; an integration
-- test feeds both the same tricky names and demands identical output. Locale-free on purpose: after
-- decomposition and the explicit letter table only ASCII remains, and translate() lowers it.
CREATE FUNCTION vern_search_name(name text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
    SELECT regexp_replace(regexp_replace(
      btrim(regexp_replace(
        translate(
          replace(replace(replace(replace(replace(replace(replace(replace(
            regexp_replace(normalize(name, NFD), '[\u0300-\u036f]', '', 'g'),
            'æ', 'ae'), 'Æ', 'ae'), 'œ', 'oe'), 'Œ', 'oe'), 'ß', 'ss'), 'ẞ', 'ss'), 'þ', 'th'), 'Þ', 'th'),
          'øØđĐðÐłŁŋŊŧŦıABCDEFGHIJKLMNOPQRSTUVWXYZ',
          'ooddddllnnttiabcdefghijklmnopqrstuvwxyz'),
        '[^a-z0-9]+', ' ', 'g')),
      'a{2,}', 'a', 'g'), 'oe+', 'o', 'g')
  $$;
COMMENT ON FUNCTION vern_search_name(text) IS
  'Folds a name for search: accents removed, æ→ae, ø→o, å→a, aa→a, oe→o, lower-case ASCII tokens. Must equal normalizePersonName in packages/domain.';

ALTER TABLE person
  ADD COLUMN search_name text NOT NULL
    GENERATED ALWAYS AS (vern_search_name(given_name || ' ' || family_name)) STORED;
COMMENT ON COLUMN person.search_name IS
  'The given and family name folded by vern_search_name; generated, so it can never drift from the names. Personal data.';

CREATE INDEX person_search_name_trgm ON person USING gin (search_name gin_trgm_ops);
CREATE INDEX person_duf_nummer ON person (tenant_id, duf_nummer) WHERE duf_nummer IS NOT NULL;

-- ---------------------------------------------------------------- relations between persons
CREATE TABLE person_relation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  person_id uuid NOT NULL,
  related_person_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('mor', 'far', 'medmor', 'forelder', 'foresatt', 'fosterforelder',
                                     'sosken', 'besteforelder', 'annen')),
  parental_responsibility boolean NOT NULL DEFAULT false,
  lives_with boolean NOT NULL DEFAULT false,
  start_date date,
  end_date date,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  ended_by uuid,
  UNIQUE (tenant_id, id),
  FOREIGN KEY (tenant_id, person_id) REFERENCES person (tenant_id, id),
  FOREIGN KEY (tenant_id, related_person_id) REFERENCES person (tenant_id, id),
  FOREIGN KEY (tenant_id, created_by) REFERENCES staff_user (tenant_id, id),
  FOREIGN KEY (tenant_id, ended_by) REFERENCES staff_user (tenant_id, id),
  CHECK (person_id <> related_person_id),
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
  CHECK (NOT parental_responsibility OR kind IN ('mor', 'far', 'medmor', 'forelder', 'foresatt'))
);
COMMENT ON TABLE person_relation IS
  'A relation between two persons, seen from person_id (usually the child): related_person_id is the child''s kind (mor, far, foresatt, fosterforelder, ...). A person related to the child of a case one may see is within one''s need-to-know; ended relations are kept as history.';
COMMENT ON COLUMN person_relation.kind IS
  'What related_person_id is to person_id: mor, far, medmor, forelder, foresatt (guardian with parental responsibility), fosterforelder, sosken, besteforelder, annen.';
COMMENT ON COLUMN person_relation.parental_responsibility IS 'Whether the related person has foreldreansvar for the person.';
COMMENT ON COLUMN person_relation.lives_with IS 'Whether the person lives with the related person (fast bosted or daily care).';
COMMENT ON COLUMN person_relation.end_date IS 'When the relation ended (a placement that ended, responsibility that moved); NULL while it lasts.';
CREATE UNIQUE INDEX person_relation_one_active ON person_relation (tenant_id, person_id, related_person_id, kind)
  WHERE end_date IS NULL;
CREATE INDEX person_relation_related ON person_relation (tenant_id, related_person_id);

ALTER TABLE person_relation ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON person_relation TO vern_app
  USING (tenant_id = vern_current_tenant()) WITH CHECK (tenant_id = vern_current_tenant());

-- Relations are ended, never deleted: the history is part of the case.
GRANT SELECT, INSERT ON person_relation TO vern_app;
GRANT UPDATE (end_date, ended_by) ON person_relation TO vern_app;
GRANT EXECUTE ON FUNCTION vern_search_name(text) TO vern_app;
