import type { Command } from 'commander';
import path from 'node:path';
import { loadConfig } from '../config/config.js';
import { SYSTEM_ACTOR } from '../platform/audit/audit.js';
import type { Database } from '../platform/db/database.js';
import { withDatabase } from './with-database.js';
import { allowsSyntheticNumbers } from '../modules/registry/case-file.js';
import { runExport, type ExportResult } from '../modules/registry/run-export.js';
import { fail } from './fail.js';

/** The service to export: the one named by id or slug, or the only one there is. */
export async function resolveTenant(database: Database, wanted?: string): Promise<string> {
  const tenants = await database.db.selectFrom('tenant').select(['id', 'slug']).orderBy('slug').execute();
  if (wanted) {
    const t = tenants.find((x) => x.id === wanted || x.slug === wanted);
    if (!t) throw new Error(`no service with id or slug ${wanted}`);
    return t.id;
  }
  const only = tenants[0];
  if (tenants.length !== 1 || !only)
    throw new Error(
      tenants.length === 0
        ? 'there is no service in this database'
        : `there are ${tenants.length} services: say which with --tenant (${tenants.map((x) => x.slug).join(', ')})`,
    );
  return only.id;
}

/** What the command prints: counts and problems, never the files' content. */
export function reportLines(r: ExportResult): string[] {
  const counts = (rec: Record<string, number>) =>
    Object.entries(rec)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || 'none';
  return [
    `export ${r.id}: ${r.status}, ${r.fileCount} file(s)${r.dir && r.status === 'ready' ? ` in ${r.dir}` : ''}`,
    `elements: ${counts(r.elementCounts)}`,
    `findings: ${counts(r.findingCounts)}`,
    `schema validation: ${r.validation}`,
    ...r.problems.map(
      (p) =>
        `  ${p.file}${p.line === null ? '' : `:${p.line}`}${p.element ? ` ${p.element}` : ''}: ${p.reason}`,
    ),
  ];
}

/** `vern export registry`: the same export as the staff app's, written as files to a folder. */
export function registerExportCommands(program: Command): void {
  program
    .command('export')
    .description('export data to national services')
    .command('registry')
    .description(
      'one Barnevern_v4.xsd file per case for the national child welfare registry, validated with xmllint; exit 1 when refused',
    )
    .requiredOption('--out <folder>', 'where to write the files (made if missing)')
    .option('--tenant <id-or-slug>', 'the service (default: the only one)')
    .option(
      '--changes-since <export-id>',
      'only the cases changed since this export, with ForrigeId and Slettet',
    )
    .action(async (options: { out: string; tenant?: string; changesSince?: string }) => {
      try {
        const config = loadConfig(process.env);
        await withDatabase(config, async (database) => {
          const tenantId = await resolveTenant(database, options.tenant);
          const result = await runExport(database, {
            tenantId,
            kind: options.changesSince ? 'changes' : 'total',
            changesSince: options.changesSince,
            via: 'cli',
            auditActor: SYSTEM_ACTOR(tenantId),
            requestId: null,
            now: new Date(),
            schema: config.registry,
            target: { kind: 'folder', dir: path.resolve(options.out) },
            allowSyntheticNumbers: allowsSyntheticNumbers(config),
          });
          for (const line of reportLines(result))
            (result.status === 'ready' ? console.log : console.error)(line);
          if (result.status !== 'ready') process.exitCode = 1;
        });
      } catch (error) {
        fail(error);
      }
    });
}
