import { feedbackStatus, type CitizenActor, type FeedbackStatus } from '@vern/domain';
import { auditActorOf, recordAudit } from '../../../platform/audit/audit.js';
import type { Database } from '../../../platform/db/database.js';
import {
  findOwnReportKeys,
  findOwnReports,
  meldingConclusions,
  recordFeedback,
  type ServiceDirectory,
} from './public-report.queries.js';

export interface OwnReport {
  /** The inbox item's id: names the report on «Min side»; grants nothing without the session. */
  id: string;
  reference: string;
  service: { slug: string; name: string };
  receivedAt: Date;
  melderKind: 'privat' | 'offentlig';
  status: FeedbackStatus;
  /** When the service first told the reporter this status (now, if this is the first time). */
  since: Date;
}

/**
 * What a signed-in reporter may be told about the reports they sent signed in, in the given items
 * (or all of theirs): the same as the status page tells with a reference number and status code
 * (received; for an offentlig melder whether an undersøkelse was opened), never case content, so
 * the feedback reaches them without their asking. Only their own reports: the citizen's session
 * says whose they are (public_report_melder), never the request.
 *
 * Audited like the status page, in each service's own log, but with the citizen (their session)
 * as the actor: a read of each report's status, and for an offentlig melder of each case's
 * melding conclusion. The first time a status is shown it is recorded (melder_feedback, min_side).
 */
export async function readOwnReports(
  database: Database,
  directory: ServiceDirectory,
  actor: CitizenActor,
  requestId: string,
  itemId?: string,
): Promise<OwnReport[]> {
  const keys = await findOwnReportKeys(database, actor.pid, itemId);
  const byTenant = new Map<string, string[]>();
  for (const k of keys) byTenant.set(k.tenantId, [...(byTenant.get(k.tenantId) ?? []), k.itemId]);
  const services = new Map((await directory.all()).map((s) => [s.id, s]));
  const out: OwnReport[] = [];
  for (const [tenantId, itemIds] of byTenant) {
    const service = services.get(tenantId);
    if (!service) continue;
    const reports = await database.withTenant(tenantId, async (trx) => {
      const rows = await findOwnReports(trx, actor.pid, itemIds);
      const found: OwnReport[] = [];
      for (const row of rows) {
        const conclusions =
          row.itemStatus === 'registered' || row.itemStatus === 'linked'
            ? await meldingConclusions(trx, row.itemId)
            : [];
        const status = feedbackStatus({
          melderKind: row.melderKind,
          conclusions: conclusions.map((c) => c.kode),
        });
        const since = await recordFeedback(trx, {
          tenantId,
          itemId: row.itemId,
          status,
          channel: 'min_side',
        });
        await recordAudit(
          trx,
          auditActorOf(actor, tenantId),
          [
            { action: 'read', objectType: 'inbox_item', objectId: row.itemId, fields: ['feedback_status'] },
            ...(row.melderKind === 'offentlig'
              ? conclusions.map((c) => ({
                  action: 'read',
                  objectType: 'sak',
                  objectId: c.sakId,
                  sakId: c.sakId,
                  fields: ['meldinger.konklusjon.kode'],
                }))
              : []),
          ],
          requestId,
        );
        found.push({
          id: row.itemId,
          reference: row.reference,
          service: { slug: service.slug, name: service.name },
          receivedAt: row.receivedAt,
          melderKind: row.melderKind,
          status,
          since,
        });
      }
      return found;
    });
    out.push(...reports);
  }
  return out.sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime() || a.id.localeCompare(b.id));
}

/** «Min side»: every report the signed-in citizen sent signed in, newest first, with its status. */
export function listOwnReports(
  database: Database,
  directory: ServiceDirectory,
  actor: CitizenActor,
  requestId: string,
): Promise<OwnReport[]> {
  return readOwnReports(database, directory, actor, requestId);
}
