import { createHash, randomUUID } from 'node:crypto';
import type { StaffAccess } from '../../platform/access/gateway.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import type { DocumentStore } from './document-store.js';
import { openCaseForJournalWrite, requireNotFuture, requireStepInCase } from './journal-access.js';
import { findDocument, insertDocument, type DocumentRow, type StepLink } from './journal.queries.js';
import {
  DOCUMENT_TYPES,
  detectMediaType,
  isDocumentMediaType,
  mediaTypeEssence,
  type DocumentMediaType,
} from './media-type.js';
import type { VirusScanner } from './virus-scanner.js';

/** The largest document accepted, in bytes (25 MiB): a scanned report of a few hundred pages. */
export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;

export interface NewDocument {
  bytes: Buffer;
  /** The Content-Type the client sent. */
  contentType: string | undefined;
  title: string;
  filename: string;
  documentDate: string;
  step: StepLink | null;
}

const ACCEPTED = Object.values(DOCUMENT_TYPES)
  .map((t) => t.extension.toUpperCase())
  .join(', ');

/** The declared type, if it is on the list, and the bytes are that type; else 415 with the reason. */
function requireAcceptedType(contentType: string | undefined, bytes: Buffer): DocumentMediaType {
  const declared = mediaTypeEssence(contentType);
  if (!isDocumentMediaType(declared)) {
    throw new AppError(ErrorCode.UnsupportedMediaType, 'This type of file is not accepted', [
      { field: 'headers.content-type', reason: `is not an accepted document type (${ACCEPTED})` },
    ]);
  }
  const found = detectMediaType(bytes);
  if ('problem' in found) {
    throw new AppError(ErrorCode.UnsupportedMediaType, 'The file is not what it says it is', [
      { field: 'body', reason: found.problem },
    ]);
  }
  if (found.type !== declared) {
    throw new AppError(ErrorCode.UnsupportedMediaType, 'The file is not what it says it is', [
      {
        field: 'body',
        reason: `is a ${DOCUMENT_TYPES[found.type].kind} file, not the ${DOCUMENT_TYPES[declared].kind} the Content-Type says`,
      },
    ]);
  }
  return declared;
}

/**
 * Adds a document to a case. The bytes must be one of the accepted types, and be what the
 * Content-Type says (magic bytes, not the name). They are stored with their SHA-256, then scanned:
 * infected bytes are deleted from the store again and refused (422), and nothing is written; when
 * the scanner gives no answer the document is kept as 'pending' and not served until scanned. One
 * audit row (create).
 */
export async function uploadDocument(
  access: StaffAccess,
  sakId: string,
  input: NewDocument,
  deps: { store: DocumentStore; scanner: VirusScanner },
): Promise<DocumentRow> {
  const { row } = await openCaseForJournalWrite(access, sakId);
  if (input.bytes.length > MAX_DOCUMENT_BYTES) {
    throw new AppError(ErrorCode.PayloadTooLarge, 'The document is too large', [
      { field: 'body', reason: `must be at most ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB` },
    ]);
  }
  if (input.bytes.length === 0) {
    throw new AppError(ErrorCode.ValidationFailed, 'The document is empty', [
      { field: 'body', reason: 'is empty' },
    ]);
  }
  requireNotFuture(access, input.documentDate, 'query.documentDate');
  await requireStepInCase(access, sakId, input.step, 'query');
  const mediaType = requireAcceptedType(input.contentType, input.bytes);
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');

  const id = randomUUID();
  const storageKey = `${sakId}/${id}`;
  const ctx = { trx: access.trx, tenantId: access.actor.tenantId };
  await deps.store.put(ctx, storageKey, input.bytes);
  const scan = await deps.scanner.scan(input.bytes);
  if (scan.verdict === 'infected') {
    await deps.store.delete(ctx, storageKey);
    throw new InfectedUpload(scan.signature);
  }
  await insertDocument(access.trx, {
    id,
    tenantId: access.actor.tenantId,
    sakId,
    title: input.title,
    filename: input.filename,
    mediaType,
    sizeBytes: input.bytes.length,
    sha256,
    documentDate: input.documentDate,
    step: input.step,
    uploadedBy: access.actor.staffUserId,
    scanStatus: scan.verdict === 'clean' ? 'clean' : 'pending',
    storageKey,
  });
  await access.audit({
    action: 'create',
    objectType: 'document',
    objectId: id,
    sakId,
    personId: row.childId,
    fields: [
      'document.title',
      'document.filename',
      'document.document_date',
      'document.content',
      ...(input.step ? ['document.step'] : []),
    ],
  });
  const stored = await findDocument(access.trx, sakId, id);
  if (!stored) throw new Error('the document just written was not found');
  return stored;
}

/** Refusal of an upload the virus scanner found malware in; the route logs the signature name. */
export class InfectedUpload extends AppError {
  constructor(readonly signature: string) {
    super(ErrorCode.ContentRefused, 'The file was refused by the virus scan', [
      { field: 'body', reason: `contains malware (${signature})` },
    ]);
  }
}
