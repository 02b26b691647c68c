import { StaffRole, type Actor, type StaffActor } from '@vern/domain';
import { sql, type Transaction } from 'kysely';
import { recordAudit } from '../audit/audit.js';
import { recordSecurityEvent } from '../audit/security-event.js';
import type { Database } from '../db/database.js';
import type { DB, SessionRevokedReason } from '../db/schema.js';
import { hashToken, randomToken } from './secrets.js';

/** What session handling needs besides the database: one clock and the two limits. */
export interface SessionContext {
  /** Milliseconds since the epoch; Date.now in the server, a movable clock in tests. */
  clock: () => number;
  settings: { idleMs: number; absoluteMs: number };
}

export type SessionSubject =
  | { kind: 'staff'; tenantId: string; staffUserId: string }
  | { kind: 'citizen'; pid: string; acr: string; name?: string | undefined };

export interface NewSession {
  sessionId: string;
  /** The cookie value. Returned once, never stored. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export interface ResolvedSession {
  id: string;
  tokenHash: Buffer;
  csrfToken: string;
  createdAt: Date;
  expiresAt: Date;
  /** When the session ends if nothing more happens in it (last request + idle limit). */
  idleExpiresAt: Date;
  actor: Actor;
}

export class SessionRefused extends Error {
  override name = 'SessionRefused';
}

/** last_seen_at is written at most this often, so a busy session does not write on every request. */
const TOUCH_INTERVAL_MS = 60_000;

type Trx = Transaction<DB>;

/** A transaction in which row-level security shows the session with this hash (and no other). */
function asSessionHolder<T>(database: Database, hash: Buffer, fn: (trx: Trx) => Promise<T>): Promise<T> {
  return database.db.transaction().execute(async (trx) => {
    await sql`SELECT set_config('vern.session_hash', ${hash.toString('hex')}, true)`.execute(trx);
    return fn(trx);
  });
}

/** A transaction in which row-level security shows this citizen's sessions (and no one else's). */
function asCitizen<T>(database: Database, pid: string, fn: (trx: Trx) => Promise<T>): Promise<T> {
  if (!/^[0-9]{11}$/.test(pid)) throw new SessionRefused('a citizen is identified by 11 digits');
  return database.db.transaction().execute(async (trx) => {
    await sql`SELECT set_config('vern.citizen_pid', ${pid}, true)`.execute(trx);
    return fn(trx);
  });
}

async function loadStaffActor(
  trx: Trx,
  staffUserId: string,
  sessionId: string,
): Promise<StaffActor | undefined> {
  const user = await trx
    .selectFrom('staff_user')
    .select(['id', 'tenant_id', 'username', 'display_name', 'unit_id', 'active'])
    .where('id', '=', staffUserId)
    .executeTakeFirst();
  if (!user?.active) return undefined;
  const roles = await trx
    .selectFrom('staff_role')
    .select('role')
    .where('staff_user_id', '=', staffUserId)
    .execute();
  return {
    kind: 'staff',
    tenantId: user.tenant_id,
    staffUserId: user.id,
    username: user.username,
    displayName: user.display_name,
    roles: roles.flatMap((r) => {
      const role = StaffRole.safeParse(r.role);
      return role.success ? [role.data] : [];
    }),
    unitId: user.unit_id,
    sessionId,
  };
}

/**
 * Starts a new session for someone the identity provider has just vouched for. The only way a
 * session comes to exist: the sign-in callback calls it, and so do the tests' sign-in helpers.
 * Always a fresh random id, whatever cookie the browser had before (no session fixation). A staff
 * session requires an active account and writes a sign_in audit row in the same transaction.
 */
export async function createSession(
  database: Database,
  context: SessionContext,
  subject: SessionSubject,
  options: { requestId?: string | null } = {},
): Promise<NewSession> {
  const token = randomToken();
  const csrfToken = randomToken();
  const now = new Date(context.clock());
  const expiresAt = new Date(now.getTime() + context.settings.absoluteMs);
  const row = {
    id_hash: hashToken(token),
    csrf_token: csrfToken,
    created_at: now,
    last_seen_at: now,
    expires_at: expiresAt,
  };
  switch (subject.kind) {
    case 'staff': {
      const sessionId = await database.withTenant(subject.tenantId, async (trx) => {
        const { id } = await trx
          .insertInto('auth_session')
          .values({ ...row, kind: 'staff', tenant_id: subject.tenantId, staff_user_id: subject.staffUserId })
          .returning('id')
          .executeTakeFirstOrThrow();
        const actor = await loadStaffActor(trx, subject.staffUserId, id);
        if (!actor) throw new SessionRefused('the staff account is unknown or deactivated');
        await recordAudit(
          trx,
          {
            tenantId: actor.tenantId,
            kind: 'staff',
            actorId: actor.staffUserId,
            roles: [...actor.roles],
            unitId: actor.unitId,
            sessionId: id,
          },
          { action: 'sign_in', objectType: 'session', objectId: id },
          options.requestId ?? null,
        );
        return id;
      });
      return { sessionId, token, csrfToken, expiresAt };
    }
    case 'citizen': {
      // A citizen belongs to no tenant: the sign-in is recorded as a security event, in the same transaction.
      const { id } = await asCitizen(database, subject.pid, async (trx) => {
        const created = await trx
          .insertInto('auth_session')
          .values({
            ...row,
            kind: 'citizen',
            citizen_pid: subject.pid,
            acr: subject.acr,
            citizen_name: subject.name ?? null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordSecurityEvent(trx, {
          event: 'sign_in',
          actorKind: 'citizen',
          outcome: 'allowed',
          sessionId: created.id,
          requestId: options.requestId ?? null,
        });
        return created;
      });
      return { sessionId: id, token, csrfToken, expiresAt };
    }
    default: {
      const unreachable: never = subject;
      throw new Error(`unknown session subject ${String(unreachable)}`);
    }
  }
}

function expiryOf(row: { expires_at: Date; last_seen_at: Date }, now: Date, context: SessionContext) {
  if (now.getTime() >= row.expires_at.getTime()) return 'expired' as const;
  if (now.getTime() >= row.last_seen_at.getTime() + context.settings.idleMs) return 'idle' as const;
  return undefined;
}

async function markRevoked(trx: Trx, id: string, reason: SessionRevokedReason, now: Date): Promise<void> {
  await trx
    .updateTable('auth_session')
    .set({ revoked_at: now, revoked_reason: reason })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

async function touch(trx: Trx, row: { id: string; last_seen_at: Date }, now: Date): Promise<Date> {
  if (now.getTime() - row.last_seen_at.getTime() < TOUCH_INTERVAL_MS) return row.last_seen_at;
  await trx.updateTable('auth_session').set({ last_seen_at: now }).where('id', '=', row.id).execute();
  return now;
}

/**
 * The live session a cookie value names, with its actor, or undefined. A session past its
 * absolute or idle limit, or of a staff account that is deactivated, is revoked on the spot, so
 * that it cannot come back if the clock or the account changes again.
 */
export async function resolveSession(
  database: Database,
  context: SessionContext,
  token: string,
): Promise<ResolvedSession | undefined> {
  const tokenHash = hashToken(token);
  const now = new Date(context.clock());
  const row = await asSessionHolder(database, tokenHash, async (trx) => {
    const found = await trx
      .selectFrom('auth_session')
      .selectAll()
      .where('id_hash', '=', tokenHash)
      .executeTakeFirst();
    if (!found || found.revoked_at) return undefined;
    const expired = expiryOf(found, now, context);
    if (expired) {
      await markRevoked(trx, found.id, expired, now);
      return undefined;
    }
    if (found.kind === 'citizen') return { ...found, last_seen_at: await touch(trx, found, now) };
    return found;
  });
  if (!row) return undefined;
  const base = {
    id: row.id,
    tokenHash,
    csrfToken: row.csrf_token,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
  const idleEnd = (lastSeen: Date) =>
    new Date(Math.min(lastSeen.getTime() + context.settings.idleMs, row.expires_at.getTime()));
  if (row.kind === 'citizen') {
    if (!row.citizen_pid) return undefined;
    return {
      ...base,
      idleExpiresAt: idleEnd(row.last_seen_at),
      actor: {
        kind: 'citizen',
        pid: row.citizen_pid,
        acr: row.acr ?? '',
        ...(row.citizen_name ? { name: row.citizen_name } : {}),
        sessionId: row.id,
      },
    };
  }
  const { tenant_id: tenantId, staff_user_id: staffUserId } = row;
  if (!tenantId || !staffUserId) return undefined;
  return database.withTenant(tenantId, async (trx) => {
    const actor = await loadStaffActor(trx, staffUserId, row.id);
    if (!actor) {
      await markRevoked(trx, row.id, 'user_deactivated', now);
      return undefined;
    }
    const lastSeen = await touch(trx, row, now);
    return { ...base, idleExpiresAt: idleEnd(lastSeen), actor };
  });
}

/** Ends one session (sign-out, or a new sign-in in the same browser). */
export async function revokeSession(
  database: Database,
  session: Pick<ResolvedSession, 'id' | 'tokenHash'>,
  reason: SessionRevokedReason,
  now: Date,
): Promise<void> {
  await asSessionHolder(database, session.tokenHash, (trx) => markRevoked(trx, session.id, reason, now));
}

/** Ends every live session of one staff account; runs in that account's tenant transaction. */
export async function revokeStaffSessions(
  trx: Trx,
  staffUserId: string,
  reason: SessionRevokedReason,
  now: Date,
): Promise<number> {
  const rows = await trx
    .updateTable('auth_session')
    .set({ revoked_at: now, revoked_reason: reason })
    .where('kind', '=', 'staff')
    .where('staff_user_id', '=', staffUserId)
    .where('revoked_at', 'is', null)
    .returning('id')
    .execute();
  return rows.length;
}

/** Ends every live session of one citizen. */
export async function revokeCitizenSessions(
  database: Database,
  pid: string,
  reason: SessionRevokedReason,
  now: Date,
): Promise<number> {
  return asCitizen(database, pid, async (trx) => {
    const rows = await trx
      .updateTable('auth_session')
      .set({ revoked_at: now, revoked_reason: reason })
      .where('kind', '=', 'citizen')
      .where('citizen_pid', '=', pid)
      .where('revoked_at', 'is', null)
      .returning('id')
      .execute();
    return rows.length;
  });
}
