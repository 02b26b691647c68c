import { createHash } from 'node:crypto';
import type { StaffAccess } from '../../platform/access/gateway.js';
import { openCase } from '../cases/open-case.js';
import { getLetterOfCase, letterContent } from './letter-content.js';
import { letterFilename, renderLetterPdf } from './letter-document.js';
import { findLetterPdf } from './letters.queries.js';

export class LetterIntegrityError extends Error {
  constructor(readonly letterId: string) {
    super('a sent letter failed its checksum');
  }
}

/**
 * The letter as PDF: a draft is rendered now, exactly as it would be sent today (the preview);
 * a sent letter is the stored file, served only if it still matches its SHA-256. One audit row.
 */
export async function getLetterPdf(
  access: StaffAccess,
  sakId: string,
  letterId: string,
): Promise<{ bytes: Buffer; filename: string }> {
  const { row, basis, breakGlassId } = await openCase(access, sakId, 'read');
  const letter = await getLetterOfCase(access, sakId, letterId);
  const content = await letterContent(access, letter);
  let bytes: Buffer;
  if (letter.status === 'sent') {
    const stored = await findLetterPdf(access.trx, letter.id);
    if (!stored || createHash('sha256').update(stored.pdf).digest('hex') !== stored.sha256) {
      throw new LetterIntegrityError(letter.id);
    }
    bytes = stored.pdf;
  } else {
    bytes = await renderLetterPdf(access, row, content, access.now);
  }
  await access.audit({
    action: 'read',
    objectType: 'letter',
    objectId: letter.id,
    sakId,
    personId: row.childId,
    fields: ['letter.pdf'],
    emergency: basis === 'break_glass',
    breakGlassId,
  });
  return { bytes, filename: letterFilename(letter.templateId, content.letterDate) };
}
