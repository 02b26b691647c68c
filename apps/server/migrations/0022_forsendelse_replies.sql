-- A reply to a letter Vern sent (issue 7: "inbound replies on the same thread land in the intake
-- inbox linked to the case"). It arrives like everything else, as an inbox item kept as it came,
-- and names the forsendelse it answers (the thread: our forsendelse id, SvarUt's eksternReferanse);
-- the case is taken from that forsendelse, so the reply shows in the case's communication log and
-- its sender is told. Both are facts of arrival: written once, with the item.

ALTER TABLE inbox_item
  ADD COLUMN reply_to_forsendelse_id uuid,
  ADD COLUMN reply_sak_id uuid,
  ADD CONSTRAINT inbox_item_reply_thread FOREIGN KEY (tenant_id, reply_to_forsendelse_id)
    REFERENCES forsendelse (tenant_id, id),
  ADD CONSTRAINT inbox_item_reply_case FOREIGN KEY (tenant_id, reply_sak_id) REFERENCES sak (tenant_id, id),
  ADD CONSTRAINT inbox_item_reply_case_needs_thread CHECK (reply_sak_id IS NULL OR reply_to_forsendelse_id IS NOT NULL);
COMMENT ON COLUMN inbox_item.reply_to_forsendelse_id IS 'For a reply to a letter Vern sent: the forsendelse it answers (the thread).';
COMMENT ON COLUMN inbox_item.reply_sak_id IS 'For a reply: the case of the forsendelse it answers, so the reply is in that case''s communication log.';
CREATE INDEX inbox_item_replies_by_case ON inbox_item (tenant_id, reply_sak_id) WHERE reply_sak_id IS NOT NULL;

-- The thread is a fact of arrival, like the content: kept as it came.
CREATE OR REPLACE FUNCTION vern_inbox_item_kept() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF NEW.raw_content IS DISTINCT FROM OLD.raw_content OR NEW.received_at IS DISTINCT FROM OLD.received_at
       OR NEW.channel IS DISTINCT FROM OLD.channel OR NEW.idempotency_key IS DISTINCT FROM OLD.idempotency_key
       OR NEW.request_sha256 IS DISTINCT FROM OLD.request_sha256 OR NEW.parsed IS DISTINCT FROM OLD.parsed
       OR NEW.problems IS DISTINCT FROM OLD.problems
       OR NEW.reply_to_forsendelse_id IS DISTINCT FROM OLD.reply_to_forsendelse_id
       OR NEW.reply_sak_id IS DISTINCT FROM OLD.reply_sak_id THEN
      RAISE EXCEPTION 'what arrived in the inbox is kept as it came' USING ERRCODE = 'restrict_violation';
    END IF;
    IF OLD.status NOT IN ('new', 'quarantined') THEN
      RAISE EXCEPTION 'an inbox item is resolved once' USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
  END
  $$;
