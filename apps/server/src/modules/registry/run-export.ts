import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { recordAudit, type AuditActor } from '../../platform/audit/audit.js';
import type { Database } from '../../platform/db/database.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { avgiverOf } from './avgiver.js';
import { zipIntoDatabase } from './export-zip.js';
import {
  finishExport,
  findExport,
  insertExport,
  latestReadyExport,
  runningExport,
  tenantForRegistry,
  type ExportRow,
} from './registry.queries.js';
import { systemWriteCaseFiles } from './write-case-files.js';
import {
  schemaCheckAvailable,
  validateFiles,
  type SchemaTool,
  type ValidationProblem,
} from './xml-validation.js';

export interface RunExportInput {
  tenantId: string;
  kind: 'total' | 'changes';
  /** For a change export: the export to continue from; the newest ready one when left out. */
  changesSince?: string | undefined;
  via: 'api' | 'cli';
  /** Who is accountable: the staff member who started it, or the system (CLI). */
  auditActor: AuditActor;
  requestId: string | null;
  now: Date;
  schema: SchemaTool;
  /** `zip`: kept in the database for download; `folder`: the CLI writes the files there. */
  target: { kind: 'zip' } | { kind: 'folder'; dir: string };
  batchSize?: number;
  /** Synthetic test numbers pass the controls (see allowsSyntheticNumbers). */
  allowSyntheticNumbers: boolean;
}

/** An export that died with its process stays `running`; after this long a new one retires it. */
const ABANDONED_AFTER_MS = 2 * 60 * 60 * 1000;
const MAX_PROBLEMS = 200;

/** Starts the export: checks, the history row and its audit row, in one transaction. */
async function start(database: Database, input: RunExportInput) {
  return database.withTenant(input.tenantId, async (trx) => {
    const { avgiver, notices } = avgiverOf(await tenantForRegistry(trx, input.tenantId));
    let base: ExportRow | undefined;
    if (input.kind === 'changes') {
      const baseId = input.changesSince ?? (await latestReadyExport(trx));
      if (!baseId)
        throw new AppError(
          ErrorCode.Conflict,
          'No earlier export to compare with: make a total export first',
        );
      base = await findExport(trx, baseId);
      if (!base) throw new AppError(ErrorCode.NotFound, 'The export to compare with was not found');
      if (base.status !== 'ready')
        throw new AppError(ErrorCode.Conflict, `The export to compare with is ${base.status}, not ready`);
    }
    const running = await runningExport(trx);
    if (running) {
      if (input.now.getTime() - running.startedAt.getTime() < ABANDONED_AFTER_MS)
        throw new AppError(ErrorCode.Conflict, 'An export of this service is running; wait for it to finish');
      const abandoned = {
        file: '(export)',
        line: null,
        element: null,
        reason: 'abandoned: its process stopped',
      };
      await finishExport(trx, running.id, {
        status: 'failed',
        fileCount: 0,
        elementCounts: {},
        findingCounts: {},
        validation: null,
        problems: [abandoned],
        zipBytes: null,
        zipSha256: null,
      });
    }
    const row = await insertExport(trx, {
      tenantId: input.tenantId,
      kind: input.kind,
      changesSince: base?.id ?? null,
      via: input.via,
      startedBy: input.auditActor.kind === 'staff' ? input.auditActor.actorId : null,
    });
    // One audit row for the whole export: it reads every case of the service (the system path
    // below); which cases it sent is in registry_export_child under the same id, with the count.
    await recordAudit(
      trx,
      input.auditActor,
      { action: 'registry_export', objectType: 'registry_export', objectId: row.id },
      input.requestId,
    );
    return { exportId: row.id, avgiver, notices, baseSeq: base?.seq ?? null };
  });
}

export interface ExportResult {
  id: string;
  status: 'ready' | 'refused' | 'failed';
  fileCount: number;
  elementCounts: Record<string, number>;
  findingCounts: Record<string, number>;
  validation: 'passed' | 'failed' | 'unavailable';
  /** Why files did not validate (file, line, element, reason) and notices; no values. */
  problems: ValidationProblem[];
  zipBytes: number | null;
  /** For a folder target: where the files are. */
  dir: string | null;
}

/**
 * Runs an export of one service to the registry: every case (total) or those changed since an
 * earlier export (changes), one file per case, each validated against the XSD before anything is
 * offered. A file that does not validate refuses the whole export, naming file, line, element
 * and reason; without xmllint or the XSD the export is made and says plainly that it is unchecked.
 */
export async function runExport(database: Database, input: RunExportInput): Promise<ExportResult> {
  const s = await start(database, input);
  const check = schemaCheckAvailable(input.schema);
  const folder = input.target.kind === 'folder' ? input.target.dir : null;
  if (folder) await mkdir(folder, { recursive: true });
  // Files are made in a fresh folder (inside the target for the CLI, so they move by rename).
  const dir = await mkdtemp(path.join(folder ?? tmpdir(), folder ? '.vern-export-' : 'vern-export-'));
  const problems: ValidationProblem[] = [...s.notices];
  let invalid = 0;
  try {
    const tally = await systemWriteCaseFiles(
      database,
      {
        tenantId: input.tenantId,
        exportId: s.exportId,
        avgiver: s.avgiver,
        now: input.now,
        baseSeq: s.baseSeq,
        dir,
        batchSize: input.batchSize ?? 500,
        allowSyntheticNumbers: input.allowSyntheticNumbers,
      },
      async (names) => {
        if (!check.available) return;
        const found = await validateFiles(
          input.schema,
          names.map((n) => path.join(dir, n)),
        );
        invalid += new Set(found.map((p) => p.file)).size;
        problems.push(...found.slice(0, Math.max(0, MAX_PROBLEMS - problems.length)));
      },
    );
    if (!check.available)
      problems.push({
        file: '(export)',
        line: null,
        element: null,
        reason: `not validated against the XSD: ${check.reason}`,
      });
    const validation = !check.available ? 'unavailable' : invalid > 0 ? 'failed' : 'passed';
    const status = invalid > 0 ? 'refused' : 'ready';
    let zip: { bytes: number; sha256: string } | null = null;
    if (status === 'ready' && input.target.kind === 'zip')
      zip = await zipIntoDatabase(database, {
        tenantId: input.tenantId,
        exportId: s.exportId,
        dir,
        files: tally.files,
        time: input.now,
      });
    if (status === 'ready' && folder)
      for (const name of tally.files) await rename(path.join(dir, name), path.join(folder, name));
    const result = {
      status,
      fileCount: tally.files.length,
      elementCounts: tally.elementCounts,
      findingCounts: tally.findingCounts,
      validation,
      problems,
      zipBytes: zip?.bytes ?? null,
    } as const;
    await database.withTenant(input.tenantId, (trx) =>
      finishExport(trx, s.exportId, { ...result, zipSha256: zip?.sha256 ?? null }),
    );
    return { id: s.exportId, ...result, dir: folder };
  } catch (error) {
    const reason =
      error instanceof AppError
        ? error.message
        : `stopped on an internal error (${error instanceof Error ? error.name : 'unknown'})`;
    await database.withTenant(input.tenantId, (trx) =>
      finishExport(trx, s.exportId, {
        status: 'failed',
        fileCount: 0,
        elementCounts: {},
        findingCounts: {},
        validation: null,
        problems: [...problems, { file: '(export)', line: null, element: null, reason }],
        zipBytes: null,
        zipSha256: null,
      }),
    );
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
