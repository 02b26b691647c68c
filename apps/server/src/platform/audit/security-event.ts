import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';

export interface SecurityEvent {
  /** own_report_read: a citizen asked «Min side» for a report that is not theirs (or none). */
  event: 'sign_in' | 'sign_out' | 'own_report_read';
  actorKind: 'staff' | 'citizen';
  outcome: 'allowed' | 'denied' | 'failed';
  /** A code, e.g. unknown_user or acr_too_low. */
  problem?: string;
  sessionId?: string | null;
  /** What the person typed or claimed; stored only as a short hash. */
  subject?: string;
  requestId?: string | null;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Short, for correlating repeated attempts; not a secret (a fødselsnummer hash can be guessed). */
export function subjectHash(value: string): string {
  return createHash('sha256').update(`vern-security-event:${value}`).digest('hex').slice(0, 16);
}

/** Appends one security event outside any tenant (see migration 0005). */
export async function recordSecurityEvent(db: Kysely<DB> | Transaction<DB>, e: SecurityEvent): Promise<void> {
  await db
    .insertInto('security_event')
    .values({
      event: e.event,
      actor_kind: e.actorKind,
      outcome: e.outcome,
      problem: e.problem ?? null,
      session_id: e.sessionId ?? null,
      subject_hash: e.subject === undefined ? null : subjectHash(e.subject),
      request_id: e.requestId && REQUEST_ID.test(e.requestId) ? e.requestId : null,
    })
    .execute();
}
