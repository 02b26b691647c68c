import { createHash } from 'node:crypto';
import type { StaffAccess } from '../../platform/access/gateway.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { openCase } from '../cases/open-case.js';
import type { DocumentStore } from './document-store.js';
import { downloadName } from './filename.js';
import { findDocument } from './journal.queries.js';
import { isDocumentMediaType, type DocumentMediaType } from './media-type.js';

/** A stored document whose bytes are missing or no longer match their SHA-256: never served. */
export class DocumentIntegrityError extends Error {
  constructor(
    readonly documentId: string,
    readonly problem: 'missing' | 'checksum_mismatch' | 'unknown_media_type',
  ) {
    super(`document ${documentId}: ${problem}`);
    this.name = 'DocumentIntegrityError';
  }
}

const NOT_SERVED: Record<'pending' | 'infected' | 'not_scanned', string> = {
  pending: 'has not been virus-scanned yet; try again later',
  not_scanned: 'has not been virus-scanned',
  infected: 'was found to contain malware and is not served',
};

/**
 * The bytes of one document, for download. Only a document the scanner passed is served, and only
 * when its bytes still have the SHA-256 recorded at upload: the check runs on every read, before
 * the audit row, so a changed or damaged file is refused (500) and not counted as read.
 */
export async function downloadDocument(
  access: StaffAccess,
  sakId: string,
  documentId: string,
  store: DocumentStore,
): Promise<{ bytes: Buffer; mediaType: DocumentMediaType; filename: string }> {
  const { row, basis, breakGlassId } = await openCase(access, sakId, 'read');
  const doc = await findDocument(access.trx, sakId, documentId);
  if (!doc) throw AppError.notFound('The document');
  if (doc.scanStatus !== 'clean') {
    throw new AppError(ErrorCode.Conflict, 'The document cannot be downloaded now', [
      { field: 'params.docId', reason: NOT_SERVED[doc.scanStatus] },
    ]);
  }
  if (!isDocumentMediaType(doc.mediaType)) throw new DocumentIntegrityError(doc.id, 'unknown_media_type');
  const bytes = await store.get({ trx: access.trx, tenantId: access.actor.tenantId }, doc.storageKey);
  if (!bytes) throw new DocumentIntegrityError(doc.id, 'missing');
  if (createHash('sha256').update(bytes).digest('hex') !== doc.sha256) {
    throw new DocumentIntegrityError(doc.id, 'checksum_mismatch');
  }
  await access.audit({
    action: 'read',
    objectType: 'document',
    objectId: doc.id,
    sakId,
    personId: row.childId,
    fields: ['document.content'],
    emergency: basis === 'break_glass',
    breakGlassId,
  });
  return { bytes, mediaType: doc.mediaType, filename: downloadName(doc.filename, doc.mediaType) };
}
