import { osloDate, type Avgiver } from '@vern/domain';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../../platform/db/database.js';
import { caseFile, type CaseFile } from './case-file.js';
import { baselinesOf, insertExportChildren, readCaseBatch } from './registry.queries.js';

export interface Tally {
  /** The file names written, in order (`<sak id>.xml`). */
  files: string[];
  elementCounts: Record<string, number>;
  findingCounts: Record<string, number>;
}

function count(tally: Tally, file: CaseFile): void {
  const add = (rec: Record<string, number>, key: string, n = 1) => (rec[key] = (rec[key] ?? 0) + n);
  add(tally.elementCounts, 'Sak');
  for (const e of file.elements) add(tally.elementCounts, e.type);
  if (file.slettet > 0) add(tally.elementCounts, 'Slettet', file.slettet);
  for (const [severity, n] of Object.entries(file.findings)) add(tally.findingCounts, severity, n);
}

export interface WriteCaseFilesInput {
  tenantId: string;
  exportId: string;
  avgiver: Avgiver;
  now: Date;
  /** For a change export, the seq of the export it continues from; null for a total export. */
  baseSeq: number | null;
  dir: string;
  batchSize: number;
  allowSyntheticNumbers: boolean;
}

/**
 * The system path of the export: reads every case of the service, whatever the reader's own
 * need-to-know (the registry is owed all of them; the export's one audit row says who asked), in
 * batches by keyset pagination, one short transaction each, so neither the tenant nor a connection
 * is held for long. Writes each case's file to `dir`, records what was sent, and hands each batch's
 * file names to `onBatch` (schema validation), which runs while the next batch is made; at most one
 * batch waits for it.
 */
export async function systemWriteCaseFiles(
  database: Database,
  input: WriteCaseFilesInput,
  onBatch: (files: string[]) => Promise<void>,
): Promise<Tally> {
  const tally: Tally = { files: [], elementCounts: {}, findingCounts: {} };
  const today = osloDate(input.now);
  let after: string | null = null;
  // The previous batch is validated while this one is read and written (xmllint runs apart).
  let validating: Promise<void> = Promise.resolve();
  for (;;) {
    const batch: { names: string[]; last: string | null } = await database.withTenant(
      input.tenantId,
      async (trx) => {
        const rows = await readCaseBatch(trx, input.tenantId, after, input.batchSize);
        if (rows.length === 0) return { names: [], last: null };
        const ids = rows.map((r) => r.sakId);
        const baselines = input.baseSeq === null ? [] : await baselinesOf(trx, ids, input.baseSeq);
        const byId = new Map(baselines.map((b) => [b.sakId, b]));
        const files: CaseFile[] = [];
        for (const row of rows) {
          const baseline = byId.get(row.sakId);
          const ctx = {
            avgiver: input.avgiver,
            now: input.now,
            today,
            changes: input.baseSeq !== null,
            baseline,
            allowSyntheticNumbers: input.allowSyntheticNumbers,
          };
          const file = caseFile(row, ctx);
          if (file) files.push(file);
        }
        await Promise.all(files.map((f) => writeFile(path.join(input.dir, `${f.sakId}.xml`), f.xml)));
        await insertExportChildren(
          trx,
          files.map((f) => ({ ...f, tenantId: input.tenantId, exportId: input.exportId })),
        );
        for (const f of files) count(tally, f);
        return { names: files.map((f) => `${f.sakId}.xml`), last: ids[ids.length - 1] ?? null };
      },
    );
    if (batch.last === null) break;
    after = batch.last;
    tally.files.push(...batch.names);
    await validating;
    validating = onBatch(batch.names);
    // Kept handled until awaited: a failure in the next batch must not leave it unobserved.
    validating.catch(() => undefined);
  }
  await validating;
  return tally;
}
