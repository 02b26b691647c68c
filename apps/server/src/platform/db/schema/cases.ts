/** The case (sak) and its process: steps, melding details, delegation and proposals (0002, 0006). */
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from './common.js';

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
