import type { ColumnType, Generated, GeneratedAlways } from 'kysely';

/** Kysely's view of the tables; each migration that adds a table adds its interface here. */
export interface DB {
  tenant: TenantTable;
  unit: UnitTable;
  staff_user: StaffUserTable;
  staff_role: StaffRoleTable;
  person: PersonTable;
  person_address: PersonAddressTable;
  sak: SakTable;
  case_co_worker: CaseCoWorkerTable;
  case_block: CaseBlockTable;
  break_glass_grant: BreakGlassGrantTable;
  notification: NotificationTable;
  audit_event: AuditEventTable;
  security_event: SecurityEventTable;
  auth_flow: AuthFlowTable;
  auth_session: AuthSessionTable;
  journal_counter: JournalCounterTable;
  case_event: CaseEventTable;
  melding_detail: MeldingDetailTable;
  vedtak_delegation: VedtakDelegationTable;
  vedtak_proposal: VedtakProposalTable;
  person_relation: PersonRelationTable;
  name_token: NameTokenTable;
  person_name_token: PersonNameTokenTable;
  journal_note: JournalNoteTable;
  document: DocumentTable;
  document_content: DocumentContentTable;
  deadline: DeadlineTable;
  staff_absence: StaffAbsenceTable;
  caseload_snapshot: CaseloadSnapshotTable;
  inbox_item: InboxItemTable;
  inbox_attachment: InboxAttachmentTable;
  inbox_registration: InboxRegistrationTable;
  public_report: PublicReportTable;
  melder_feedback: MelderFeedbackTable;
}

type CreatedAt = ColumnType<Date, never, never>;

export interface TenantTable {
  id: string;
  slug: string;
  name: string;
  kind: 'kommune' | 'bydel' | 'interkommunal';
  kommunenummer: string;
  bydelsnummer: string | null;
  bydelsnavn: string | null;
  organisasjonsnummer: string | null;
  innsynslogg_shows_staff_names: Generated<boolean>;
  created_at: CreatedAt;
  /** 0012: escalation lead in days, and notice lead in days per deadline kind. */
  deadline_escalation_days: Generated<number>;
  deadline_notice_days: ColumnType<Record<string, number>, string | undefined, string>;
}

export interface UnitTable {
  id: Generated<string>;
  tenant_id: string;
  name: string;
  created_at: CreatedAt;
}

export interface StaffUserTable {
  id: Generated<string>;
  tenant_id: string;
  username: string;
  display_name: string;
  unit_id: string | null;
  active: Generated<boolean>;
  created_at: CreatedAt;
}

export interface StaffRoleTable {
  tenant_id: string;
  staff_user_id: string;
  role: string;
}

export interface PersonTable {
  id: Generated<string>;
  tenant_id: string;
  fodselsnummer: string | null;
  given_name: string;
  family_name: string;
  birth_date: string | null;
  address_protection: Generated<'ingen' | 'fortrolig' | 'strengt_fortrolig' | 'strengt_fortrolig_utland'>;
  duf_nummer: string | null;
  kjonn: '0' | '1' | '2' | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  /** 0007: generated from the names by vern_search_name. */
  search_name: GeneratedAlways<string>;
}

export interface PersonAddressTable {
  person_id: string;
  tenant_id: string;
  street: string;
  postal_code: string;
  postal_place: string;
  municipality: string | null;
  updated_at: Generated<Date>;
}

export interface SakTable {
  id: Generated<string>;
  tenant_id: string;
  child_person_id: string;
  unit_id: string;
  caseworker_id: string | null;
  status: Generated<'open' | 'closed'>;
  created_at: CreatedAt;
  /** Set by a trigger from journal_counter when not given. */
  journalnummer: Generated<string>;
  start_date: Generated<string>;
  end_date: string | null;
  /** packages/domain CaseHistory without Personalia; NULL before the first step. */
  history: ColumnType<unknown, string | null, string | null> | null;
  version: Generated<number>;
  updated_at: Generated<Date>;
  /** 0009: the controls' findings as last computed, valid while findings_key matches. */
  findings: ColumnType<unknown, string | null, string | null> | null;
  findings_key: string | null;
  /** 0012: the version the deadline rows were computed from. */
  deadlines_version: number | null;
}

export interface CaseCoWorkerTable {
  tenant_id: string;
  sak_id: string;
  staff_user_id: string;
  added_at: CreatedAt;
}

export interface CaseBlockTable {
  tenant_id: string;
  sak_id: string;
  staff_user_id: string;
  created_by: string;
  created_at: CreatedAt;
}

export interface BreakGlassGrantTable {
  id: Generated<string>;
  tenant_id: string;
  sak_id: string;
  staff_user_id: string;
  reason: string;
  granted_at: Generated<Date>;
  expires_at: Date;
  reviewed_by: string | null;
  reviewed_at: Date | null;
}

export interface NotificationTable {
  id: Generated<string>;
  tenant_id: string;
  recipient_id: string;
  kind: string;
  sak_id: string | null;
  ref_id: string | null;
  created_at: CreatedAt;
  read_at: Date | null;
  /** 0012: kind:deadline-id:day for the daily run's notifications (idempotent). */
  dedup_key: string | null;
}

/**
 * The app role writes what happened; the database sets occurred_at, and vern_audit_seal() sets seq,
 * prev_hash and hash later (empty until then). The app role may not write those four columns.
 */
export interface AuditEventTable {
  tenant_id: string;
  seq: ColumnType<number | null, never, never>;
  id: Generated<string>;
  occurred_at: ColumnType<Date, never, never>;
  actor_kind: 'staff' | 'citizen' | 'system';
  actor_id: string | null;
  actor_roles: Generated<string[]>;
  actor_unit_id: string | null;
  session_id: string | null;
  action: string;
  outcome: Generated<'allowed' | 'denied' | 'failed'>;
  object_type: string;
  object_id: string | null;
  sak_id: string | null;
  person_id: string | null;
  fields: Generated<string[]>;
  emergency: Generated<boolean>;
  break_glass_id: string | null;
  request_id: string | null;
  prev_hash: ColumnType<Uint8Array | null, never, never>;
  hash: ColumnType<Uint8Array | null, never, never>;
}

/** A pending OpenID Connect sign-in (0003_sessions.sql); deleted when the callback uses it. */
export interface AuthFlowTable {
  id_hash: Uint8Array;
  kind: 'staff' | 'citizen';
  state: string;
  nonce: string;
  code_verifier: string;
  return_to: string | null;
  created_at: Date;
  expires_at: Date;
}

/** A session (0003_sessions.sql). Only last_seen_at and the revocation columns may change. */
export interface AuthSessionTable {
  id: Generated<string>;
  id_hash: ColumnType<Uint8Array, Uint8Array, never>;
  kind: ColumnType<'staff' | 'citizen', 'staff' | 'citizen', never>;
  tenant_id: ColumnType<string | null, string | null, never>;
  staff_user_id: ColumnType<string | null, string | null, never>;
  citizen_pid: ColumnType<string | null, string | null, never>;
  acr: ColumnType<string | null, string | null, never>;
  csrf_token: ColumnType<string, string, never>;
  created_at: ColumnType<Date, Date, never>;
  last_seen_at: Date;
  expires_at: ColumnType<Date, Date, never>;
  revoked_at: Date | null;
  revoked_reason: SessionRevokedReason | null;
}

export type SessionRevokedReason =
  'logout' | 'logout_everywhere' | 'forced' | 'idle' | 'expired' | 'user_deactivated' | 'replaced';

export interface SecurityEventTable {
  id: Generated<string>;
  occurred_at: Generated<Date>;
  event: string;
  actor_kind: 'staff' | 'citizen';
  outcome: 'allowed' | 'denied' | 'failed';
  problem: string | null;
  session_id: string | null;
  subject_hash: string | null;
  request_id: string | null;
}

/** 0006_case_process.sql */
export interface JournalCounterTable {
  tenant_id: string;
  year: number;
  last_number: number;
}

/** A step taken in a case (append-only). */
export interface CaseEventTable {
  tenant_id: string;
  sak_id: string;
  seq: number;
  id: Generated<string>;
  type: string;
  dato: string;
  command: ColumnType<unknown, string, never>;
  actor_id: string | null;
  recorded_at: Generated<Date>;
}

export type MeldingChannel =
  | 'telefon'
  | 'brev'
  | 'e-post'
  | 'personlig_oppmote'
  | 'digitalt_skjema'
  | 'fiks_io'
  | 'sms'
  | 'chat'
  | 'barnevernvakt'
  | 'annet';

export interface MeldingDetailTable {
  tenant_id: string;
  sak_id: string;
  melding_id: string;
  received_at: Date;
  channel: MeldingChannel;
  content: string;
  melder_name: string | null;
  anonymous: Generated<boolean>;
  needs_immediate_follow_up: Generated<boolean>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface VedtakDelegationTable {
  id: Generated<string>;
  tenant_id: string;
  lov: 'BVL' | 'BVL2021' | 'BL1981';
  kapittel: string | null;
  paragraf: string | null;
  role: string | null;
  staff_user_id: string | null;
  granted_by: string | null;
  granted_at: Generated<Date>;
  revoked_at: Date | null;
}

export interface VedtakProposalTable {
  id: Generated<string>;
  tenant_id: string;
  sak_id: string;
  command: ColumnType<unknown, string, never>;
  begrunnelse: string;
  proposed_by: string;
  proposed_at: Generated<Date>;
  status: Generated<'proposed' | 'decided' | 'returned' | 'withdrawn'>;
  decided_by: string | null;
  decided_at: Date | null;
  return_reason: string | null;
  event_seq: number | null;
}

/** 0008_journal.sql */
export type JournalStepType =
  | 'Melding'
  | 'Undersokelse'
  | 'Vedtak'
  | 'Tiltak'
  | 'Plan'
  | 'Ettervern'
  | 'OversendelseFylkesnemnd'
  | 'Flytting';

/** A journal note (journalnotat); immutable, so no column can be updated. */
export interface JournalNoteTable {
  tenant_id: string;
  id: Generated<string>;
  sak_id: string;
  note_date: string;
  title: string;
  body: string;
  step_type: JournalStepType | null;
  step_id: string | null;
  corrects_note_id: string | null;
  author_id: string;
  created_at: CreatedAt;
}

export type DocumentScanStatus = 'pending' | 'clean' | 'infected' | 'not_scanned';

/** A document's metadata; the bytes are in the document store under storage_key. */
export interface DocumentTable {
  tenant_id: string;
  id: Generated<string>;
  sak_id: string;
  title: string;
  filename: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  document_date: string;
  step_type: JournalStepType | null;
  step_id: string | null;
  uploaded_by: string;
  uploaded_at: Generated<Date>;
  scan_status: DocumentScanStatus;
  storage_key: string;
}

/** The database document store's bytes. */
export interface DocumentContentTable {
  tenant_id: string;
  storage_key: string;
  content: Uint8Array;
  stored_at: CreatedAt;
}

/** 0007_persons.sql */
export interface PersonRelationTable {
  id: Generated<string>;
  tenant_id: string;
  person_id: string;
  related_person_id: string;
  kind:
    | 'mor'
    | 'far'
    | 'medmor'
    | 'forelder'
    | 'foresatt'
    | 'fosterforelder'
    | 'sosken'
    | 'besteforelder'
    | 'annen';
  parental_responsibility: Generated<boolean>;
  lives_with: Generated<boolean>;
  start_date: string | null;
  end_date: string | null;
  created_by: string;
  created_at: CreatedAt;
  ended_by: string | null;
}

/** 0011: the words of folded names, kept by a trigger on person (read-only for the app). */
export interface NameTokenTable {
  tenant_id: string;
  token: string;
}

export interface PersonNameTokenTable {
  tenant_id: string;
  token: string;
  person_id: string;
}

/** 0012: a case's statutory deadlines as packages/domain computed them. */
export interface DeadlineTable {
  tenant_id: string;
  id: Generated<string>;
  sak_id: string;
  item_id: string;
  kind: string;
  rule_id: string;
  legal_reference: string;
  element_type: string;
  element_id: string;
  start_date: string;
  due_date: string;
  status: 'open' | 'met' | 'met-late' | 'missed';
  completed_date: string | null;
  ssb_due_date: string | null;
  explanation: string;
  owner_id: string | null;
  unit_id: string;
  computed_on: string;
  updated_at: Generated<Date>;
}

export type AbsenceKind = 'sick_leave' | 'holiday' | 'course' | 'other';

export interface StaffAbsenceTable {
  tenant_id: string;
  id: Generated<string>;
  staff_user_id: string;
  kind: AbsenceKind;
  starts_on: string;
  expected_end_on: string | null;
  registered_by: string;
  created_at: CreatedAt;
}

export interface CaseloadSnapshotTable {
  tenant_id: string;
  day: string;
  unit_id: string;
  caseworker_id: string | null;
  caseworker_key: GeneratedAlways<string>;
  open_cases: number;
  open_deadlines: number;
  overdue_deadlines: number;
}

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
  channel: 'receipt' | 'status_page';
  told_at: Generated<Date>;
}
