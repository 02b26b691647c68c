/** Sign-in flows and sessions (0003). */
import type { ColumnType, Generated } from 'kysely';

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
  /** Migration 0020: the name the identity provider gave a citizen, or null. */
  citizen_name: ColumnType<string | null, string | null | undefined, never>;
  csrf_token: ColumnType<string, string, never>;
  created_at: ColumnType<Date, Date, never>;
  last_seen_at: Date;
  expires_at: ColumnType<Date, Date, never>;
  revoked_at: Date | null;
  revoked_reason: SessionRevokedReason | null;
}

export type SessionRevokedReason =
  'logout' | 'logout_everywhere' | 'forced' | 'idle' | 'expired' | 'user_deactivated' | 'replaced';
