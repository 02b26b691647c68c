import { sql, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

/** Where an entry of the communication log comes from. */
export type CommunicationSource = 'journal_note' | 'inbox_item' | 'forsendelse';

export interface CommunicationRow {
  source: CommunicationSource;
  id: string;
  direction: 'inn' | 'ut';
  /** telefon, mote, melding, annet (a note); the inbox channel (a report); svar (a reply); brev. */
  kind: string;
  /** When it happened: the day of a note, the receipt time of a report, the send time of a letter. */
  at: Date;
  /** A day only (a note of a call or meeting is dated, not timed). */
  dayOnly: boolean;
  title: string | null;
  counterpart: string | null;
  /** The inbox item's or the forsendelse's status; null for a note. */
  status: string | null;
  statusAt: Date | null;
  byName: string | null;
}

/**
 * One case's communication, in and out, whatever the channel, newest first: notes of phone calls,
 * meetings and messages (journal_note with a contact), what arrived in the inbox and was registered
 * on or linked to the case, replies to its letters (titled by the letter they answer), and every
 * forsendelse sent from it. One query, so the log is one
 * consistent picture; each part uses its own per-case index.
 */
export async function listCommunication(
  trx: Transaction<DB>,
  sakId: string,
  limit: number,
): Promise<CommunicationRow[]> {
  const { rows } = await sql<CommunicationRow>`
    SELECT * FROM (
      SELECT 'journal_note' AS source, n.id, n.contact_direction AS direction, n.contact_kind AS kind,
             CASE WHEN n.note_date = (n.created_at AT TIME ZONE 'Europe/Oslo')::date THEN n.created_at
                  ELSE (n.note_date + time '12:00') AT TIME ZONE 'Europe/Oslo' END AS at,
             n.note_date <> (n.created_at AT TIME ZONE 'Europe/Oslo')::date AS "dayOnly",
             n.title, n.contact_counterpart AS counterpart, NULL::text AS status,
             NULL::timestamptz AS "statusAt", a.display_name AS "byName"
        FROM journal_note n JOIN staff_user a ON a.id = n.author_id
       WHERE n.sak_id = ${sakId} AND n.contact_kind IS NOT NULL
      UNION ALL
      SELECT DISTINCT ON (i.id) 'inbox_item', i.id, 'inn', i.channel::text, i.received_at, false,
             NULL, NULL, i.status::text, i.resolved_at, NULL
        FROM inbox_registration r JOIN inbox_item i ON i.id = r.item_id
       WHERE r.sak_id = ${sakId} AND i.reply_sak_id IS DISTINCT FROM ${sakId}
      UNION ALL
      SELECT 'inbox_item', i.id, 'inn', 'svar', i.received_at, false, f.title,
             i.parsed -> 'melder' ->> 'name', i.status::text, i.resolved_at, NULL
        FROM inbox_item i JOIN forsendelse f ON f.id = i.reply_to_forsendelse_id
       WHERE i.reply_sak_id = ${sakId}
      UNION ALL
      SELECT 'forsendelse', f.id, 'ut', 'brev', f.created_at, false, f.title, f.recipient_name,
             f.status, f.status_at, s.display_name
        FROM forsendelse f JOIN staff_user s ON s.id = f.created_by
       WHERE f.sak_id = ${sakId}
    ) c
    ORDER BY c.at DESC, c.id
    LIMIT ${limit}`.execute(trx);
  return rows;
}
