import { osloDateTime } from '@vern/domain';
import type { Logger } from 'pino';
import type { Database } from '../../platform/db/database.js';
import { runDailyDeadlines } from './daily-run.js';

export interface DailySchedule {
  /** Runs the daily steps now if they are due and have not run today; true when they ran. */
  tick(): Promise<boolean>;
  stop(): Promise<void>;
}

/**
 * Runs the daily deadline steps (stale rows, notices, escalation, caseload snapshot) once a day at
 * `atMinute` minutes after midnight, Oslo time, and at start when today's run is due and this
 * process has not done it. Each step is idempotent, so a restart or a second server running the
 * same day adds nothing. A failed run is logged and tried again at the next check (every minute).
 */
export function startDailySchedule(
  database: Database,
  logger: Pick<Logger, 'info' | 'error'>,
  options: { atMinute: number; clock?: () => Date; checkEveryMs?: number; ranToday?: boolean },
): DailySchedule {
  const clock = options.clock ?? (() => new Date());
  // A server that has just seeded the demo ran today's steps in the seed: not again at start.
  let lastRunDay: string | null = options.ranToday
    ? (osloDateTime(clock().toISOString())?.date ?? null)
    : null;
  let running: Promise<boolean> | null = null;
  let stopped = false;

  const tick = (): Promise<boolean> => {
    running ??= (async () => {
      const now = clock();
      const oslo = osloDateTime(now.toISOString());
      if (!oslo || stopped || oslo.date === lastRunDay) return false;
      const minute = Number(oslo.time.slice(0, 2)) * 60 + Number(oslo.time.slice(3, 5));
      if (minute < options.atMinute) return false;
      const results = await runDailyDeadlines(database, now);
      lastRunDay = oslo.date;
      for (const r of results)
        logger.info({ event: 'daily-deadlines', ...r }, 'daily deadline run finished for a service');
      return true;
    })().finally(() => {
      running = null;
    });
    return running;
  };

  const check = () => {
    tick().catch((error: unknown) => {
      logger.error(
        { event: 'daily-deadlines-failed', err: error },
        'the daily deadline run failed; retrying',
      );
    });
  };
  const first = setTimeout(check, 0);
  const timer = setInterval(check, options.checkEveryMs ?? 60_000);
  first.unref();
  timer.unref();

  return {
    tick,
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running?.catch(() => false);
    },
  };
}
