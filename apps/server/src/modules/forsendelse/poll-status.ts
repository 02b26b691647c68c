import { statusOfChannelStatus, type ChannelStatus, type EscalationSettings } from '@vern/domain';
import type { Database } from '../../platform/db/database.js';
import { ChannelError, type ChannelSet, type ChannelStatusReport } from './channels/channel.js';
import { escalateUnopened } from './escalate-unopened.js';
import {
  addEvent,
  hasPostalAddress,
  moveStatus,
  notifySender,
  queueOnChannel,
  tenantsWithWork,
} from './forsendelse.queries.js';

/** Channel statuses after which nothing more will happen to a message. */
const POLL_FOR_DAYS = 90;

const FINAL: ChannelStatus[] = ['LEST', 'PRINTET', 'IKKE_LEVERT', 'AVVIST'];

export interface PollCounts {
  checked: number;
  changed: number;
  notified: number;
  resent: number;
}

/**
 * Asks the channels for the status of what they have (oldest first, `batchSize` per service and
 * round) and records each change: the outbox row's channel status, an event with the channel's
 * time, and the forsendelse's status (forward only). A message the channel could not deliver
 * (IKKE_LEVERT, AVVIST) goes out on paper when there is an address, else the sender is told.
 * Then unopened confidential mail is escalated. A channel that does not answer is asked next round.
 */
export async function pollStatuses(
  deps: { database: Database; channels: ChannelSet; clock?: () => Date },
  settings: { batchSize: number; escalation: EscalationSettings },
): Promise<PollCounts> {
  const clock = deps.clock ?? (() => new Date());
  const counts: PollCounts = { checked: 0, changed: 0, notified: 0, resent: 0 };
  for (const tenantId of await tenantsWithWork(deps.database.db, clock())) {
    const rows = await deps.database.withTenant(tenantId, (trx) =>
      trx
        .selectFrom('forsendelse_outbox')
        .select(['id', 'forsendelse_id', 'channel', 'channel_ref', 'channel_status', 'done_at'])
        .where('state', '=', 'sent')
        .where((eb) => eb.or([eb('channel_status', 'is', null), eb('channel_status', 'not in', FINAL)]))
        // A read receipt that has not come in 90 days will not come (escalation went to paper long ago).
        .where('done_at', '>', new Date(clock().getTime() - POLL_FOR_DAYS * 86_400_000))
        .orderBy('done_at')
        .limit(settings.batchSize)
        .execute(),
    );
    for (const row of rows) {
      if (!row.channel_ref) continue;
      let report: ChannelStatusReport;
      try {
        report = await deps.channels[row.channel].status(row.channel_ref);
      } catch (error) {
        if (error instanceof ChannelError) continue;
        throw error;
      }
      counts.checked++;
      if (report.status === row.channel_status) continue;
      await deps.database.withTenant(tenantId, async (trx) => {
        const r = await trx
          .updateTable('forsendelse_outbox')
          .set({ channel_status: report.status })
          .where('id', '=', row.id)
          .where((eb) =>
            row.channel_status === null
              ? eb('channel_status', 'is', null)
              : eb('channel_status', '=', row.channel_status),
          )
          .executeTakeFirst();
        // Another poller recorded this change first.
        if (Number(r.numUpdatedRows) !== 1) return;
        // The channel's time, but not before we recorded the send (clocks differ by a little).
        const at = new Date(report.changedAt);
        const told = Number.isNaN(at.getTime()) ? clock() : at;
        const when = row.done_at && row.done_at > told ? row.done_at : told;
        const fid = row.forsendelse_id;
        await addEvent(trx, tenantId, fid, when, 'channel_status', row.channel, report.status);
        const reported = statusOfChannelStatus(report.status);
        counts.changed++;
        if (reported !== 'failed') {
          await moveStatus(trx, fid, reported, when);
          return;
        }
        const reason = `Kanalen kunne ikke levere (${report.status}).`;
        if (row.channel !== 'print' && (await hasPostalAddress(trx, fid))) {
          if (await queueOnChannel(trx, tenantId, fid, 'print', clock())) {
            await addEvent(trx, tenantId, fid, clock(), 'fallback_paper', 'print', reason);
            counts.resent++;
          }
          return;
        }
        await moveStatus(trx, fid, 'failed', when, reason);
        await notifySender(trx, tenantId, fid, 'forsendelse_failed');
        counts.notified++;
      });
    }
    const e = await deps.database.withTenant(tenantId, (trx) =>
      escalateUnopened(trx, tenantId, clock(), settings.escalation),
    );
    counts.notified += e.notified;
    counts.resent += e.resent;
  }
  return counts;
}
