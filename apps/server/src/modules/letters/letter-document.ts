import type { StaffAccess } from '../../platform/access/gateway.js';
import type { CaseRow } from '../cases/cases.queries.js';
import type { LetterContent } from './letter-content.js';
import { findService } from './letters.queries.js';
import { letterPdf } from './letter-pdf.js';

/** The PDF of a letter as it stands: a draft's preview, or the final letter when it is sent. */
export async function renderLetterPdf(
  access: StaffAccess,
  row: CaseRow,
  content: LetterContent,
  madeAt: Date,
): Promise<Buffer> {
  const service = await findService(access.trx, access.actor.tenantId);
  const data = content.data;
  const text = (key: keyof typeof data): string => {
    const v = data[key];
    return typeof v === 'string' ? v : '';
  };
  return letterPdf({
    lang: content.template.lang,
    service: { name: service.name, organisasjonsnummer: service.organisasjonsnummer },
    letterDate: content.letterDate,
    madeAt,
    journalnummer: text('sak.journalnummer'),
    confidential: content.template.confidential,
    recipientLines: content.recipientLines,
    letter: content.rendered,
    signature: { name: text('saksbehandler.navn'), unit: row.unitName },
  });
}

/** A file name for the letter: the template and the letter's date, nothing personal. */
export function letterFilename(templateId: string, letterDate: string): string {
  return `${templateId}-${letterDate}.pdf`;
}
