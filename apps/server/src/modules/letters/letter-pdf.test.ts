import { getLetterTemplate, renderLetter, type MergeData } from '@vern/domain';
import { describe, expect, it } from 'vitest';
import { letterPdf, type LetterPdfInput } from './letter-pdf.js';
import { pdfText } from './test-pdf-text.js';

const data: MergeData = {
  'tjeneste.navn': 'Barneverntjenesten i Ærø-Ålesund',
  'sak.journalnummer': '2026/000017',
  'barn.navn': 'Øyvind Ås',
  'barn.fodselsdato': '2015-03-04',
  'barn.adresse': 'Kanarifuglveien 77, 9999 Hemmelighamn',
  'saksbehandler.navn': 'Sara Saksbehandler',
  'saksbehandler.enhet': 'Enhet A',
  'vedtak.dato': '2026-02-01',
  'vedtak.hjemmel': 'barnevernsloven § 3-1',
  'fritekst.vedtaket': 'Øyvind får besøkshjem.',
  'fritekst.begrunnelse': 'Lang begrunnelse. '.repeat(400),
  'brev.dato': '2026-11-25',
};

function input(protectedAllowed: boolean): LetterPdfInput {
  return {
    lang: 'nb',
    service: { name: 'Barneverntjenesten i Ærø-Ålesund', organisasjonsnummer: '974760673' },
    letterDate: '2026-11-25',
    madeAt: new Date('2026-11-25T09:00:00Z'),
    journalnummer: '2026/000017',
    confidential: true,
    recipientLines: ['Kari Forelder', 'Forelderveien 1', '0150 Oslo'],
    letter: renderLetter(getLetterTemplate('vedtak', 'nb'), data, {
      protectedAllowed,
      recipientKind: 'person',
    }),
    signature: { name: 'Sara Saksbehandler', unit: 'Enhet A' },
  };
}

describe('letterPdf', () => {
  it('writes the letter, with æ, ø and å, as text a machine can read back', async () => {
    const text = pdfText(await letterPdf(input(true))).replace(/\s+/g, ' ');
    for (const part of [
      'Barneverntjenesten i Ærø-Ålesund',
      'Org.nr. 974760673',
      'Dato: 25. november 2026',
      'Vår referanse: 2026/000017',
      'Kari Forelder Forelderveien 1 0150 Oslo',
      'Vedtaket gjelder Øyvind Ås, født 4. mars 2015. Barnets adresse: Kanarifuglveien 77, 9999 Hemmelighamn.',
      'Du har rett til å klage',
      'Med hilsen Sara Saksbehandler Enhet A, Barneverntjenesten i Ærø-Ålesund',
      'Side 1 / ',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('carries no protected value when the template engine redacted it', async () => {
    const text = pdfText(await letterPdf(input(false))).replace(/\s+/g, ' ');
    expect(text).toContain('Barnets adresse: ikke oppgitt.');
    for (const canary of ['Kanarifugl', 'Hemmelighamn', '9999']) expect(text).not.toContain(canary);
  });

  it('is PDF/A-2b, numbers every page of a long letter, and gives the same bytes for the same letter', async () => {
    const a = await letterPdf(input(true));
    const b = await letterPdf(input(true));
    expect(a.equals(b)).toBe(true);
    const raw = a.toString('latin1');
    expect(raw.startsWith('%PDF-1.7')).toBe(true);
    expect(raw).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(raw).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(raw).toContain('/OutputIntents');
    expect(raw).toMatch(/\/FontFile2 \d+ 0 R/);
    expect(raw).not.toContain('/Encrypt');
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
    const pages = (raw.match(/\/Type \/Page\b/g) ?? []).length;
    expect(pages).toBeGreaterThan(1);
    expect(pdfText(a)).toContain(`Side ${pages} / ${pages}`);
  });
});
