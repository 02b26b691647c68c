import type { CaseHistory, ElementRef } from '@vern/domain';
import { sql, type ColumnType, type Generated, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { ValidationProblem } from './xml-validation.js';

type Json = ColumnType<unknown, string, string>;
/** A jsonb column with a default. */
type JsonWithDefault = ColumnType<unknown, string | undefined, string>;

/** 0010_registry_export.sql, typed here so the module is whole (Kysely's withTables). */
export type RegistryTables = {
  registry_export: {
    tenant_id: string;
    id: Generated<string>;
    seq: ColumnType<number, never, never>;
    kind: 'total' | 'changes';
    changes_since: string | null;
    via: 'api' | 'cli';
    started_by: string | null;
    started_at: ColumnType<Date, never, never>;
    finished_at: Date | null;
    status: Generated<ExportStatus>;
    file_count: Generated<number>;
    element_counts: JsonWithDefault;
    finding_counts: JsonWithDefault;
    validation: 'passed' | 'failed' | 'unavailable' | null;
    problems: JsonWithDefault;
    zip_bytes: number | null;
    zip_sha256: string | null;
  };
  registry_export_child: {
    tenant_id: string;
    export_id: string;
    sak_id: string;
    document_id: string;
    sak_version: number;
    content_sha256: string;
    elements: Json;
  };
  registry_export_part: { tenant_id: string; export_id: string; part: number; bytes: Uint8Array };
};
export type ExportStatus = 'running' | 'ready' | 'refused' | 'failed';
type Trx = Transaction<DB>;
const t = (trx: Trx) => trx.withTables<RegistryTables>();

export interface TenantRow {
  organisasjonsnummer: string | null;
  kommunenummer: string;
  kommunenavn: string | null;
  name: string;
  kind: 'kommune' | 'bydel' | 'interkommunal';
  bydelsnummer: string | null;
  bydelsnavn: string | null;
}

export async function tenantForRegistry(trx: Trx, tenantId: string): Promise<TenantRow> {
  const { rows } = await sql<TenantRow>`
    SELECT organisasjonsnummer, kommunenummer, kommunenavn, name, kind, bydelsnummer, bydelsnavn
      FROM tenant WHERE id = ${tenantId}`.execute(trx);
  const row = rows[0];
  if (!row) throw new Error('tenant not found');
  return row;
}

export interface ExportRow {
  id: string;
  seq: number;
  kind: 'total' | 'changes';
  changesSince: string | null;
  via: 'api' | 'cli';
  startedBy: string | null;
  startedByName: string | null;
  startedAt: Date;
  finishedAt: Date | null;
  status: ExportStatus;
  fileCount: number;
  elementCounts: Record<string, number>;
  findingCounts: Record<string, number>;
  validation: 'passed' | 'failed' | 'unavailable' | null;
  problems: ValidationProblem[];
  zipBytes: number | null;
}

function exportQuery(trx: Trx) {
  return t(trx)
    .selectFrom('registry_export as e')
    .leftJoin('staff_user as s', 's.id', 'e.started_by')
    .select([
      'e.id',
      'e.seq',
      'e.kind',
      'e.changes_since as changesSince',
      'e.via',
      'e.started_by as startedBy',
      's.display_name as startedByName',
      'e.started_at as startedAt',
      'e.finished_at as finishedAt',
      'e.status',
      'e.file_count as fileCount',
      'e.element_counts as elementCounts',
      'e.finding_counts as findingCounts',
      'e.validation',
      'e.problems',
      'e.zip_bytes as zipBytes',
    ]);
}

export async function findExport(trx: Trx, id: string): Promise<ExportRow | undefined> {
  const row = await exportQuery(trx).where('e.id', '=', id).executeTakeFirst();
  return row as unknown as ExportRow | undefined;
}

/** Newest first. */
export async function listExports(trx: Trx, limit: number): Promise<ExportRow[]> {
  return (await exportQuery(trx).orderBy('e.seq', 'desc').limit(limit).execute()) as unknown as ExportRow[];
}

/** The newest export that was offered (the default base of a change export). */
export async function latestReadyExport(trx: Trx): Promise<string | undefined> {
  const row = await t(trx)
    .selectFrom('registry_export')
    .select('id')
    .where('status', '=', 'ready')
    .orderBy('seq', 'desc')
    .executeTakeFirst();
  return row?.id;
}

/** An export still running, by age: a process that died leaves one, which a later start may retire. */
export async function runningExport(trx: Trx): Promise<{ id: string; startedAt: Date } | undefined> {
  return t(trx)
    .selectFrom('registry_export')
    .select(['id', 'started_at as startedAt'])
    .where('status', '=', 'running')
    .executeTakeFirst();
}

export async function insertExport(
  trx: Trx,
  v: {
    tenantId: string;
    kind: 'total' | 'changes';
    changesSince: string | null;
    via: 'api' | 'cli';
    startedBy: string | null;
  },
): Promise<{ id: string; seq: number; startedAt: Date }> {
  return t(trx)
    .insertInto('registry_export')
    .values({
      tenant_id: v.tenantId,
      kind: v.kind,
      changes_since: v.changesSince,
      via: v.via,
      started_by: v.startedBy,
    })
    .returning(['id', 'seq', 'started_at as startedAt'])
    .executeTakeFirstOrThrow();
}

export async function finishExport(
  trx: Trx,
  id: string,
  v: {
    status: Exclude<ExportStatus, 'running'>;
    fileCount: number;
    elementCounts: Record<string, number>;
    findingCounts: Record<string, number>;
    validation: 'passed' | 'failed' | 'unavailable' | null;
    problems: ValidationProblem[];
    zipBytes: number | null;
    zipSha256: string | null;
  },
): Promise<void> {
  await t(trx)
    .updateTable('registry_export')
    .set({
      status: v.status,
      finished_at: sql<Date>`clock_timestamp()`,
      file_count: v.fileCount,
      element_counts: JSON.stringify(v.elementCounts),
      finding_counts: JSON.stringify(v.findingCounts),
      validation: v.validation,
      problems: JSON.stringify(v.problems),
      zip_bytes: v.zipBytes,
      zip_sha256: v.zipSha256,
    })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

export interface CaseRow {
  sakId: string;
  journalnummer: string;
  startDate: string;
  version: number;
  history: CaseHistory;
  childId: string;
  fodselsnummer: string | null;
  birthDate: string | null;
  kjonn: '0' | '1' | '2' | null;
  dufNummer: string | null;
}

/**
 * One batch of the tenant's cases with their child's registry fields, after `afterSakId` in id
 * order (keyset pagination: each batch is one short statement, whatever the tenant's size). Cases
 * without a step have nothing to report and are left out.
 */
export async function readCaseBatch(
  trx: Trx,
  tenantId: string,
  afterSakId: string | null,
  limit: number,
): Promise<CaseRow[]> {
  let q = trx
    .selectFrom('sak as s')
    .innerJoin('person as p', 'p.id', 's.child_person_id')
    .select([
      's.id as sakId',
      's.journalnummer',
      's.start_date as startDate',
      's.version',
      's.history',
      'p.id as childId',
      'p.fodselsnummer',
      'p.birth_date as birthDate',
      'p.kjonn',
      'p.duf_nummer as dufNummer',
    ])
    // The tenant as well as row-level security: the (tenant_id, id) key then serves the keyset.
    .where('s.tenant_id', '=', tenantId)
    .where('s.history', 'is not', null)
    .orderBy('s.id')
    .limit(limit);
  if (afterSakId !== null) q = q.where('s.id', '>', afterSakId);
  return (await q.execute()) as CaseRow[];
}

export interface Baseline {
  sakId: string;
  documentId: string;
  contentSha256: string;
  elements: ElementRef[];
}

/** For each case, what the newest offered export up to `uptoSeq` sent for it. */
export async function baselinesOf(trx: Trx, sakIds: readonly string[], uptoSeq: number): Promise<Baseline[]> {
  if (sakIds.length === 0) return [];
  const { rows } = await sql<Baseline>`
    SELECT DISTINCT ON (c.sak_id) c.sak_id AS "sakId", c.document_id AS "documentId",
           c.content_sha256 AS "contentSha256", c.elements
      FROM registry_export_child c
      JOIN registry_export e ON e.tenant_id = c.tenant_id AND e.id = c.export_id
     WHERE e.status = 'ready' AND e.seq <= ${uptoSeq}
       AND c.sak_id IN (${sql.join(sakIds.map((id) => sql`${id}::uuid`))})
     ORDER BY c.sak_id, e.seq DESC`.execute(trx);
  return rows;
}

export async function insertExportChildren(
  trx: Trx,
  rows: readonly {
    tenantId: string;
    exportId: string;
    sakId: string;
    documentId: string;
    version: number;
    contentSha256: string;
    elements: ElementRef[];
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  await t(trx)
    .insertInto('registry_export_child')
    .values(
      rows.map((r) => ({
        tenant_id: r.tenantId,
        export_id: r.exportId,
        sak_id: r.sakId,
        document_id: r.documentId,
        sak_version: r.version,
        content_sha256: r.contentSha256,
        elements: JSON.stringify(r.elements),
      })),
    )
    .execute();
}

export async function insertExportPart(
  trx: Trx,
  v: { tenantId: string; exportId: string; part: number; bytes: Buffer },
): Promise<void> {
  await t(trx)
    .insertInto('registry_export_part')
    .values({ tenant_id: v.tenantId, export_id: v.exportId, part: v.part, bytes: v.bytes })
    .execute();
}

/** One part of an export's zip, or undefined past the last. */
export async function readExportPart(trx: Trx, exportId: string, part: number): Promise<Buffer | undefined> {
  const row = await t(trx)
    .selectFrom('registry_export_part')
    .select('bytes')
    .where('export_id', '=', exportId)
    .where('part', '=', part)
    .executeTakeFirst();
  return row ? Buffer.from(row.bytes) : undefined;
}
