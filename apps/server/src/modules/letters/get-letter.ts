import type { StaffAccess } from '../../platform/access/gateway.js';
import { openCase } from '../cases/open-case.js';
import { getLetterOfCase, letterContent } from './letter-content.js';
import { letterSummary, type LetterView } from './letters.schemas.js';

/**
 * One letter with what its recipient will see: the rendered letter (title, recipient block, date,
 * body) and the notification text, exactly as they will be sent, with the inputs the caseworker
 * can still edit. One audit row (a view or preview of the letter).
 */
export async function getLetter(access: StaffAccess, sakId: string, letterId: string): Promise<LetterView> {
  const { row, basis, breakGlassId } = await openCase(access, sakId, 'read');
  const letter = await getLetterOfCase(access, sakId, letterId);
  const content = await letterContent(access, letter);
  await access.audit({
    action: 'read',
    objectType: 'letter',
    objectId: letter.id,
    sakId,
    personId: row.childId,
    fields: ['letter.merge_data', 'letter.inputs', 'letter.preview'],
    emergency: basis === 'break_glass',
    breakGlassId,
  });
  return {
    ...letterSummary(letter),
    templateName: content.template.name,
    vedtakId: letter.vedtakId,
    inputs: content.template.inputs.map((i) => ({ ...i, value: letter.inputs[i.key] ?? null })),
    protectedFieldsRedacted: !letter.protectedAllowed,
    missing: content.missing,
    preview: {
      title: content.rendered.title,
      letterDate: content.letterDate,
      recipientLines: content.recipientLines,
      blocks: content.rendered.blocks,
      notification: content.rendered.notification,
      confidential: content.template.confidential,
    },
    pdfSha256: letter.pdfSha256,
  };
}
