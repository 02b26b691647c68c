import { sql, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { DB } from '../../platform/db/schema.js';
import type { FlowSecrets, SignInKind } from '../../platform/auth/relying-party.js';

export interface StaffAccount {
  tenantId: string;
  staffUserId: string;
  active: boolean;
}

/** Every account with this sign-in name, in every service (vern_staff_login_lookup, 0003). */
export async function findStaffAccounts(database: Database, username: string): Promise<StaffAccount[]> {
  const { rows } = await sql<{ tenant_id: string; staff_user_id: string; active: boolean }>`
    SELECT tenant_id, staff_user_id, active FROM vern_staff_login_lookup(${username})`.execute(database.db);
  return rows.map((r) => ({ tenantId: r.tenant_id, staffUserId: r.staff_user_id, active: r.active }));
}

export async function saveFlow(
  database: Database,
  flow: {
    idHash: Buffer;
    kind: SignInKind;
    secrets: FlowSecrets;
    returnTo: string | null;
    now: Date;
    expiresAt: Date;
  },
): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    // Flows that were never finished are useless after they expire; sweep them as we go.
    await trx.deleteFrom('auth_flow').where('expires_at', '<', flow.now).execute();
    await trx
      .insertInto('auth_flow')
      .values({
        id_hash: flow.idHash,
        kind: flow.kind,
        state: flow.secrets.state,
        nonce: flow.secrets.nonce,
        code_verifier: flow.secrets.codeVerifier,
        return_to: flow.returnTo,
        created_at: flow.now,
        expires_at: flow.expiresAt,
      })
      .execute();
  });
}

/** Removes and returns a live flow of this kind: each flow can be used once. */
export async function takeFlow(
  database: Database,
  idHash: Buffer,
  kind: SignInKind,
  now: Date,
): Promise<{ secrets: FlowSecrets; returnTo: string | null } | undefined> {
  const row = await database.db
    .deleteFrom('auth_flow')
    .where('id_hash', '=', idHash)
    .returning(['kind', 'state', 'nonce', 'code_verifier', 'return_to', 'expires_at'])
    .executeTakeFirst();
  if (!row || row.kind !== kind || row.expires_at.getTime() <= now.getTime()) return undefined;
  return {
    secrets: { state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier },
    returnTo: row.return_to,
  };
}

/** The service and unit of a staff member, by name, for the session endpoint. */
export async function staffPlacement(
  trx: Transaction<DB>,
  staffUserId: string,
): Promise<
  { tenantId: string; tenantName: string; unitId: string | null; unitName: string | null } | undefined
> {
  const row = await trx
    .selectFrom('staff_user as s')
    .innerJoin('tenant as t', 't.id', 's.tenant_id')
    .leftJoin('unit as u', 'u.id', 's.unit_id')
    .select(['t.id as tenantId', 't.name as tenantName', 'u.id as unitId', 'u.name as unitName'])
    .where('s.id', '=', staffUserId)
    .executeTakeFirst();
  return row ?? undefined;
}

/** A staff account of the transaction's tenant; row-level security hides every other tenant's. */
export async function findStaffUser(
  trx: Transaction<DB>,
  staffUserId: string,
): Promise<{ id: string; active: boolean } | undefined> {
  return trx
    .selectFrom('staff_user')
    .select(['id', 'active'])
    .where('id', '=', staffUserId)
    .executeTakeFirst();
}
