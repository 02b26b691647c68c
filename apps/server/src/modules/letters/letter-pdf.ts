import { createRequire } from 'node:module';
import { formatLetterDate, type LetterLang, type RenderedLetter } from '@vern/domain';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
/** DejaVu Sans, embedded (subset): æ, ø, å and every other letter a name may hold; PDF/A needs fonts embedded. */
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

const WORDS = {
  nb: {
    orgnr: 'Org.nr.',
    date: 'Dato',
    ref: 'Vår referanse',
    exempt: 'Unntatt offentlighet, offentleglova § 13, jf. forvaltningsloven § 13',
    greeting: 'Med hilsen',
    approved: 'Brevet er godkjent elektronisk og har derfor ingen håndskrevet signatur.',
    page: 'Side',
  },
  nn: {
    orgnr: 'Org.nr.',
    date: 'Dato',
    ref: 'Vår referanse',
    exempt: 'Unntatt offentlegheit, offentleglova § 13, jf. forvaltningslova § 13',
    greeting: 'Med helsing',
    approved: 'Brevet er godkjent elektronisk og har difor inga handskriven underskrift.',
    page: 'Side',
  },
} as const;

export interface LetterPdfInput {
  lang: LetterLang;
  service: { name: string; organisasjonsnummer: string | null };
  /** The letter's date (ISO day) and the moment it was made: the PDF's creation date. */
  letterDate: string;
  madeAt: Date;
  journalnummer: string;
  confidential: boolean;
  /** The recipient block: name, then address lines (none where the address may not be printed). */
  recipientLines: readonly string[];
  letter: RenderedLetter;
  signature: { name: string; unit: string };
}

/**
 * A letter as PDF/A-2b (archival: fonts embedded, XMP metadata with the PDF/A identification, an
 * sRGB output intent; pdfkit's `subset` option): the service's letterhead, the date and our
 * reference, «unntatt offentlighet» on a confidential letter, the recipient block, the body and
 * the signature. The same input gives the same bytes (the creation date is `madeAt`, and the file
 * id is derived from it), so a stored letter can be made again and compared.
 */
export function letterPdf(input: LetterPdfInput): Promise<Buffer> {
  const w = WORDS[input.lang];
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 64, left: 64, right: 64 },
    subset: 'PDF/A-2b',
    pdfVersion: '1.7',
    tagged: false,
    displayTitle: true,
    lang: input.lang === 'nn' ? 'nn-NO' : 'nb-NO',
    info: {
      Title: input.letter.title,
      Author: input.service.name,
      Producer: 'Vern',
      Creator: 'Vern',
      CreationDate: input.madeAt,
      ModDate: input.madeAt,
    },
    bufferPages: true,
  });
  doc.registerFont('body', FONT);
  doc.registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;

  // Letterhead
  doc.font('bold').fontSize(15).text(input.service.name, left, doc.page.margins.top, { width });
  if (input.service.organisasjonsnummer) {
    doc.font('body').fontSize(9).text(`${w.orgnr} ${input.service.organisasjonsnummer}`, { width });
  }
  const ruleY = doc.y + 6;
  doc
    .moveTo(left, ruleY)
    .lineTo(left + width, ruleY)
    .lineWidth(0.75)
    .stroke();

  // Recipient block on the left, date and reference on the right
  const blockTop = ruleY + 24;
  doc.font('body').fontSize(11);
  doc.text(input.recipientLines.join('\n'), left, blockTop, { width: width * 0.55 });
  const recipientBottom = doc.y;
  const rightX = left + width * 0.6;
  const rightW = width * 0.4;
  doc.font('body').fontSize(9);
  doc.text(`${w.date}: ${formatLetterDate(input.letterDate)}`, rightX, blockTop, { width: rightW });
  doc.text(`${w.ref}: ${input.journalnummer}`, { width: rightW });
  if (input.confidential) doc.moveDown(0.3).text(w.exempt, { width: rightW });
  doc.y = Math.max(recipientBottom, doc.y) + 28;
  doc.x = left;

  for (const block of input.letter.blocks) {
    switch (block.kind) {
      case 'heading':
        doc
          .moveDown(0.4)
          .font('bold')
          .fontSize(block === input.letter.blocks[0] ? 14 : 12);
        doc.text(block.text, left, doc.y, { width });
        doc.moveDown(0.3);
        break;
      case 'paragraph':
        doc.font('body').fontSize(11).text(block.text, left, doc.y, { width, lineGap: 2 });
        doc.moveDown(0.6);
        break;
      default: {
        const unreachable: never = block.kind;
        throw new Error(`unknown block ${String(unreachable)}`);
      }
    }
  }

  doc.moveDown(0.8).font('body').fontSize(11).text(w.greeting, left, doc.y, { width });
  doc.text(input.signature.name, { width });
  doc.text(`${input.signature.unit}, ${input.service.name}`, { width });
  doc.moveDown(0.8).fontSize(9).text(w.approved, { width });

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // The page number sits in the bottom margin; with the margin set aside pdfkit does not start a page for it.
    const margin = doc.page.margins.bottom;
    const bottom = doc.page.height - margin + 24;
    doc.page.margins.bottom = 0;
    doc
      .font('body')
      .fontSize(8)
      .text(`${w.page} ${i + 1} / ${range.count}`, left, bottom, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = margin;
  }
  doc.end();
  return done;
}
