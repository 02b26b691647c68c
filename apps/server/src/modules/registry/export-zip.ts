import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../../platform/db/database.js';
import { insertExportPart } from './registry.queries.js';
import { partSink, ZipWriter } from './zip-writer.js';

const PART_BYTES = 1024 * 1024;

/**
 * Packs the validated files into a zip kept in the database in parts of about 1 MiB, each part in
 * a short transaction of its own as the zip grows: one file in memory at a time, never the zip.
 * The parts are not offered until the export is marked ready, so a crash half-way serves nothing.
 */
export async function zipIntoDatabase(
  database: Database,
  v: { tenantId: string; exportId: string; dir: string; files: readonly string[]; time: Date },
): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let part = 0;
  const parts = partSink(PART_BYTES, async (bytes) => {
    hash.update(bytes);
    const n = part++;
    await database.withTenant(v.tenantId, (trx) =>
      insertExportPart(trx, { tenantId: v.tenantId, exportId: v.exportId, part: n, bytes }),
    );
  });
  const zip = new ZipWriter(parts.sink, v.time);
  for (const name of v.files) await zip.add(name, await readFile(path.join(v.dir, name)));
  await zip.finish();
  await parts.close();
  return { bytes: zip.bytesWritten, sha256: hash.digest('hex') };
}
