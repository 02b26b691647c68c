/** The audit log and the security events outside any service (0002, 0005, 0015). */
import type { ColumnType, Generated } from 'kysely';

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
