import type { Actor } from '@vern/domain';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';

/** What happened, in ids and names only: an audit row never holds personal data. */
export interface AuditEvent {
  action: string;
  objectType: string;
  objectId?: string | null;
  sakId?: string | null;
  personId?: string | null;
  fields?: string[];
  outcome?: 'allowed' | 'denied' | 'failed';
  emergency?: boolean;
  breakGlassId?: string | null;
}

/** Who acted: a staff member or citizen in a session, or the system itself. */
export interface AuditActor {
  tenantId: string;
  kind: 'staff' | 'citizen' | 'system';
  actorId: string | null;
  roles: string[];
  unitId: string | null;
  sessionId: string | null;
}

export function auditActorOf(
  actor: Actor,
  tenantId: string,
  citizenPersonId: string | null = null,
): AuditActor {
  switch (actor.kind) {
    case 'staff':
      return {
        tenantId,
        kind: 'staff',
        actorId: actor.staffUserId,
        roles: [...actor.roles],
        unitId: actor.unitId,
        sessionId: actor.sessionId,
      };
    case 'citizen':
      return {
        tenantId,
        kind: 'citizen',
        actorId: citizenPersonId,
        roles: [],
        unitId: null,
        sessionId: actor.sessionId,
      };
    default: {
      const unreachable: never = actor;
      throw new Error(`unknown actor ${String(unreachable)}`);
    }
  }
}

export const SYSTEM_ACTOR = (tenantId: string): AuditActor => ({
  tenantId,
  kind: 'system',
  actorId: null,
  roles: [],
  unitId: null,
  sessionId: null,
});

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Appends audit rows in the caller's transaction, so the rows commit exactly when the action does
 * and a failing insert fails the action. Must run inside a tenant transaction (row-level security).
 * The rows are chained (numbered and hashed) afterwards by sealAuditChains, so a request never
 * waits for another request's audit rows (migration 0015 says why).
 */
export async function recordAudit(
  trx: Transaction<DB>,
  actor: AuditActor,
  events: AuditEvent | AuditEvent[],
  requestId: string | null = null,
): Promise<void> {
  const list = Array.isArray(events) ? events : [events];
  if (list.length === 0) return;
  await trx
    .insertInto('audit_event')
    .values(
      list.map((e) => ({
        tenant_id: actor.tenantId,
        actor_kind: actor.kind,
        actor_id: actor.actorId,
        actor_roles: actor.roles,
        actor_unit_id: actor.unitId,
        session_id: actor.sessionId,
        action: e.action,
        outcome: e.outcome ?? 'allowed',
        object_type: e.objectType,
        object_id: e.objectId ?? null,
        sak_id: e.sakId ?? null,
        person_id: e.personId ?? null,
        fields: e.fields ?? [],
        emergency: e.emergency ?? false,
        break_glass_id: e.breakGlassId ?? null,
        request_id: requestId && REQUEST_ID.test(requestId) ? requestId : null,
      })),
    )
    .execute();
}

/**
 * Chains every tenant's pending audit rows, oldest first: returns how many rows were sealed. Runs as
 * the app role through vern_audit_seal(), which does its work as the log's owner. Sealers of one
 * tenant wait for each other, so it is safe to run from several servers at once.
 */
export async function sealAuditChains(db: Kysely<DB>, options: { batch?: number } = {}): Promise<number> {
  const batch = options.batch ?? 50_000;
  const pending = await sql<{ tenant_id: string }>`SELECT tenant_id FROM vern_audit_pending()`.execute(db);
  let sealed = 0;
  for (const { tenant_id } of pending.rows) {
    for (;;) {
      const { rows } = await sql<{
        n: number;
      }>`SELECT vern_audit_seal(${tenant_id}::uuid, ${batch}) AS n`.execute(db);
      const n = Number(rows[0]?.n ?? 0);
      sealed += n;
      if (n < batch) break;
    }
  }
  return sealed;
}

/** How many audit rows wait to be sealed, and the oldest one's time, over all tenants. */
export async function pendingAudit(db: Kysely<DB>): Promise<{ rows: number; oldest: Date | null }> {
  const { rows } = await sql<{ rows: string | number; oldest: Date | null }>`
    SELECT coalesce(sum(rows), 0) AS rows, min(oldest) AS oldest FROM vern_audit_pending()`.execute(db);
  return { rows: Number(rows[0]?.rows ?? 0), oldest: rows[0]?.oldest ?? null };
}

export interface ChainBreak {
  seq: number;
  id: string;
  problem: 'hash_mismatch' | 'prev_hash_mismatch' | 'seq_gap' | 'tail_missing';
}

/**
 * Walks one tenant's sealed chain and returns the first broken row, or undefined when intact.
 * Recomputes each hash with the same SQL function the sealer uses, checks each link to the previous
 * row and the numbering, and compares the end of the chain with the head the sealer keeps. Rows not
 * yet sealed are counted as pending; seal first (sealAuditChains) to verify everything written.
 */
export async function verifyAuditChain(
  trx: Transaction<DB>,
  tenantId: string,
): Promise<{ rows: number; pending: number; firstBreak?: ChainBreak }> {
  const { rows } = await sql<{
    seq: number;
    id: string;
    ok_hash: boolean;
    ok_link: boolean;
    prev_seq: number | null;
  }>`
    SELECT seq, id,
           hash = vern_audit_hash(a) AS ok_hash,
           prev_hash = coalesce(lag(hash) OVER w, sha256(convert_to('vern-audit-genesis:' || tenant_id, 'UTF8'))) AS ok_link,
           lag(seq) OVER w AS prev_seq
      FROM audit_event a
     WHERE tenant_id = ${tenantId} AND seq IS NOT NULL
    WINDOW w AS (ORDER BY seq)
     ORDER BY seq`.execute(trx);
  const counted = await sql<{ n: string | number }>`
    SELECT count(*) AS n FROM audit_event WHERE tenant_id = ${tenantId} AND seq IS NULL`.execute(trx);
  const pending = Number(counted.rows[0]?.n ?? 0);
  const result = verifyRows(rows);
  if (result) return { rows: rows.length, pending, firstBreak: result };
  const head = await sql<{ seq: number }>`SELECT seq FROM vern_audit_head(${tenantId}::uuid)`.execute(trx);
  const headSeq = Number(head.rows[0]?.seq ?? 0);
  const lastSeq = Number(rows.at(-1)?.seq ?? 0);
  if (headSeq !== lastSeq) {
    return {
      rows: rows.length,
      pending,
      firstBreak: { seq: lastSeq + 1, id: '(missing)', problem: 'tail_missing' },
    };
  }
  return { rows: rows.length, pending };
}

function verifyRows(
  rows: { seq: number; id: string; ok_hash: boolean; ok_link: boolean; prev_seq: number | null }[],
): ChainBreak | undefined {
  for (const r of rows) {
    const expectedSeq = (r.prev_seq ?? 0) + 1;
    if (Number(r.seq) !== expectedSeq) return { seq: Number(r.seq), id: r.id, problem: 'seq_gap' };
    if (!r.ok_hash) return { seq: Number(r.seq), id: r.id, problem: 'hash_mismatch' };
    if (!r.ok_link) return { seq: Number(r.seq), id: r.id, problem: 'prev_hash_mismatch' };
  }
  return undefined;
}
