/** Who may see a case beyond its caseworker, and what they are told (0002). */
import type { Generated } from 'kysely';
import type { CreatedAt } from './common.js';

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
