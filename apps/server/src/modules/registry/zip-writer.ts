import { crc32, deflateRawSync } from 'node:zlib';

/** Where the zip's bytes go, in order (a file, a database table of parts, a response). */
export type ByteSink = (chunk: Buffer) => Promise<void>;

const MAX_ENTRIES = 0xffff;
const MAX_OFFSET = 0xffffffff;

/** MS-DOS date and time of the zip headers (local time fields, two-second resolution). */
function dosDateTime(time: Date): { date: number; time: number } {
  const year = Math.max(1980, time.getUTCFullYear());
  return {
    date: ((year - 1980) << 9) | ((time.getUTCMonth() + 1) << 5) | time.getUTCDate(),
    time: (time.getUTCHours() << 11) | (time.getUTCMinutes() << 5) | Math.floor(time.getUTCSeconds() / 2),
  };
}

/**
 * A zip (PKWARE APPNOTE 6.3) written as its entries come: each entry is deflated and handed to the
 * sink at once, and only the central directory (about 90 bytes an entry) is kept until `finish`.
 * No zip64: up to 65 535 entries and 4 GiB, which is refused beyond with a clear error (a service
 * with more children than that would need zip64 or several files).
 */
export class ZipWriter {
  readonly #sink: ByteSink;
  readonly #central: Buffer[] = [];
  readonly #stamp: { date: number; time: number };
  #offset = 0;
  #entries = 0;

  constructor(sink: ByteSink, time: Date) {
    this.#sink = sink;
    this.#stamp = dosDateTime(time);
  }

  get bytesWritten(): number {
    return this.#offset;
  }

  async add(name: string, content: Buffer): Promise<void> {
    if (this.#entries >= MAX_ENTRIES)
      throw new Error(`a zip without zip64 holds at most ${MAX_ENTRIES} files`);
    const nameBytes = Buffer.from(name, 'utf8');
    const data = deflateRawSync(content, { level: 6 });
    const crc = crc32(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(this.#stamp.time, 10);
    local.writeUInt16LE(this.#stamp.date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(this.#stamp.time, 12);
    central.writeUInt16LE(this.#stamp.date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    central.writeUInt32LE(this.#offset, 42);
    this.#central.push(central, nameBytes);
    this.#entries += 1;
    await this.#write(Buffer.concat([local, nameBytes, data]));
  }

  /** Writes the central directory and its end record; the zip is complete after it. */
  async finish(): Promise<void> {
    const start = this.#offset;
    const directory = Buffer.concat(this.#central);
    await this.#write(directory);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.#entries, 8);
    end.writeUInt16LE(this.#entries, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(start, 16);
    await this.#write(end);
  }

  async #write(chunk: Buffer): Promise<void> {
    if (this.#offset + chunk.length > MAX_OFFSET) throw new Error('a zip without zip64 holds at most 4 GiB');
    this.#offset += chunk.length;
    await this.#sink(chunk);
  }
}

/** Gathers small writes into parts of about `size` bytes before handing them on. */
export function partSink(size: number, flush: (part: Buffer) => Promise<void>) {
  let pending: Buffer[] = [];
  let length = 0;
  return {
    sink: (async (chunk) => {
      pending.push(chunk);
      length += chunk.length;
      if (length >= size) {
        const part = Buffer.concat(pending);
        pending = [];
        length = 0;
        await flush(part);
      }
    }) as ByteSink,
    async close(): Promise<void> {
      if (length > 0) await flush(Buffer.concat(pending));
      pending = [];
      length = 0;
    },
  };
}
