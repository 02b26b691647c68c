import { feedbackStatus, type FeedbackStatus } from '@vern/domain';
import type { Transaction } from 'kysely';
import { recordAudit, SYSTEM_ACTOR } from '../../../platform/audit/audit.js';
import type { Database } from '../../../platform/db/database.js';
import type { DB } from '../../../platform/db/schema.js';
import { AppError } from '../../../platform/errors.js';
import {
  findPublicReport,
  meldingConclusions,
  normalReference,
  recordFeedback,
  sameStatusCode,
  type Service,
} from './public-report.queries.js';
import { contentOf, storedSubmission, type PublicReceipt } from './receive-public-report.js';

/** How long after sending the receipt (with what was reported) can be fetched again as a PDF. */
export const RECEIPT_WINDOW_MS = 24 * 3_600_000;

export interface ReportKey {
  reference: string;
  statusCode: string;
}

const notFound = () => AppError.notFound('No report with this reference number and status code');

/**
 * The report a reference number and status code name, in the caller's tenant transaction. A wrong
 * code answers exactly like an unknown reference (404), and is an audit row (denied) on the item,
 * so guessing shows in the service's log.
 */
async function openReport(
  trx: Transaction<DB>,
  tenantId: string,
  key: ReportKey,
  action: string,
  requestId: string,
) {
  const reference = normalReference(key.reference);
  const row = reference ? await findPublicReport(trx, { reference }) : undefined;
  if (!row) throw notFound();
  if (!sameStatusCode(key.statusCode, row.statusCodeSha256)) {
    await recordAudit(
      trx,
      SYSTEM_ACTOR(tenantId),
      { action, objectType: 'inbox_item', objectId: row.itemId, outcome: 'denied', fields: ['status_code'] },
      requestId,
    );
    return undefined;
  }
  return row;
}

export interface ReportStatus {
  reference: string;
  receivedAt: Date;
  melderKind: 'privat' | 'offentlig';
  status: FeedbackStatus;
  /** When the service first told the reporter this status (now, if this is the first time). */
  since: Date;
}

/**
 * What the reporter may be told now (feedback to the reporter), through the channel they came in:
 * received, and for an offentlig melder whether an undersøkelse was opened, read from the
 * conclusion of the melding each child's case got from the report. Never case content. The first
 * time a status is shown it is recorded (melder_feedback), so the service can show it was told.
 */
export async function checkReportStatus(
  database: Database,
  service: Service,
  key: ReportKey,
  requestId: string,
): Promise<ReportStatus> {
  const result = await database.withTenant(service.id, async (trx) => {
    const row = await openReport(trx, service.id, key, 'read', requestId);
    if (!row) return undefined;
    const conclusions =
      row.itemStatus === 'registered' || row.itemStatus === 'linked'
        ? await meldingConclusions(trx, row.itemId)
        : [];
    const status = feedbackStatus({
      melderKind: row.melderKind,
      conclusions: conclusions.map((c) => c.kode),
    });
    const since = await recordFeedback(trx, {
      tenantId: service.id,
      itemId: row.itemId,
      status,
      channel: 'status_page',
    });
    await recordAudit(
      trx,
      SYSTEM_ACTOR(service.id),
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
    return {
      reference: row.reference,
      receivedAt: row.receivedAt,
      melderKind: row.melderKind,
      status,
      since,
    };
  });
  // Thrown after the transaction, so that the denied audit row is committed.
  if (!result) throw notFound();
  return result;
}

/**
 * The receipt again, with what was reported, for the PDF: only within a day of sending, so a
 * reference and code found later (a note left on a shared computer) give the status, not the report.
 */
export async function getReceiptAgain(
  database: Database,
  service: Service,
  key: ReportKey,
  now: Date,
  requestId: string,
): Promise<PublicReceipt> {
  const result = await database.withTenant(service.id, async (trx) => {
    const row = await openReport(trx, service.id, key, 'read', requestId);
    if (!row) return undefined;
    if (now.getTime() - row.receivedAt.getTime() > RECEIPT_WINDOW_MS) {
      await recordAudit(
        trx,
        SYSTEM_ACTOR(service.id),
        {
          action: 'read',
          objectType: 'inbox_item',
          objectId: row.itemId,
          outcome: 'denied',
          fields: ['receipt'],
        },
        requestId,
      );
      return 'expired' as const;
    }
    await recordAudit(
      trx,
      SYSTEM_ACTOR(service.id),
      { action: 'read', objectType: 'inbox_item', objectId: row.itemId, fields: ['receipt'] },
      requestId,
    );
    return {
      reference: row.reference,
      receivedAt: row.receivedAt,
      service: service.name,
      melderKind: row.melderKind,
      lang: row.lang,
      report: contentOf(storedSubmission(row.raw)),
      melderIdentified: row.identifiedBy !== null,
      duplicate: true,
    } satisfies PublicReceipt;
  });
  if (!result || result === 'expired') throw notFound();
  return result;
}
