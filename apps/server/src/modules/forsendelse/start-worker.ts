import type { Logger } from 'pino';
import type { Config } from '../../config/config.js';
import type { Database } from '../../platform/db/database.js';
import { dispatchServicesFor } from './dispatch-services.js';
import { startDispatchWorker, type DispatchWorker } from './dispatch-worker.js';

/**
 * Starts the outbox relay and status poller as the configuration says: null when this process is
 * not to run them (VERN_FORSENDELSE_RELAY=false) or no channels are configured (production
 * without VERN_FORSENDELSE_CHANNELS_URL: queued mail then waits, and the log says so).
 */
export function startForsendelseWorker(
  config: Config,
  database: Database,
  logger: Pick<Logger, 'error' | 'info' | 'debug' | 'warn'>,
): DispatchWorker | null {
  const s = config.forsendelse;
  if (!s.relay) return null;
  const { channels } = dispatchServicesFor(config);
  if (!channels) {
    logger.warn(
      { event: 'forsendelse-no-channels' },
      'no dispatch channels configured (VERN_FORSENDELSE_CHANNELS_URL): queued forsendelser wait',
    );
    return null;
  }
  return startDispatchWorker(database, logger, {
    channels,
    relay: {
      maxAttempts: s.maxAttempts,
      backoff: { baseMs: s.backoffBaseMs, maxMs: s.backoffMaxMs },
      leaseMs: s.leaseMs,
      batchSize: 50,
      concurrency: 4,
    },
    escalation: { afterDays: s.escalateAfterDays, resendAfterDays: s.resendAfterDays },
    relayEveryMs: s.relayEveryMs,
    pollEveryMs: s.pollEveryMs,
  });
}
