import type { EscalationSettings } from '@vern/domain';
import type { Logger } from 'pino';
import type { Database } from '../../platform/db/database.js';
import type { ChannelSet } from './channels/channel.js';
import { pollStatuses, type PollCounts } from './poll-status.js';
import { relayOutbox, type RelayCounts, type RelaySettings } from './relay-outbox.js';

export interface DispatchWorker {
  /** One relay round now (tests, shutdown); waits for a round already running. */
  relay(): Promise<RelayCounts>;
  /** One status round now, with escalation. */
  poll(): Promise<PollCounts>;
  stop(): Promise<void>;
}

export interface DispatchWorkerOptions {
  channels: ChannelSet;
  relay: RelaySettings;
  escalation: EscalationSettings;
  relayEveryMs: number;
  pollEveryMs: number;
  clock?: () => Date;
  random?: () => number;
}

/**
 * The server's background dispatch: the outbox relay every `relayEveryMs` (rounds until nothing is
 * due, at most ten in a tick) and the status poller with escalation every `pollEveryMs`. One round
 * of each at a time in this process; other processes may run their own (claims and leases keep
 * them apart). A failed round is logged (without personal data) and the next tick tries again.
 */
export function startDispatchWorker(
  database: Database,
  logger: Pick<Logger, 'error' | 'info' | 'debug'>,
  options: DispatchWorkerOptions,
): DispatchWorker {
  const deps = { database, channels: options.channels, clock: options.clock, random: options.random };
  let relaying: Promise<RelayCounts> | null = null;
  let polling: Promise<PollCounts> | null = null;
  let stopped = false;

  const relay = (): Promise<RelayCounts> => {
    relaying ??= (async () => {
      const total: RelayCounts = { claimed: 0, sent: 0, found: 0, retried: 0, dead: 0, fallback: 0, lost: 0 };
      for (let round = 0; round < 10 && !stopped; round++) {
        const c = await relayOutbox(deps, options.relay);
        for (const k of Object.keys(total) as (keyof RelayCounts)[]) total[k] += c[k];
        if (c.claimed === 0) break;
      }
      if (total.claimed > 0) logger.debug({ event: 'forsendelse-relay', ...total }, 'outbox relayed');
      return total;
    })().finally(() => {
      relaying = null;
    });
    return relaying;
  };
  const poll = (): Promise<PollCounts> => {
    polling ??= pollStatuses(deps, { batchSize: 200, escalation: options.escalation })
      .then((c) => {
        if (c.changed + c.notified + c.resent > 0)
          logger.debug({ event: 'forsendelse-status', ...c }, 'forsendelse statuses polled');
        return c;
      })
      .finally(() => {
        polling = null;
      });
    return polling;
  };

  const relayTimer = setInterval(() => {
    if (stopped) return;
    relay().catch((error: unknown) => {
      logger.error(
        { event: 'forsendelse-relay-failed', err: { name: (error as Error).name } },
        'the outbox relay round failed; retrying',
      );
    });
  }, options.relayEveryMs);
  const pollTimer = setInterval(() => {
    if (stopped) return;
    poll().catch((error: unknown) => {
      logger.error(
        { event: 'forsendelse-poll-failed', err: { name: (error as Error).name } },
        'the status poll failed; retrying',
      );
    });
  }, options.pollEveryMs);
  relayTimer.unref();
  pollTimer.unref();

  return {
    relay,
    poll,
    async stop() {
      stopped = true;
      clearInterval(relayTimer);
      clearInterval(pollTimer);
      await Promise.all([relaying?.catch(() => null), polling?.catch(() => null)]);
    },
  };
}
