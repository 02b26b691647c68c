import { createRequire } from 'node:module';
import { receiptSections } from '@vern/domain';
import PDFDocument from 'pdfkit';
import type { PublicReceipt } from './receive-public-report.js';

const require = createRequire(import.meta.url);
/**
 * DejaVu Sans, embedded (subset) in every receipt: it has æ, ø, å and the other letters a report
 * may hold, where the PDF standard fonts would fall back to WinAnsi and lose what they cannot show.
 */
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

const WORDS = {
  nb: {
    title: 'Kvittering for bekymringsmelding',
    service: 'Sendt til',
    reference: 'Referansenummer',
    received: 'Mottatt',
    identified: 'Innlogget',
    identifiedValue: 'Ja, med ID-porten: du er identifisert for barnevernstjenesten',
    note: 'Dette er det du sendte, slik barnevernstjenesten tok imot det. Ta vare på referansenummeret.',
  },
  nn: {
    title: 'Kvittering for bekymringsmelding',
    service: 'Sendt til',
    reference: 'Referansenummer',
    received: 'Motteke',
    identified: 'Innlogga',
    identifiedValue: 'Ja, med ID-porten: du er identifisert for barnevernstenesta',
    note: 'Dette er det du sende, slik barnevernstenesta tok imot det. Ta vare på referansenummeret.',
  },
  en: {
    title: 'Receipt for a report of concern',
    service: 'Sent to',
    reference: 'Reference number',
    received: 'Received',
    identified: 'Signed in',
    identifiedValue: 'Yes, with ID-porten: the child welfare service knows who you are',
    note: 'This is what you sent, as the child welfare service received it. Keep the reference number.',
  },
} as const;

/** The receipt time in Norwegian time, written out the same in every language. */
export function osloDateTime(at: Date): string {
  return new Intl.DateTimeFormat('nb-NO', {
    timeZone: 'Europe/Oslo',
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(at);
}

/**
 * The receipt as a PDF for the reporter's own records: reference number, service, receipt time,
 * and every field that was reported, in full, under the same labels as the receipt page
 * (receiptSections). Made on the server from what was stored, so it shows what the service has.
 */
export function receiptPdf(receipt: PublicReceipt): Promise<Buffer> {
  const w = WORDS[receipt.lang];
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `${w.title} ${receipt.reference}`, Producer: 'Vern', Creator: 'Vern' },
    lang: receipt.lang === 'en' ? 'en' : 'no',
  });
  doc.registerFont('body', FONT);
  doc.registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('bold').fontSize(18).text(w.title);
  doc.moveDown(0.5);
  const line = (label: string, value: string) => {
    doc.font('bold').fontSize(10).text(label);
    doc.font('body').fontSize(11).text(value);
    doc.moveDown(0.4);
  };
  line(w.reference, receipt.reference);
  line(w.service, receipt.service);
  line(w.received, osloDateTime(receipt.receivedAt));
  if (receipt.melderIdentified) line(w.identified, w.identifiedValue);
  doc.font('body').fontSize(10).text(w.note);
  for (const section of receiptSections(receipt.report, receipt.lang)) {
    doc.moveDown(1);
    doc.font('bold').fontSize(14).text(section.heading);
    doc.moveDown(0.3);
    for (const row of section.rows) line(row.label, row.value);
  }
  doc.end();
  return done;
}
