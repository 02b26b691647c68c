-- Statutory deadlines, worklists, absence and redistribution (issue 5).
--
-- The rules are pure functions in packages/domain (explainDeadlines). Their result for a case is
-- kept here as rows, rewritten in the same transaction as every change of the case (a step, a new
-- caseworker, a corrected birth date), so worklists are one indexed query. Only open/met/met-late/
-- missed is stored: "overdue" is an open row whose due day has passed, derived when read.

ALTER TABLE tenant ADD COLUMN deadline_escalation_days integer NOT NULL DEFAULT 3
  CHECK (deadline_escalation_days BETWEEN 0 AND 60);
COMMENT ON COLUMN tenant.deadline_escalation_days IS
  'A case whose owner is absent (or that has none) escalates to the unit''s leader when a deadline is due within this many days.';
ALTER TABLE tenant ADD COLUMN deadline_notice_days jsonb NOT NULL
  DEFAULT '{"melding": 2, "undersokelse": 14, "default": 7}'
  CHECK (jsonb_typeof(deadline_notice_days) = 'object');
COMMENT ON COLUMN tenant.deadline_notice_days IS
  'Days before a due day the owner is told a deadline approaches, by deadline kind (melding, undersokelse, plan, ettervern, besok, vedtak) with "default" for the rest.';

ALTER TABLE sak ADD COLUMN deadlines_version integer;
COMMENT ON COLUMN sak.deadlines_version IS
  'The case version its deadline rows were computed from (NULL: never). The daily run recomputes cases where it differs from version.';

CREATE TABLE deadline (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  sak_id uuid NOT NULL,
  item_id text NOT NULL CHECK (length(item_id) BETWEEN 1 AND 300),
  kind text NOT NULL CHECK (kind IN ('melding', 'undersokelse', 'plan', 'ettervern', 'besok', 'vedtak')),
  rule_id text NOT NULL CHECK (rule_id ~ '^[a-z-]{2,60}$'),
  legal_reference text NOT NULL CHECK (length(legal_reference) BETWEEN 1 AND 200),
  element_type text NOT NULL CHECK (element_type ~ '^[A-Za-z]{2,60}$'),
  element_id text NOT NULL CHECK (length(element_id) BETWEEN 1 AND 100),
  start_date date NOT NULL,
  due_date date NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'met', 'met-late', 'missed')),
  completed_date date,
  ssb_due_date date,
  explanation text NOT NULL,
  owner_id uuid,
  unit_id uuid NOT NULL,
  computed_on date NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, sak_id, item_id),
  FOREIGN KEY (tenant_id, sak_id) REFERENCES sak (tenant_id, id),
  FOREIGN KEY (tenant_id, owner_id) REFERENCES staff_user (tenant_id, id),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES unit (tenant_id, id)
);
COMMENT ON TABLE deadline IS 'Each statutory deadline of a case as explainDeadlines computed it, rewritten in the transaction of every change of the case. Case data: read only through the access gateway.';
COMMENT ON COLUMN deadline.item_id IS 'The stable key of the deadline in packages/domain (rule, element, and what within it); the row id stays while the key does.';
COMMENT ON COLUMN deadline.status IS 'open (overdue when due_date < today, derived when read), met, met-late or missed.';
COMMENT ON COLUMN deadline.explanation IS 'Why this is a deadline, in Norwegian, as computed on computed_on.';
COMMENT ON COLUMN deadline.owner_id IS 'The case''s caseworker (NULL: with intake or the unit); moves with the case.';
COMMENT ON COLUMN deadline.unit_id IS 'The case''s unit; moves with the case.';
CREATE INDEX deadline_owner_open ON deadline (tenant_id, owner_id, due_date) WHERE status = 'open';
CREATE INDEX deadline_unit_open ON deadline (tenant_id, unit_id, due_date) WHERE status = 'open';
CREATE INDEX deadline_open_due ON deadline (tenant_id, due_date) WHERE status = 'open';

CREATE TABLE staff_absence (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  staff_user_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('sick_leave', 'holiday', 'course', 'other')),
  starts_on date NOT NULL,
  expected_end_on date,
  registered_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, staff_user_id) REFERENCES staff_user (tenant_id, id),
  FOREIGN KEY (tenant_id, registered_by) REFERENCES staff_user (tenant_id, id),
  CHECK (expected_end_on IS NULL OR expected_end_on >= starts_on)
);
COMMENT ON TABLE staff_absence IS 'A staff member''s absence (sick leave, holiday, course): only the kind and the days, never a reason or diagnosis. Registering one never changes anyone''s access.';
COMMENT ON COLUMN staff_absence.expected_end_on IS 'The last day of the absence as expected; NULL while unknown.';
CREATE INDEX staff_absence_staff ON staff_absence (tenant_id, staff_user_id, starts_on);

CREATE TABLE caseload_snapshot (
  tenant_id uuid NOT NULL,
  day date NOT NULL,
  unit_id uuid NOT NULL,
  caseworker_id uuid,
  caseworker_key uuid GENERATED ALWAYS AS (coalesce(caseworker_id, '00000000-0000-0000-0000-000000000000')) STORED,
  open_cases integer NOT NULL CHECK (open_cases >= 0),
  open_deadlines integer NOT NULL CHECK (open_deadlines >= 0),
  overdue_deadlines integer NOT NULL CHECK (overdue_deadlines >= 0),
  PRIMARY KEY (tenant_id, day, unit_id, caseworker_key),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES unit (tenant_id, id),
  FOREIGN KEY (tenant_id, caseworker_id) REFERENCES staff_user (tenant_id, id)
);
COMMENT ON TABLE caseload_snapshot IS 'Open cases and deadlines per unit and caseworker (NULL: unassigned) as the daily run saw them. Counts only.';

ALTER TABLE notification ADD COLUMN dedup_key text CHECK (dedup_key ~ '^[a-z_]{2,60}:[0-9a-f-]{36}:[0-9]{4}-[0-9]{2}-[0-9]{2}$');
COMMENT ON COLUMN notification.dedup_key IS 'For notifications made by the daily run: kind, deadline id and day, so a rerun the same day adds nothing.';
CREATE UNIQUE INDEX notification_dedup ON notification (tenant_id, recipient_id, dedup_key) WHERE dedup_key IS NOT NULL;
CREATE INDEX notification_unread ON notification (tenant_id, recipient_id) WHERE read_at IS NULL;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['deadline', 'staff_absence', 'caseload_snapshot'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I TO vern_app USING (tenant_id = vern_current_tenant()) WITH CHECK (tenant_id = vern_current_tenant())',
      t);
  END LOOP;
END
$$;
GRANT SELECT, INSERT, UPDATE, DELETE ON deadline TO vern_app;
GRANT SELECT, INSERT ON staff_absence TO vern_app;
GRANT SELECT, INSERT, UPDATE ON caseload_snapshot TO vern_app;
