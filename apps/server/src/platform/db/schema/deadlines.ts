/** Deadlines, absence and caseload (0012, 0017). */
import type { Generated, GeneratedAlways } from 'kysely';
import type { CreatedAt } from './common.js';

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
