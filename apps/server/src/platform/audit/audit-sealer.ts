import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '../db/schema.js';
import { sealAuditChains } from './audit.js';

export interface AuditSealer {
  /** Seals what is pending now and waits for it; used by shutdown and by tests. */
  flush(): Promise<number>;
  /** Stops the timer and seals what is left. */
  stop(): Promise<void>;
}

/**
 * Chains the audit rows requests have written, every `intervalMs` (one second by default), so the
 * chain is never more than a moment behind. A failed run is logged and retried on the next tick:
 * the rows stay committed and pending, so nothing is lost, only sealed later.
 */
export function startAuditSealer(
  db: Kysely<DB>,
  logger: Pick<Logger, 'error' | 'debug'>,
  options: { intervalMs?: number } = {},
): AuditSealer {
  const intervalMs = options.intervalMs ?? 1000;
  let running: Promise<number> | null = null;
  let stopped = false;

  const run = (): Promise<number> => {
    // One run at a time in this process; a tick that finds one running waits for it.
    running ??= sealAuditChains(db)
      .then((n) => {
        if (n > 0) logger.debug({ event: 'audit-sealed', rows: n }, 'audit rows sealed');
        return n;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  const timer = setInterval(() => {
    if (stopped) return;
    run().catch((error: unknown) => {
      logger.error({ event: 'audit-seal-failed', err: error }, 'sealing the audit chain failed; retrying');
    });
  }, intervalMs);
  timer.unref();

  return {
    flush: run,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => 0);
      await run();
    },
  };
}
