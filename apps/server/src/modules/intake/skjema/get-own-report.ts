import type { CitizenActor } from '@vern/domain';
import { recordSecurityEvent } from '../../../platform/audit/security-event.js';
import type { Database } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/errors.js';
import { readOwnReports, type OwnReport } from './list-own-reports.js';
import type { ServiceDirectory } from './public-report.queries.js';

/**
 * One report on «Min side», by its id: the signed-in citizen's own, or 404. Another citizen's
 * report answers exactly like one that does not exist; the refusal is a security event (no
 * service is known to the citizen's transaction, so it cannot be an audit row of one).
 */
export async function getOwnReport(
  database: Database,
  directory: ServiceDirectory,
  actor: CitizenActor,
  itemId: string,
  requestId: string,
): Promise<OwnReport> {
  const [report] = await readOwnReports(database, directory, actor, requestId, itemId);
  if (report) return report;
  await recordSecurityEvent(database.db, {
    event: 'own_report_read',
    actorKind: 'citizen',
    outcome: 'denied',
    problem: 'not_found',
    sessionId: actor.sessionId,
    requestId,
  });
  throw AppError.notFound('The report');
}
