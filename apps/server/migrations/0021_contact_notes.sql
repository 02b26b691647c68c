-- A phone call, a meeting or a message exchanged outside Vern's own channels is written down as a
-- journal note that also says which kind of contact it was, which way it went and with whom, so the
-- case's communication log (issue 7) shows it beside the letters sent and the reports received.
-- Journal notes stay immutable: these columns are written once, with the note.

ALTER TABLE journal_note
  ADD COLUMN contact_kind text CHECK (contact_kind IN ('telefon', 'mote', 'melding', 'annet')),
  ADD COLUMN contact_direction text CHECK (contact_direction IN ('inn', 'ut')),
  ADD COLUMN contact_counterpart text CHECK (length(contact_counterpart) BETWEEN 1 AND 200),
  ADD CONSTRAINT journal_note_contact_complete CHECK (
    (contact_kind IS NULL) = (contact_direction IS NULL)
    AND (contact_kind IS NULL) = (contact_counterpart IS NULL)
  );
COMMENT ON COLUMN journal_note.contact_kind IS 'For a note of a contact: telefon, mote (meeting), melding (a message outside Vern, e.g. SMS) or annet; NULL for other notes.';
COMMENT ON COLUMN journal_note.contact_direction IS 'inn: the other party made contact; ut: the service did.';
COMMENT ON COLUMN journal_note.contact_counterpart IS 'Who the contact was with, in the author''s words (e.g. "mor", "helsesykepleier"). Personal data: never logged or audited.';
CREATE INDEX journal_note_contacts ON journal_note (tenant_id, sak_id) WHERE contact_kind IS NOT NULL;
