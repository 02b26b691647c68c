/** The inbox (meldingsmottak) and the public form (0014, 0016). */
import type { ColumnType, Generated } from 'kysely';

export type InboxChannel =
  | 'fiks_io'
  | 'digitalt_skjema'
  | 'telefon'
  | 'brev'
  | 'e-post'
  | 'sms'
  | 'personlig_oppmote'
  | 'chat'
  | 'arkivsystem'
  | 'barnevernvakt'
  | 'annet';
export type InboxSource = 'fiks_io' | 'skjema' | 'manual';
export type InboxStatus = 'new' | 'quarantined' | 'registered' | 'linked' | 'not_melding';

/** 0014: meldingsmottak, one row per thing that arrived, kept as it came. */
export interface InboxItemTable {
  tenant_id: string;
  id: Generated<string>;
  channel: InboxChannel;
  source: InboxSource;
  idempotency_key: string;
  request_sha256: string;
  message_type: string;
  received_at: Date;
  recorded_at: Generated<Date>;
  recorded_by: string | null;
  raw_content: ColumnType<Uint8Array, Buffer, never>;
  raw_media_type: 'application/json' | 'text/plain' | 'application/octet-stream';
  parsed: ColumnType<unknown, string | null, never>;
  problems: ColumnType<unknown, string | null, never>;
  transport: ColumnType<Record<string, string>, string | undefined, never>;
  status: InboxStatus;
  needs_immediate_follow_up: Generated<boolean>;
  resolved_at: Date | null;
  resolved_by: string | null;
  not_melding_reason: string | null;
  /** 0022: a reply to a letter Vern sent, and that letter's case. */
  reply_to_forsendelse_id: ColumnType<string | null, string | null | undefined, never>;
  reply_sak_id: ColumnType<string | null, string | null | undefined, never>;
}

export interface InboxAttachmentTable {
  tenant_id: string;
  id: Generated<string>;
  item_id: string;
  filename: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  problem: string | null;
  added_by: string | null;
  added_at: Generated<Date>;
}

export interface InboxRegistrationTable {
  tenant_id: string;
  item_id: string;
  sak_id: string;
  melding_id: string;
  person_id: string;
  kind: 'new_case' | 'existing_case' | 'linked';
  created_by: string;
  created_at: Generated<Date>;
}

/** Migration 0016: a report sent with the public form (its receipt and what the reporter may be told). */
export interface PublicReportTable {
  tenant_id: string;
  item_id: string;
  reference: string;
  status_code_sha256: string;
  melder_kind: 'privat' | 'offentlig';
  lang: 'nb' | 'nn' | 'en';
}

export interface MelderFeedbackTable {
  tenant_id: string;
  item_id: string;
  status: 'received' | 'undersokelse' | 'no_undersokelse';
  channel: 'receipt' | 'status_page' | 'min_side';
  told_at: Generated<Date>;
}

/** Migration 0020: the verified identity of a reporter signed in with ID-porten (from the session). */
export interface PublicReportMelderTable {
  tenant_id: string;
  item_id: string;
  citizen_pid: string;
  identified_by: 'idporten';
  acr: string;
  name_verified: boolean;
  session_id: string;
}
