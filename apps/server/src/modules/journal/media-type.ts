/**
 * What a file really is, from its bytes (magic numbers and a little structure), never from its
 * name or the Content-Type a client sent. An upload is accepted only when the declared type is on
 * the list and the bytes are that type (ASVS 5.2.2): a renamed executable, a polyglot or a file
 * cut short in transfer is refused with the reason.
 */

export const DOCUMENT_TYPES = {
  'application/pdf': { kind: 'PDF', extension: 'pdf' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    kind: 'Word (DOCX)',
    extension: 'docx',
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    kind: 'Excel (XLSX)',
    extension: 'xlsx',
  },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': {
    kind: 'PowerPoint (PPTX)',
    extension: 'pptx',
  },
  'application/vnd.oasis.opendocument.text': { kind: 'OpenDocument text (ODT)', extension: 'odt' },
  'application/msword': { kind: 'Word 97-2003 (DOC)', extension: 'doc' },
  'application/vnd.ms-excel': { kind: 'Excel 97-2003 (XLS)', extension: 'xls' },
  'image/png': { kind: 'PNG image', extension: 'png' },
  'image/jpeg': { kind: 'JPEG image', extension: 'jpg' },
  'image/heic': { kind: 'HEIC image', extension: 'heic' },
  'image/tiff': { kind: 'TIFF image', extension: 'tif' },
  'text/plain': { kind: 'plain text', extension: 'txt' },
} as const;
export type DocumentMediaType = keyof typeof DOCUMENT_TYPES;

export function isDocumentMediaType(value: string): value is DocumentMediaType {
  return Object.hasOwn(DOCUMENT_TYPES, value);
}

/** The bytes' type, or why they are none of the accepted types. */
export type Detection = { type: DocumentMediaType } | { problem: string };

const PDF = Buffer.from('%PDF-');
const PDF_EOF = Buffer.from('%%EOF');
const ZIP_LOCAL = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ZIP_END = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_END = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const TIFF_LE = Buffer.from([0x49, 0x49, 0x2a, 0x00]);
const TIFF_BE = Buffer.from([0x4d, 0x4d, 0x00, 0x2a]);
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx']);
const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';

const startsWith = (bytes: Buffer, magic: Buffer) =>
  bytes.length >= magic.length && bytes.subarray(0, magic.length).equals(magic);

/** Detects the type of `bytes` among DOCUMENT_TYPES. Reads, never decompresses or executes. */
export function detectMediaType(bytes: Buffer): Detection {
  if (bytes.length === 0) return { problem: 'the file is empty' };
  if (startsWith(bytes, PDF)) {
    // Every PDF ends with %%EOF (perhaps followed by a line break); a cut-off upload does not.
    return bytes.subarray(-1024).includes(PDF_EOF)
      ? { type: 'application/pdf' }
      : { problem: 'the PDF is incomplete (no %%EOF at the end)' };
  }
  if (startsWith(bytes, ZIP_LOCAL)) return detectZip(bytes);
  if (startsWith(bytes, OLE)) return detectOle(bytes);
  if (startsWith(bytes, PNG)) {
    return bytes.subarray(-PNG_END.length).equals(PNG_END)
      ? { type: 'image/png' }
      : { problem: 'the PNG image is incomplete (no IEND chunk at the end)' };
  }
  if (startsWith(bytes, JPEG)) {
    return bytes.length >= 4 && bytes.includes(Buffer.from([0xff, 0xd9]), 3)
      ? { type: 'image/jpeg' }
      : { problem: 'the JPEG image is incomplete (no end-of-image marker)' };
  }
  if (startsWith(bytes, TIFF_LE) || startsWith(bytes, TIFF_BE)) {
    return bytes.length >= 8 ? { type: 'image/tiff' } : { problem: 'the TIFF image is incomplete' };
  }
  const heic = detectHeic(bytes);
  if (heic) return heic;
  if (isPlainText(bytes)) return { type: 'text/plain' };
  return { problem: 'the file is none of the accepted types' };
}

/** ISO base media file: `ftyp` box at offset 4 with a HEIF/HEVC brand (major or compatible). */
function detectHeic(bytes: Buffer): Detection | undefined {
  if (bytes.length < 12 || bytes.toString('latin1', 4, 8) !== 'ftyp') return undefined;
  const boxSize = bytes.readUInt32BE(0);
  if (boxSize < 16 || boxSize > bytes.length) return { problem: 'the image is incomplete' };
  const brands = [bytes.toString('latin1', 8, 12)];
  for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(bytes.toString('latin1', at, at + 4));
  return brands.some((b) => HEIC_BRANDS.has(b))
    ? { type: 'image/heic' }
    : { problem: 'the file is a media container of no accepted kind (only HEIC images)' };
}

/**
 * A ZIP container: the Office Open XML formats and ODT. The central directory at the end lists the
 * entries (a cut-off file has none); the entry names tell which format it is.
 */
function detectZip(bytes: Buffer): Detection {
  const names = zipEntryNames(bytes);
  if (!names) return { problem: 'the ZIP container is incomplete (no central directory)' };
  if (names[0] === 'mimetype') {
    // ODF puts an uncompressed `mimetype` entry first; its bytes follow the local header at 30+8.
    const nameLength = bytes.readUInt16LE(26);
    const extraLength = bytes.readUInt16LE(28);
    const start = 30 + nameLength + extraLength;
    if (bytes.toString('latin1', start, start + ODT_MIMETYPE.length) === ODT_MIMETYPE) {
      return { type: 'application/vnd.oasis.opendocument.text' };
    }
    return { problem: 'the file is an OpenDocument of no accepted kind (only ODT text)' };
  }
  if (names.includes('[Content_Types].xml')) {
    if (names.includes('word/document.xml')) {
      return { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
    }
    if (names.includes('xl/workbook.xml')) {
      return { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
    }
    if (names.includes('ppt/presentation.xml')) {
      return { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' };
    }
  }
  return { problem: 'the file is a ZIP archive, not an Office document' };
}

/** The entry names of a ZIP's central directory, or undefined when it is missing or cut off. */
function zipEntryNames(bytes: Buffer): string[] | undefined {
  // The end-of-central-directory record is 22 bytes plus a comment of at most 65535.
  const end = bytes.lastIndexOf(ZIP_END, Math.max(0, bytes.length - 22));
  if (end < 0 || end < bytes.length - 22 - 65535) return undefined;
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  let at = bytes.readUInt32LE(end + 16);
  if (at + size > end) return undefined;
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== 0x02014b50) return undefined;
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    names.push(bytes.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/**
 * The OLE compound file of Word and Excel 97-2003. Which one it is shows in the directory: a
 * `WordDocument` or a `Workbook`/`Book` stream. Directory entries are 128 bytes, aligned in sectors
 * of 512 or 4096 bytes, and begin with their UTF-16LE name, so a match must sit on a 128-byte line.
 */
function detectOle(bytes: Buffer): Detection {
  if (bytes.length < 1024) return { problem: 'the Office 97-2003 file is incomplete' };
  const hasEntry = (name: string) => {
    const needle = Buffer.from(`${name}\0`, 'utf16le');
    for (let at = bytes.indexOf(needle, 512); at >= 0; at = bytes.indexOf(needle, at + 1)) {
      if (at % 128 === 0) return true;
    }
    return false;
  };
  if (hasEntry('WordDocument')) return { type: 'application/msword' };
  if (hasEntry('Workbook') || hasEntry('Book')) return { type: 'application/vnd.ms-excel' };
  return { problem: 'the file is an Office 97-2003 file of no accepted kind (only DOC and XLS)' };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 text without control characters other than tab, line feed, form feed and carriage return. */
function isPlainText(bytes: Buffer): boolean {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

/** The declared Content-Type's essence (`text/plain; charset=utf-8` → `text/plain`), lower case. */
export function mediaTypeEssence(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}
