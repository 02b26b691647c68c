import { describe, expect, it } from 'vitest';
import { attachmentDisposition, cleanFilename, downloadName } from './filename.js';
import { DOCUMENT_TYPES, detectMediaType, mediaTypeEssence, type DocumentMediaType } from './media-type.js';
import { ole, SAMPLES, zip } from './test-files.js';

const problemOf = (bytes: Buffer) => {
  const d = detectMediaType(bytes);
  return 'problem' in d ? d.problem : `detected ${d.type}`;
};

describe('detectMediaType', () => {
  it('has a sample of every accepted type', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(DOCUMENT_TYPES).sort());
  });

  for (const [type, bytes] of Object.entries(SAMPLES)) {
    it(`recognises ${type}`, () => {
      expect(detectMediaType(bytes)).toEqual({ type: type as DocumentMediaType });
    });
  }

  it('refuses an empty file and unknown binaries (an executable, a GIF)', () => {
    expect(problemOf(Buffer.alloc(0))).toBe('the file is empty');
    expect(problemOf(Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]))).toBe(
      'the file is none of the accepted types',
    );
    expect(problemOf(Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'))).toBe(
      'the file is none of the accepted types',
    );
  });

  it('tells a plain ZIP, another OpenDocument and another OLE file from the accepted ones', () => {
    expect(problemOf(zip([['evil.exe', 'MZ']]))).toBe('the file is a ZIP archive, not an Office document');
    expect(problemOf(zip([['mimetype', 'application/vnd.oasis.opendocument.spreadsheet']]))).toMatch(
      /OpenDocument of no accepted kind/,
    );
    expect(problemOf(ole('PowerPoint Document'))).toMatch(/Office 97-2003 file of no accepted kind/);
  });

  it('does not take a stream name off its 128-byte directory line for an entry', () => {
    const shifted = ole('Nothing');
    Buffer.from('WordDocument\0', 'utf16le').copy(shifted, 1024 + 130);
    expect(problemOf(shifted)).toMatch(/no accepted kind/);
  });

  it('refuses files cut short', () => {
    const cut = (type: keyof typeof SAMPLES, keep: number) => problemOf(SAMPLES[type].subarray(0, keep));
    expect(cut('application/pdf', 40)).toBe('the PDF is incomplete (no %%EOF at the end)');
    expect(cut('image/png', 30)).toBe('the PNG image is incomplete (no IEND chunk at the end)');
    expect(cut('image/jpeg', 20)).toBe('the JPEG image is incomplete (no end-of-image marker)');
    const docx = SAMPLES['application/vnd.openxmlformats-officedocument.wordprocessingml.document'];
    expect(problemOf(docx.subarray(0, docx.length - 30))).toBe(
      'the ZIP container is incomplete (no central directory)',
    );
    expect(cut('application/msword', 600)).toBe('the Office 97-2003 file is incomplete');
    expect(cut('image/tiff', 6)).toBe('the TIFF image is incomplete');
    expect(cut('image/heic', 20)).toBe('the image is incomplete');
    // Only the first bytes of a signature: not text (control bytes), so no accepted type.
    expect(cut('image/png', 3)).toBe('the file is none of the accepted types');
  });

  it('accepts UTF-8 text but not text with control bytes or another encoding', () => {
    expect(problemOf(Buffer.from('Hei\u0000du'))).toBe('the file is none of the accepted types');
    expect(problemOf(Buffer.from('Bl\xe5b\xe6r', 'latin1'))).toBe('the file is none of the accepted types');
    expect(detectMediaType(Buffer.from('<script>alert(1)</script>'))).toEqual({ type: 'text/plain' });
  });

  it('a PDF renamed or declared as something else is still a PDF', () => {
    expect(detectMediaType(SAMPLES['application/pdf'])).toEqual({ type: 'application/pdf' });
    expect(mediaTypeEssence('Application/PDF; name="x.docx"')).toBe('application/pdf');
    expect(mediaTypeEssence(undefined)).toBe('');
  });
});

describe('file names', () => {
  it('keeps the last part of a path, without control or reserved characters', () => {
    expect(cleanFilename('C:\\Users\\x\\Rapport om barnet.pdf')).toBe('Rapport om barnet.pdf');
    expect(cleanFilename('../../etc/passwd')).toBe('passwd');
    expect(cleanFilename('a\r\nb"c<d>.pdf')).toBe('a__b_c_d_.pdf');
    expect(cleanFilename('...')).toBeUndefined();
    expect(cleanFilename('/')).toBeUndefined();
  });

  it('gives a download the extension of the type its bytes are', () => {
    expect(downloadName('rapport.pdf', 'application/pdf')).toBe('rapport.pdf');
    expect(downloadName('bilde.JPEG', 'image/jpeg')).toBe('bilde.JPEG');
    expect(downloadName('invoice.exe', 'application/pdf')).toBe('invoice.exe.pdf');
    expect(downloadName('notat', 'text/plain')).toBe('notat.txt');
  });

  it('writes Content-Disposition that nothing in the name can break out of', () => {
    expect(attachmentDisposition('Bekymring for Åse.pdf')).toBe(
      `attachment; filename="Bekymring for Ase.pdf"; filename*=UTF-8''Bekymring%20for%20%C3%85se.pdf`,
    );
    const header = attachmentDisposition('a";\r\nSet-Cookie: x=1.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.split('"')).toHaveLength(3);
  });
});
