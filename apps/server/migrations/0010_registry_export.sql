-- The national registry export (issue 8): SSB Barnevern_v4.xsd files, one per child's case, made for
-- a whole service as a total export or as the changes since an earlier export.
--
-- Each export keeps, per case, what it sent: the file's Id (the next change file names it as
-- ForrigeId), a hash of the Sak and Avgiver as written (a change export sends a case only when it
-- differs) and the ids of its elements (an element sent before and absent now goes out as Slettet).
-- The zip offered for download is kept in parts of about 1 MiB, written as it is made and read back
-- the same way, so neither making nor serving it holds the whole file in memory.

ALTER TABLE tenant ADD COLUMN kommunenavn text CHECK (length(kommunenavn) BETWEEN 1 AND 250);
COMMENT ON COLUMN tenant.kommunenavn IS 'The (host) municipality''s name, as the registry''s Avgiver/@Kommunenavn needs it. When NULL the export uses the service''s name and says so in its result.';

CREATE TABLE registry_export (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  seq bigint GENERATED ALWAYS AS IDENTITY,
  kind text NOT NULL CHECK (kind IN ('total', 'changes')),
  changes_since uuid,
  via text NOT NULL CHECK (via IN ('api', 'cli')),
  started_by uuid,
  started_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  finished_at timestamptz,
  status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'ready', 'refused', 'failed')),
  file_count integer NOT NULL DEFAULT 0 CHECK (file_count >= 0),
  element_counts jsonb NOT NULL DEFAULT '{}',
  finding_counts jsonb NOT NULL DEFAULT '{}',
  validation text CHECK (validation IN ('passed', 'failed', 'unavailable')),
  problems jsonb NOT NULL DEFAULT '[]',
  zip_bytes bigint CHECK (zip_bytes >= 0),
  zip_sha256 text CHECK (zip_sha256 ~ '^[0-9a-f]{64}$'),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (seq),
  FOREIGN KEY (tenant_id, changes_since) REFERENCES registry_export (tenant_id, id),
  FOREIGN KEY (tenant_id, started_by) REFERENCES staff_user (tenant_id, id),
  CHECK ((kind = 'changes') = (changes_since IS NOT NULL)),
  CHECK ((status = 'running') = (finished_at IS NULL))
);
COMMENT ON TABLE registry_export IS 'One export to the national child welfare registry: when, by whom, what kind, counts per element, findings per severity, how many files, whether they validated against the XSD. Only ids and counts.';
COMMENT ON COLUMN registry_export.seq IS 'Order of exports; a change export compares with the newest file of each case in exports up to the one it names.';
COMMENT ON COLUMN registry_export.changes_since IS 'For a change export, the export it continues from (ForrigeId and Slettet are relative to what was sent up to it).';
COMMENT ON COLUMN registry_export.via IS 'api: from the staff app (started_by is the staff member); cli: vern export registry on the server (started_by NULL).';
COMMENT ON COLUMN registry_export.status IS 'running; ready (every file validated, or xmllint was unavailable, see validation); refused (a file did not validate: nothing is offered); failed (the run stopped on an error).';
COMMENT ON COLUMN registry_export.element_counts IS 'Files written per top-level element type, e.g. {"Sak": 300, "Melding": 412, "Slettet": 2}.';
COMMENT ON COLUMN registry_export.finding_counts IS 'Findings of the registry''s single-case controls over the exported cases, per severity.';
COMMENT ON COLUMN registry_export.validation IS 'passed, failed, or unavailable when xmllint or the XSD was not found (the result says which).';
COMMENT ON COLUMN registry_export.problems IS 'Why files did not validate (case id, line, element, reason; values removed) and notices such as a missing kommunenavn. No personal data.';
CREATE UNIQUE INDEX registry_export_one_running ON registry_export (tenant_id) WHERE status = 'running';

CREATE TABLE registry_export_child (
  tenant_id uuid NOT NULL,
  export_id uuid NOT NULL,
  sak_id uuid NOT NULL,
  document_id uuid NOT NULL,
  sak_version integer NOT NULL CHECK (sak_version >= 0),
  content_sha256 text NOT NULL CHECK (content_sha256 ~ '^[0-9a-f]{64}$'),
  elements jsonb NOT NULL,
  PRIMARY KEY (tenant_id, export_id, sak_id),
  UNIQUE (tenant_id, document_id),
  FOREIGN KEY (tenant_id, export_id) REFERENCES registry_export (tenant_id, id),
  FOREIGN KEY (tenant_id, sak_id) REFERENCES sak (tenant_id, id)
);
COMMENT ON TABLE registry_export_child IS 'What one export sent for one case: the file''s Id, the case version, a hash of its content and the ids of its elements. Ids and hashes only.';
COMMENT ON COLUMN registry_export_child.document_id IS 'The Barnevern/@Id of the file; the next change file for the case carries it as ForrigeId.';
COMMENT ON COLUMN registry_export_child.content_sha256 IS 'SHA-256 of the Avgiver and Sak elements as written (not the file''s Id or time): equal means nothing to send.';
COMMENT ON COLUMN registry_export_child.elements IS 'The top-level elements sent, as [{"type": "Melding", "id": "<uuid>"}, ...]: what a later file marks Slettet when the case no longer has it.';
CREATE INDEX registry_export_child_by_sak ON registry_export_child (tenant_id, sak_id);

CREATE TABLE registry_export_part (
  tenant_id uuid NOT NULL,
  export_id uuid NOT NULL,
  part integer NOT NULL CHECK (part >= 0),
  bytes bytea NOT NULL CHECK (octet_length(bytes) BETWEEN 1 AND 16777216),
  PRIMARY KEY (tenant_id, export_id, part),
  FOREIGN KEY (tenant_id, export_id) REFERENCES registry_export (tenant_id, id)
);
COMMENT ON TABLE registry_export_part IS 'The zip of a ready export, in order, in parts of about 1 MiB. Personal data (the files hold fødselsnummer): served only to those who may export, and every download is audited.';
-- Zip members are deflated already.
ALTER TABLE registry_export_part ALTER COLUMN bytes SET STORAGE EXTERNAL;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['registry_export', 'registry_export_child', 'registry_export_part'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I TO vern_app USING (tenant_id = vern_current_tenant()) WITH CHECK (tenant_id = vern_current_tenant())',
      t);
  END LOOP;
END
$$;

-- An export is finished once (status, counts); what it sent and its zip are written once.
GRANT SELECT, INSERT, UPDATE ON registry_export TO vern_app;
GRANT SELECT, INSERT ON registry_export_child, registry_export_part TO vern_app;
