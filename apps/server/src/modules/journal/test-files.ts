/**
 * Small but structurally real sample files of every accepted type, for the tests: each has the
 * magic bytes and the structure detectMediaType reads (a ZIP central directory, an OLE directory
 * entry, a PNG IEND chunk, ...).
 */
import { deflateRawSync } from 'node:zlib';

/** A ZIP archive of `entries` (stored or deflated), with local headers and a central directory. */
export function zip(entries: [name: string, content: string][], options: { store?: boolean } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const raw = Buffer.from(content);
    const stored = options.store || name === 'mimetype';
    const data = stored ? raw : deflateRawSync(raw);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const ooxml = (part: string) =>
  zip([
    ['[Content_Types].xml', '<Types/>'],
    ['_rels/.rels', '<Relationships/>'],
    [part, '<x/>'],
  ]);

/** An OLE compound file whose first directory sector holds a root entry and `stream`. */
function ole(stream: string): Buffer {
  const file = Buffer.alloc(512 * 4);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
  file.writeUInt16LE(0x3e, 0x18);
  file.writeUInt16LE(3, 0x1a);
  file.writeUInt16LE(0xfffe, 0x1c);
  file.writeUInt16LE(9, 0x1e);
  file.writeUInt32LE(1, 0x30); // the directory starts in sector 1, at byte 1024
  Buffer.from('Root Entry\0', 'utf16le').copy(file, 1024);
  Buffer.from(`${stream}\0`, 'utf16le').copy(file, 1024 + 128);
  return file;
}

function png(): Buffer {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.from('0000000d49484452000000010000000108060000001f15c489', 'hex');
  const idat = Buffer.from('0000000d49444154789c6300010000050001' + '0d0a2db4', 'hex');
  const iend = Buffer.from('0000000049454e44ae426082', 'hex');
  return Buffer.concat([signature, ihdr, idat, iend]);
}

function heic(): Buffer {
  const ftyp = Buffer.alloc(24);
  ftyp.writeUInt32BE(24, 0);
  ftyp.write('ftypheic', 4, 'latin1');
  ftyp.write('mif1heic', 16, 'latin1');
  return Buffer.concat([ftyp, Buffer.alloc(64, 1)]);
}

export const SAMPLES = {
  'application/pdf': Buffer.from(
    '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  ),
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ooxml('word/document.xml'),
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ooxml('xl/workbook.xml'),
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ooxml('ppt/presentation.xml'),
  'application/vnd.oasis.opendocument.text': zip([
    ['mimetype', 'application/vnd.oasis.opendocument.text'],
    ['content.xml', '<office:document-content/>'],
  ]),
  'application/msword': ole('WordDocument'),
  'application/vnd.ms-excel': ole('Workbook'),
  'image/png': png(),
  'image/jpeg': Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]),
    Buffer.from('JFIF\0'),
    Buffer.alloc(40, 7),
    Buffer.from([0xff, 0xd9]),
  ]),
  'image/heic': heic(),
  'image/tiff': Buffer.concat([Buffer.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]), Buffer.alloc(32)]),
  'text/plain': Buffer.from('Samtale med skolen om Barnets fravær.\r\nOppfølging avtalt.\n'),
} as const;

export { ole, ooxml };
