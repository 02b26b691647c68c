/** Outbound dispatch: forsendelse, its documents, the outbox, attempts and events (0018). */
import type { ChannelStatus, ForsendelseChannel, ForsendelseStatus } from '@vern/domain';
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from './common.js';

/** A postal address for print, as SvarUt's postAdresse has it. Personal data. */
export interface PostalAddress {
  adresselinjer: string[];
  postnummer: string;
  poststed: string;
  land: string | null;
}

export interface ForsendelseTable {
  tenant_id: string;
  id: Generated<string>;
  sak_id: string | null;
  letter_id: string | null;
  created_by: string;
  created_at: CreatedAt;
  recipient_kind: 'person' | 'organisasjon';
  recipient_fnr: string | null;
  recipient_orgnr: string | null;
  recipient_name: string;
  recipient_address: ColumnType<PostalAddress | null, string | null, never>;
  title: string;
  notification_text: string;
  confidential: boolean;
  preferred_channel: ForsendelseChannel | null;
  status: ColumnType<ForsendelseStatus, ForsendelseStatus | undefined, ForsendelseStatus>;
  status_at: ColumnType<Date, Date | undefined, Date>;
  status_reason: string | null;
  sent_at: Date | null;
  delivered_at: Date | null;
  opened_at: Date | null;
  escalation_level: Generated<number>;
  escalated_at: Date | null;
}

export interface ForsendelseDocumentTable {
  tenant_id: string;
  forsendelse_id: string;
  position: number;
  filename: string;
  media_type: 'application/pdf';
  size_bytes: number;
  sha256: string;
  storage_key: string;
}

export type OutboxState = 'pending' | 'sent' | 'dead' | 'fallback';

export interface ForsendelseOutboxTable {
  tenant_id: string;
  id: Generated<string>;
  forsendelse_id: string;
  channel: ForsendelseChannel;
  state: Generated<OutboxState>;
  attempts: Generated<number>;
  next_attempt_at: Generated<Date>;
  lease_until: Date | null;
  lease_token: string | null;
  channel_ref: string | null;
  channel_status: ChannelStatus | null;
  last_error: string | null;
  created_at: CreatedAt;
  done_at: Date | null;
}

export type AttemptOutcome = 'sent' | 'found' | 'failed' | 'timeout' | 'refused';

export interface ForsendelseAttemptTable {
  tenant_id: string;
  id: Generated<string>;
  outbox_id: string;
  attempt: number;
  started_at: Date;
  finished_at: Date | null;
  outcome: AttemptOutcome | null;
  error: string | null;
}

export interface ForsendelseEventTable {
  tenant_id: string;
  id: Generated<string>;
  seq: ColumnType<number, never, never>;
  forsendelse_id: string;
  at: Date;
  kind: string;
  channel: ForsendelseChannel | null;
  detail: string | null;
  actor_id: string | null;
}

/** The tables of 0018, for the DB map in schema.ts. */
export interface ForsendelseTables {
  forsendelse: ForsendelseTable;
  forsendelse_document: ForsendelseDocumentTable;
  forsendelse_outbox: ForsendelseOutboxTable;
  forsendelse_attempt: ForsendelseAttemptTable;
  forsendelse_event: ForsendelseEventTable;
}
