import {
  checkReportSubmission,
  type CitizenActor,
  type ReportContent,
  type ReportSubmission,
} from '@vern/domain';
import { recordAudit, SYSTEM_ACTOR } from '../../../platform/audit/audit.js';
import type { Database } from '../../../platform/db/database.js';
import { AppError, ErrorCode } from '../../../platform/errors.js';
import { findByKey, insertItem, sha256 } from '../intake.queries.js';
import { inboxContentOf } from './report-content.js';
import {
  findPublicReport,
  insertPublicReport,
  insertReporterIdentity,
  recordFeedback,
  type Service,
} from './public-report.queries.js';
import { reporterIdentityOf } from './reporter-identity.js';

export const SKJEMA_MESSAGE_TYPE = {
  privat: 'vern.bekymringsmelding.privat.v1',
  offentlig: 'vern.bekymringsmelding.offentlig.v1',
} as const;

export interface PublicReceipt {
  reference: string;
  receivedAt: Date;
  service: string;
  melderKind: 'privat' | 'offentlig';
  lang: 'nb' | 'nn' | 'en';
  /** What was reported, exactly as the service stored it. */
  report: ReportContent;
  /** Sent signed in with ID-porten: the melder's identity came from the sign-in. */
  melderIdentified: boolean;
  /** The same key was sent before: nothing was stored now; this is the first receipt again. */
  duplicate: boolean;
}

/** The report in a stored submission, without the values only the browser and the server use. */
export function contentOf(s: ReportSubmission): ReportContent {
  const { melder, children, guardians, report } = s;
  return { melder, children, ...(guardians ? { guardians } : {}), report };
}

/** Reads a stored submission again (a retry, the PDF); it was valid when it was stored. */
export function storedSubmission(raw: Uint8Array): ReportSubmission {
  const checked = checkReportSubmission(JSON.parse(Buffer.from(raw).toString('utf8')));
  if (!checked.ok) throw new Error('a stored form submission no longer reads as one');
  return checked.value;
}

/**
 * Takes a report from the public form into the service's inbox, exactly as it came (the request
 * body, byte for byte), with the receipt time as the legal clock, and answers with the receipt only
 * after the transaction has committed: a receipt is never given for a report that could still be
 * lost. The browser's idempotency key makes a retry safe: the same key with the same bytes answers
 * with the first receipt and stores nothing; the same key with other content is refused (409),
 * never stored as a second report. One audit row (the system receiving; ids only).
 *
 * A submission that claims the reporter is signed in (identifiedBy) takes the identity from the
 * request's citizen session (`citizen`, never the body; see reporterIdentityOf) and keeps it beside
 * the report (public_report_melder) and in what staff read, so the inbox shows the melder as
 * identified through ID-porten and the reporter finds the report on «Min side». A retry of a
 * report already received is answered before that check: the same bytes were accepted once.
 */
export async function receivePublicReport(
  database: Database,
  service: Service,
  input: {
    raw: Buffer;
    submission: ReportSubmission;
    receivedAt: Date;
    requestId: string;
    citizen?: CitizenActor | undefined;
  },
): Promise<PublicReceipt> {
  const { raw, submission } = input;
  const tenantId = service.id;
  const digest = sha256(raw);
  const audit = (trx: Parameters<typeof recordAudit>[0], itemId: string, fields: string[]) =>
    recordAudit(
      trx,
      SYSTEM_ACTOR(tenantId),
      { action: 'receive', objectType: 'inbox_item', objectId: itemId, fields },
      input.requestId,
    );

  return database.withTenant(tenantId, async (trx) => {
    const again = async (seen: { id: string; requestSha256: string }): Promise<PublicReceipt> => {
      if (seen.requestSha256 !== digest) {
        throw new AppError(ErrorCode.Conflict, 'This report key was used for another report', [
          { field: 'body.idempotencyKey', reason: 'was sent before with other content', code: 'KEY_REUSED' },
        ]);
      }
      const stored = await findPublicReport(trx, { itemId: seen.id });
      if (!stored) throw new Error('a form item has no public_report row');
      await audit(trx, seen.id, ['duplicate']);
      return {
        reference: stored.reference,
        receivedAt: stored.receivedAt,
        service: service.name,
        melderKind: stored.melderKind,
        lang: stored.lang,
        report: contentOf(storedSubmission(stored.raw)),
        melderIdentified: stored.identifiedBy !== null,
        duplicate: true,
      };
    };

    const seen = await findByKey(trx, 'skjema', submission.idempotencyKey);
    if (seen) return again(seen);
    const identity = reporterIdentityOf(submission, input.citizen);
    const itemId = await insertItem(trx, {
      tenantId,
      channel: 'digitalt_skjema',
      source: 'skjema',
      idempotencyKey: submission.idempotencyKey,
      requestSha256: digest,
      messageType: SKJEMA_MESSAGE_TYPE[submission.melder.kind],
      receivedAt: input.receivedAt,
      recordedBy: null,
      raw,
      rawMediaType: 'application/json',
      content: inboxContentOf(submission, identity),
      problems: null,
    });
    if (!itemId) {
      // The same key committed by a retry racing this one while it waited on the insert.
      const other = await findByKey(trx, 'skjema', submission.idempotencyKey);
      if (!other) throw new Error('the inbox key was taken but no item has it');
      return again(other);
    }
    const reference = await insertPublicReport(trx, {
      tenantId,
      itemId,
      statusCode: submission.statusCode,
      melderKind: submission.melder.kind,
      lang: submission.lang,
    });
    if (identity) await insertReporterIdentity(trx, { tenantId, itemId, identity });
    await recordFeedback(trx, { tenantId, itemId, status: 'received', channel: 'receipt' });
    await audit(trx, itemId, identity ? ['raw_content', 'melder_identity'] : ['raw_content']);
    return {
      reference,
      receivedAt: input.receivedAt,
      service: service.name,
      melderKind: submission.melder.kind,
      lang: submission.lang,
      report: contentOf(submission),
      melderIdentified: identity !== undefined,
      duplicate: false,
    };
  });
}
