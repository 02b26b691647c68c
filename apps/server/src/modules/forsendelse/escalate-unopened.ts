import { escalationStep, type EscalationSettings } from '@vern/domain';
import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { addEvent, hasPostalAddress, notifySender, queueOnChannel } from './forsendelse.queries.js';

/**
 * Unopened confidential mail is never silently dropped (rule: escalationStep in packages/domain).
 * After `afterDays` the sender gets a notification; `resendAfterDays` later, still unopened, it
 * goes out again on paper, or, with no address to print to, the sender is told that too. Each step
 * once per forsendelse (escalation_level), under a row lock, so two servers do it once.
 */
export async function escalateUnopened(
  trx: Transaction<DB>,
  tenantId: string,
  now: Date,
  settings: EscalationSettings,
): Promise<{ notified: number; resent: number }> {
  const candidates = await trx
    .selectFrom('forsendelse')
    .select(['id', 'confidential', 'status', 'sent_at', 'escalation_level', 'escalated_at'])
    .where('confidential', '=', true)
    .where('status', 'in', ['sent', 'delivered'])
    .where('escalation_level', '<', 2)
    .where(
      'sent_at',
      '<=',
      new Date(now.getTime() - Math.min(settings.afterDays, settings.resendAfterDays) * 86_400_000),
    )
    .orderBy('sent_at')
    .limit(500)
    .forUpdate()
    .skipLocked()
    .execute();
  let notified = 0;
  let resent = 0;
  for (const f of candidates) {
    const step = escalationStep(
      {
        confidential: f.confidential,
        status: f.status,
        sentAt: f.sent_at?.toISOString() ?? null,
        escalationLevel: f.escalation_level,
        escalatedAt: f.escalated_at?.toISOString() ?? null,
      },
      now,
      settings,
    );
    switch (step) {
      case 'none':
        break;
      case 'notify_sender':
        await trx
          .updateTable('forsendelse')
          .set({ escalation_level: 1, escalated_at: now })
          .where('id', '=', f.id)
          .execute();
        await notifySender(trx, tenantId, f.id, 'forsendelse_unopened');
        await addEvent(
          trx,
          tenantId,
          f.id,
          now,
          'escalated_sender',
          null,
          `Ikke åpnet etter ${settings.afterDays} dager.`,
        );
        notified++;
        break;
      case 'resend_paper': {
        await trx
          .updateTable('forsendelse')
          .set({ escalation_level: 2, escalated_at: now })
          .where('id', '=', f.id)
          .execute();
        if (await hasPostalAddress(trx, f.id)) {
          await queueOnChannel(trx, tenantId, f.id, 'print', now);
          await addEvent(
            trx,
            tenantId,
            f.id,
            now,
            'resent_paper',
            'print',
            'Fortsatt ikke åpnet: sendes på papir.',
          );
          resent++;
        } else {
          await notifySender(trx, tenantId, f.id, 'forsendelse_no_paper');
          await addEvent(
            trx,
            tenantId,
            f.id,
            now,
            'escalation_no_paper',
            null,
            'Fortsatt ikke åpnet, og det finnes ingen postadresse å sende papirbrev til. Avsenderen er varslet.',
          );
          notified++;
        }
        break;
      }
      default: {
        const unreachable: never = step;
        throw new Error(`unknown escalation step ${String(unreachable)}`);
      }
    }
  }
  return { notified, resent };
}
