import type { StaffAccess } from '../../platform/access/gateway.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { DOCUMENT_TYPES, detectMediaType, mediaTypeEssence } from '../journal/media-type.js';
import { InfectedUpload } from '../journal/upload-document.js';
import type { VirusScanner } from '../journal/virus-scanner.js';
import { addAttachment } from './intake.queries.js';
import { openItem } from './read-inbox.js';

/** What a scanner or a phone camera makes of a letter. */
export const SCAN_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff', 'image/heic'] as const;
export const MAX_SCAN_BYTES = 25 * 1024 * 1024;

/**
 * Adds a scan (a letter, a note handed in) to an open inbox item. The bytes must be a PDF or an
 * image, and be what the Content-Type says (magic bytes); they are scanned for malware before the
 * row is written, and kept with their SHA-256 as the item's attachment. The same bytes twice are one
 * attachment (a retried upload). One audit row.
 */
export async function addScan(
  access: StaffAccess,
  itemId: string,
  input: { bytes: Buffer; contentType: string | undefined; filename: string },
  scanner: VirusScanner,
): Promise<{ id: string; created: boolean }> {
  const item = await openItem(access, itemId, 'update', { forUpdate: true });
  if (item.status !== 'new' && item.status !== 'quarantined') {
    throw new AppError(ErrorCode.Conflict, 'The inbox item has been dealt with already', [
      { field: 'status', reason: `is ${item.status}`, code: 'ALREADY_RESOLVED' },
    ]);
  }
  if (input.bytes.length === 0 || input.bytes.length > MAX_SCAN_BYTES) {
    throw new AppError(
      input.bytes.length === 0 ? ErrorCode.ValidationFailed : ErrorCode.PayloadTooLarge,
      'The file is empty or too large',
      [{ field: 'body', reason: `must be 1 byte to ${MAX_SCAN_BYTES / 1024 / 1024} MB` }],
    );
  }
  const declared = mediaTypeEssence(input.contentType);
  const accepted = SCAN_TYPES.map((t) => DOCUMENT_TYPES[t].kind).join(', ');
  if (!(SCAN_TYPES as readonly string[]).includes(declared)) {
    throw new AppError(ErrorCode.UnsupportedMediaType, 'This type of file is not accepted as a scan', [
      { field: 'headers.content-type', reason: `must be one of ${accepted}` },
    ]);
  }
  const found = detectMediaType(input.bytes);
  if ('problem' in found || found.type !== declared) {
    throw new AppError(ErrorCode.UnsupportedMediaType, 'The file is not what it says it is', [
      { field: 'body', reason: 'problem' in found ? found.problem : `is not a ${declared} file` },
    ]);
  }
  const scan = await scanner.scan(input.bytes);
  if (scan.verdict === 'infected') throw new InfectedUpload(scan.signature);
  const added = await addAttachment(access.trx, {
    tenantId: access.actor.tenantId,
    itemId,
    filename: input.filename,
    mediaType: declared,
    bytes: input.bytes,
    problem: scan.verdict === 'clean' ? null : 'not scanned for malware yet (the scanner gave no answer)',
    addedBy: access.actor.staffUserId,
  });
  await access.audit({
    action: 'create',
    objectType: 'inbox_attachment',
    objectId: added.id,
    fields: added.duplicate ? ['duplicate'] : ['filename', 'content'],
  });
  return { id: added.id, created: !added.duplicate };
}
