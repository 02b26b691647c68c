import { retryDelayMs, type BackoffSettings } from '@vern/domain';
import { recordAudit, SYSTEM_ACTOR } from '../../platform/audit/audit.js';
import type { Database } from '../../platform/db/database.js';
import { databaseDocumentStore, type DocumentStore } from '../journal/document-store.js';
import { ChannelError, type ChannelSet, type OutgoingMessage, type SendResult } from './channels/channel.js';
import {
  addEvent,
  claimDue,
  DocumentIntegrityError,
  finishAttempt,
  hasPostalAddress,
  loadMessage,
  moveStatus,
  notifySender,
  queueOnChannel,
  settleOutbox,
  tenantsWithWork,
  type ClaimedRow,
} from './forsendelse.queries.js';

export interface RelaySettings {
  /** Attempts per outbox row before it becomes a dead letter. */
  maxAttempts: number;
  backoff: BackoffSettings;
  /** How long a claim holds a row; longer than a channel call may take (the HTTP timeout). */
  leaseMs: number;
  /** Rows claimed per service and round. */
  batchSize: number;
  /** Sends in flight at once in this process. */
  concurrency: number;
}

export interface RelayDeps {
  database: Database;
  channels: ChannelSet;
  store?: DocumentStore;
  clock?: () => Date;
  random?: () => number;
}

export interface RelayCounts {
  claimed: number;
  sent: number;
  found: number;
  retried: number;
  dead: number;
  fallback: number;
  /** Outcomes not recorded because the lease had run out and another relay had the row. */
  lost: number;
}

type Outcome =
  | SendResult
  | { kind: 'found'; channelRef: string }
  | { kind: 'error'; timeout: boolean; message: string }
  /** The last attempt failed and the channel then confirmed it does not have the message. */
  | { kind: 'gave_up'; message: string }
  | { kind: 'broken'; reason: string };

/**
 * Rounds of looking up after the last attempt when the channel does not answer even that: only a
 * channel that says it does not have the message makes a dead letter; after these rounds it is one
 * anyway, with a reason that says it may have arrived.
 */
export const VERIFY_ROUNDS = 10;

const empty = (): RelayCounts => ({
  claimed: 0,
  sent: 0,
  found: 0,
  retried: 0,
  dead: 0,
  fallback: 0,
  lost: 0,
});

/**
 * One round of the relay over every service with due outbox rows: claim, send outside any
 * transaction, record. Safe to run in any number of processes at once (see claimDue). A row whose
 * outcome may be unknown (any earlier attempt) is first looked up at the channel by our reference
 * (the forsendelse id), and only sent when the channel does not have it: a retry never sends twice.
 */
export async function relayOutbox(deps: RelayDeps, settings: RelaySettings): Promise<RelayCounts> {
  const clock = deps.clock ?? (() => new Date());
  const counts = empty();
  const tenants = await tenantsWithWork(deps.database.db, clock());
  for (const tenantId of tenants) {
    const claims = await deps.database.withTenant(tenantId, (trx) =>
      claimDue(trx, clock(), settings.batchSize, settings.leaseMs),
    );
    counts.claimed += claims.length;
    let next = 0;
    const worker = async () => {
      while (next < claims.length) {
        const claim = claims[next++];
        if (claim) await relayOne(deps, settings, tenantId, claim, counts);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, settings.concurrency) }, worker));
  }
  return counts;
}

async function attempt(
  deps: RelayDeps,
  settings: RelaySettings,
  tenantId: string,
  claim: ClaimedRow,
): Promise<Outcome> {
  let message: OutgoingMessage;
  try {
    message = await deps.database.withTenant(tenantId, (trx) =>
      loadMessage(trx, tenantId, claim.forsendelseId, deps.store ?? databaseDocumentStore),
    );
  } catch (error) {
    if (error instanceof DocumentIntegrityError)
      return {
        kind: 'broken',
        reason: 'Et dokument stemmer ikke med kontrollsummen fra da det ble lagt i kø.',
      };
    throw error;
  }
  const channel = deps.channels[claim.channel];
  const failed = (error: unknown): Outcome =>
    error instanceof ChannelError
      ? { kind: 'error', timeout: error.kind === 'timeout', message: error.message }
      : { kind: 'error', timeout: false, message: 'unexpected failure in the channel adapter' };
  try {
    if (claim.attempts > 1) {
      // An earlier attempt may have reached the channel (a timeout, a lost answer, a crash).
      const channelRef = await channel.findByReference(message.reference);
      if (channelRef) return { kind: 'found', channelRef };
      // Past the last attempt only to learn whether the last one arrived: it did not.
      if (claim.attempts > settings.maxAttempts)
        return { kind: 'gave_up', message: 'the channel confirmed it does not have the message' };
    }
  } catch (error) {
    return failed(error);
  }
  try {
    return await channel.send(message);
  } catch (error) {
    // After the last attempt the row comes back once more, after the backoff, only to look the
    // message up (above): a dead letter only when the channel confirms it did not get it. Not at
    // once: a request that timed out may still be on its way in.
    return failed(error);
  }
}

async function relayOne(
  deps: RelayDeps,
  settings: RelaySettings,
  tenantId: string,
  claim: ClaimedRow,
  counts: RelayCounts,
): Promise<void> {
  const clock = deps.clock ?? (() => new Date());
  const random = deps.random ?? Math.random;
  const outcome = await attempt(deps, settings, tenantId, claim);
  const ch = claim.channel;
  const fid = claim.forsendelseId;
  await deps.database.withTenant(tenantId, async (trx) => {
    const now = clock();
    const deadLetter = async (reason: string) => {
      await moveStatus(trx, fid, 'dead_letter', now, reason);
      await addEvent(trx, tenantId, fid, now, 'dead_letter', ch, reason);
      await notifySender(trx, tenantId, fid, 'forsendelse_dead_letter');
      counts.dead++;
    };
    switch (outcome.kind) {
      case 'sent':
      case 'found': {
        await finishAttempt(trx, claim, now, outcome.kind, null);
        if (
          !(await settleOutbox(trx, claim, now, {
            state: 'sent',
            channelRef: outcome.channelRef,
            lastError: null,
          }))
        ) {
          counts.lost++;
          return;
        }
        await moveStatus(trx, fid, ch === 'print' ? 'paper' : 'sent', now);
        await addEvent(
          trx,
          tenantId,
          fid,
          now,
          'sent',
          ch,
          outcome.kind === 'found'
            ? 'Kanalen hadde den allerede fra et tidligere forsøk; ikke sendt på nytt.'
            : null,
        );
        const f = await trx
          .selectFrom('forsendelse')
          .select('sak_id')
          .where('id', '=', fid)
          .executeTakeFirstOrThrow();
        await recordAudit(trx, SYSTEM_ACTOR(tenantId), {
          action: 'send',
          objectType: 'forsendelse',
          objectId: fid,
          sakId: f.sak_id,
          fields: ['forsendelse.recipient', 'forsendelse.documents'],
        });
        counts[outcome.kind === 'found' ? 'found' : 'sent']++;
        return;
      }
      case 'refused': {
        await finishAttempt(trx, claim, now, 'refused', outcome.reason);
        const state = outcome.fallback ? 'fallback' : 'dead';
        if (!(await settleOutbox(trx, claim, now, { state, lastError: outcome.reason }))) {
          counts.lost++;
          return;
        }
        await addEvent(trx, tenantId, fid, now, 'refused', ch, outcome.reason);
        if (outcome.fallback && ch !== 'print' && (await hasPostalAddress(trx, fid))) {
          await queueOnChannel(trx, tenantId, fid, 'print', now);
          await addEvent(trx, tenantId, fid, now, 'fallback_paper', 'print', outcome.reason);
          counts.fallback++;
          return;
        }
        await deadLetter(
          outcome.fallback
            ? `${outcome.reason} Det finnes ingen postadresse å sende papirbrev til.`
            : outcome.reason,
        );
        return;
      }
      case 'broken': {
        await finishAttempt(trx, claim, now, 'failed', outcome.reason);
        if (!(await settleOutbox(trx, claim, now, { state: 'dead', lastError: outcome.reason }))) {
          counts.lost++;
          return;
        }
        await deadLetter(outcome.reason);
        return;
      }
      case 'gave_up': {
        await finishAttempt(trx, claim, now, 'failed', outcome.message);
        if (!(await settleOutbox(trx, claim, now, { state: 'dead', lastError: outcome.message }))) {
          counts.lost++;
          return;
        }
        await deadLetter(
          `Ga opp etter ${Math.min(claim.attempts, settings.maxAttempts)} forsøk; kanalen tok ikke imot forsendelsen.`,
        );
        return;
      }
      case 'error': {
        await finishAttempt(trx, claim, now, outcome.timeout ? 'timeout' : 'failed', outcome.message);
        const reason = outcome.timeout ? 'kanalen svarte ikke i tide' : 'kanalen svarte med feil';
        if (claim.attempts >= settings.maxAttempts + VERIFY_ROUNDS) {
          if (!(await settleOutbox(trx, claim, now, { state: 'dead', lastError: outcome.message }))) {
            counts.lost++;
            return;
          }
          await deadLetter(
            `Ga opp etter ${claim.attempts} forsøk; ${reason}. Det er usikkert om den kom fram: sjekk med mottakeren.`,
          );
          return;
        }
        const wait = retryDelayMs(claim.attempts, settings.backoff, random());
        const at = new Date(now.getTime() + wait);
        if (
          !(await settleOutbox(trx, claim, now, {
            state: 'pending',
            lastError: outcome.message,
            nextAttemptAt: at,
          }))
        ) {
          counts.lost++;
          return;
        }
        await addEvent(
          trx,
          tenantId,
          fid,
          now,
          'retry_scheduled',
          ch,
          claim.attempts < settings.maxAttempts
            ? `Forsøk ${claim.attempts} mislyktes: ${reason}. Nytt forsøk ${at.toISOString()}.`
            : `Forsøk ${claim.attempts} mislyktes: ${reason}. Før den gis opp, sjekker Vern ${at.toISOString()} om kanalen likevel fikk den.`,
        );
        counts.retried++;
        return;
      }
      default: {
        const unreachable: never = outcome;
        throw new Error(`unknown outcome ${String(unreachable)}`);
      }
    }
  });
}
