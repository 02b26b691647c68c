-- The public concern-report form (issue 6): a report sent from the citizen portal is an inbox item
-- like any other (channel digitalt_skjema, source skjema, the browser's idempotency key, the body as
-- it came); this table adds what only the form has: the reference number the reporter was given,
-- the hash of the status code they keep, and what they may be told later (tilbakemelding til
-- melder), with a row each time they were told something new, so the service can show that it
-- gave the feedback the Act requires.

CREATE TABLE public_report (
  tenant_id uuid NOT NULL,
  item_id uuid NOT NULL,
  reference text NOT NULL CHECK (reference ~ '^BM-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$'),
  status_code_sha256 text NOT NULL CHECK (status_code_sha256 ~ '^[0-9a-f]{64}$'),
  melder_kind text NOT NULL CHECK (melder_kind IN ('privat', 'offentlig')),
  lang text NOT NULL CHECK (lang IN ('nb', 'nn', 'en')),
  PRIMARY KEY (tenant_id, item_id),
  UNIQUE (tenant_id, reference),
  FOREIGN KEY (tenant_id, item_id) REFERENCES inbox_item (tenant_id, id)
);
COMMENT ON TABLE public_report IS 'A report sent with Vern''s public form: the receipt''s reference number and what the reporter may be told. The report itself is the inbox item (raw_content). Ids and codes only.';
COMMENT ON COLUMN public_report.reference IS 'The reference number on the receipt (BM-XXXX-XXXX, Crockford base 32), which the reporter quotes; unique per service.';
COMMENT ON COLUMN public_report.status_code_sha256 IS 'SHA-256 of the status code the reporter''s browser made and the reporter keeps with the reference number; the code itself is never stored.';
COMMENT ON COLUMN public_report.melder_kind IS 'privat or offentlig (a professional with a duty to report): an offentlig melder is also told whether an undersøkelse was opened.';
COMMENT ON COLUMN public_report.lang IS 'The language the report was written in (nb, nn, en): the receipt and the feedback use it.';

CREATE TABLE melder_feedback (
  tenant_id uuid NOT NULL,
  item_id uuid NOT NULL,
  status text NOT NULL CHECK (status IN ('received', 'undersokelse', 'no_undersokelse')),
  channel text NOT NULL CHECK (channel IN ('receipt', 'status_page')),
  told_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, item_id, status),
  FOREIGN KEY (tenant_id, item_id) REFERENCES public_report (tenant_id, item_id)
);
COMMENT ON TABLE melder_feedback IS 'Tilbakemelding til melder: each status a reporter was told, once, when and through which channel (the receipt at sending, the status page later). Never case content.';

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['public_report', 'melder_feedback'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I TO vern_app USING (tenant_id = vern_current_tenant()) WITH CHECK (tenant_id = vern_current_tenant())',
      t);
  END LOOP;
END
$$;

-- What was reported and what the reporter was told are never changed or deleted.
GRANT SELECT, INSERT ON public_report, melder_feedback TO vern_app;
