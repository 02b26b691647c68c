#!/usr/bin/env node
import { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { migratePGlite, migratePostgres } from '../platform/db/database.js';
import { withDatabase } from './with-database.js';
import { seedDemo } from '../modules/tenancy/seed-demo.js';
import { auditVerify } from './audit-verify.js';
import { dailyDeadlines, explainCaseDeadlines } from './deadlines.js';
import { registerExportCommands } from './export-registry.js';
import { fail } from './fail.js';
import { registerFiksCommands } from './import-fiks.js';
import { runServe } from './serve.js';

const program = new Command()
  .name('vern')
  .description(
    'Vern: case management for municipal child welfare services.\nSettings come from the environment (see README).',
  )
  .showHelpAfterError();

program
  .command('serve')
  .description('start the server (what npm start runs)')
  .action(async () => runServe());

program
  .command('migrate')
  .description('apply the database migrations (embedded data folder, or MIGRATION_DATABASE_URL/DATABASE_URL)')
  .action(async () => {
    try {
      const config = loadConfig(process.env);
      const applied =
        config.database.kind === 'pglite'
          ? await migratePGlite(config.database.dataDir)
          : await migratePostgres(config.database.migrationUrl.reveal());
      console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
    } catch (error) {
      fail(error);
    }
  });

program
  .command('seed')
  .description('add data to the database')
  .option('--demo', 'the demo service with its staff (skipped when it exists)')
  .action(async (options: { demo?: boolean }) => {
    if (!options.demo) fail(new Error('say what to seed: vern seed --demo'));
    try {
      const config = loadConfig(process.env);
      await withDatabase(config, async (database) => {
        const result = await seedDemo(database);
        console.log(
          result.seeded
            ? `demo service created (tenant ${result.tenantId})`
            : 'the demo service exists already',
        );
      });
    } catch (error) {
      fail(error);
    }
  });

program
  .command('audit')
  .description('audit log tools')
  .command('verify')
  .description("check every service's audit hash chain; names the first broken row, exit 1 if any")
  .option('--tenant <id-or-slug>', 'only this service')
  .action(async (options: { tenant?: string }) => {
    try {
      const config = loadConfig(process.env);
      await withDatabase(config, async (database) => {
        const { ok, lines } = await auditVerify(database, options.tenant);
        for (const line of lines) (ok ? console.log : console.error)(line);
        if (!ok) process.exitCode = 1;
      });
    } catch (error) {
      fail(error);
    }
  });

registerExportCommands(program);
registerFiksCommands(program);

program
  .command('deadlines')
  .description("explain a case's statutory deadlines, or run the daily deadline job")
  .option('--case <id>', "print the case's deadlines: rule, legal reference, due day, status, explanation")
  .option(
    '--daily',
    'recompute stale rows, notify approaching and overdue deadlines, escalate, snapshot caseload',
  )
  .option('--escalate', 'only escalate deadlines nobody acts on to the unit leader')
  .option('--tenant <id-or-slug>', 'with --daily or --escalate: only this service')
  .action(async (options: { case?: string; daily?: boolean; escalate?: boolean; tenant?: string }) => {
    if (!options.case && !options.daily && !options.escalate)
      fail(new Error('say what to do: vern deadlines --case <id> | --daily | --escalate'));
    try {
      const config = loadConfig(process.env);
      await withDatabase(config, async (database) => {
        const now = new Date();
        const lines = options.case
          ? await explainCaseDeadlines(database, options.case, now)
          : await dailyDeadlines(database, now, {
              ...(options.tenant ? { tenant: options.tenant } : {}),
              escalateOnly: !options.daily,
            });
        for (const line of lines) console.log(line);
      });
    } catch (error) {
      fail(error);
    }
  });

await program.parseAsync(process.argv);
