import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * ASiC-E (ETSI EN 319 162), the container Fiks IO carries a message in: a ZIP whose first entry is
 * `mimetype`, stored uncompressed, holding `application/vnd.etsi.asic-e+zip`, then the payload files
 * and META-INF/ (a manifest and, from a real sender, the XAdES signature `signatures.xml`).
 *
 * On the wire the whole container is also encrypted (CMS, to the receiving account's certificate)
 * and the signature is made with the sender's business certificate. Neither is done here: this
 * file packs and unpacks the container; encryption and signature checking belong to the Fiks IO
 * adapter (fiks-io-adapter.ts says what is not wired).
 */
export const ASICE_MIMETYPE = 'application/vnd.etsi.asic-e+zip';
/** Entries and bytes a container may unpack to, against zip bombs. */
const MAX_ENTRIES = 50;
const MAX_UNPACKED = 64 * 1024 * 1024;

export interface AsicFile {
  name: string;
  bytes: Buffer;
}

function manifest(files: readonly AsicFile[]): string {
  const entries = files
    .map((f) => `  <file-entry full-path="${f.name}" media-type="${mediaTypeOf(f.name)}"/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<manifest xmlns="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">\n  <file-entry full-path="/" media-type="${ASICE_MIMETYPE}"/>\n${entries}\n</manifest>\n`;
}

function mediaTypeOf(name: string): string {
  if (name.endsWith('.json')) return 'application/json';
  if (name.endsWith('.pdf')) return 'application/pdf';
  if (name.endsWith('.xml')) return 'application/xml';
  return 'application/octet-stream';
}

function safeName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 255 &&
    !name.startsWith('/') &&
    !name.includes('\\') &&
    !name.split('/').some((part) => part === '..' || part === '') &&
    // eslint-disable-next-line no-control-regex
    !/[\u0000-\u001f]/.test(name)
  );
}

/** Packs payload files into an (unsigned, unencrypted) ASiC-E container. */
export function writeAsice(files: readonly AsicFile[]): Buffer {
  const names = new Set<string>();
  for (const f of files) {
    if (!safeName(f.name) || f.name === 'mimetype' || f.name.startsWith('META-INF/') || names.has(f.name))
      throw new Error(`not a payload file name: ${f.name}`);
    names.add(f.name);
  }
  const entries: { name: string; bytes: Buffer; store: boolean }[] = [
    { name: 'mimetype', bytes: Buffer.from(ASICE_MIMETYPE, 'ascii'), store: true },
    ...files.map((f) => ({ name: f.name, bytes: f.bytes, store: false })),
    { name: 'META-INF/manifest.xml', bytes: Buffer.from(manifest(files), 'utf8'), store: false },
  ];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const data = e.store ? e.bytes : deflateRawSync(e.bytes);
    const crc = crc32(e.bytes);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.store ? 0 : 8, 8);
    local.writeUInt16LE(0x0021, 12); // 1980-01-01: a container's bytes do not depend on the clock
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(e.bytes.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.store ? 0 : 8, 10);
    central.writeUInt16LE(0x0021, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(e.bytes.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export class AsicError extends Error {
  override name = 'AsicError';
}

/**
 * Unpacks an ASiC-E container: checks the `mimetype` entry, refuses unsafe names (zip-slip),
 * encrypted or unknown compression, too many entries and too many bytes (zip bombs), and checks each
 * entry's CRC. Returns the payload files (not mimetype or META-INF/) in container order.
 */
export function readAsice(zip: Buffer): AsicFile[] {
  const endAt = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0 || endAt + 22 > zip.length) throw new AsicError('the container is not a ZIP (no end record)');
  const count = zip.readUInt16LE(endAt + 10);
  let at = zip.readUInt32LE(endAt + 16);
  if (count > MAX_ENTRIES) throw new AsicError(`the container has more than ${MAX_ENTRIES} entries`);
  const files: AsicFile[] = [];
  let unpacked = 0;
  let first = true;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50)
      throw new AsicError('the container directory is damaged');
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const packedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const localAt = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + skip;
    if ((flags & 1) !== 0) throw new AsicError(`the entry ${name} is encrypted with ZIP encryption`);
    if (!safeName(name) && !name.endsWith('/')) throw new AsicError('the container has an unsafe entry name');
    if (method !== 0 && method !== 8) throw new AsicError(`the entry ${name} uses an unknown compression`);
    unpacked += size;
    if (unpacked > MAX_UNPACKED) throw new AsicError('the container unpacks to too many bytes');
    if (localAt + 30 > zip.length || zip.readUInt32LE(localAt) !== 0x04034b50)
      throw new AsicError(`the entry ${name} is damaged`);
    const dataAt = localAt + 30 + zip.readUInt16LE(localAt + 26) + zip.readUInt16LE(localAt + 28);
    const packed = zip.subarray(dataAt, dataAt + packedSize);
    if (packed.length !== packedSize) throw new AsicError(`the entry ${name} is cut short`);
    let bytes: Buffer;
    try {
      bytes = method === 0 ? Buffer.from(packed) : inflateRawSync(packed, { maxOutputLength: size || 1 });
    } catch {
      throw new AsicError(`the entry ${name} cannot be unpacked`);
    }
    if (bytes.length !== size || crc32(bytes) !== crc)
      throw new AsicError(`the entry ${name} fails its checksum`);
    if (first) {
      if (name !== 'mimetype' || method !== 0 || bytes.toString('ascii') !== ASICE_MIMETYPE)
        throw new AsicError(`the first entry is not an uncompressed mimetype of ${ASICE_MIMETYPE}`);
      first = false;
      continue;
    }
    if (name.endsWith('/') || name.startsWith('META-INF/')) continue;
    files.push({ name, bytes });
  }
  if (first) throw new AsicError('the container is empty');
  return files;
}
