import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { openDatabase, type Database } from '../platform/db/database.js';
import { writeAsice } from '../modules/intake/fiks/asic.js';
import type { FiksDelivery } from '../modules/intake/fiks/fiks-io.js';
import { FileDropTransport } from '../modules/intake/fiks/file-drop-transport.js';
import { receiveFiksMessage, type ReceiveResult } from '../modules/intake/receive-fiks-message.js';
import { sha256 } from '../modules/intake/intake.queries.js';
import { resolveTenant } from './export-registry.js';
import { fail } from './fail.js';

/** The message type of a report file: from --type, else from its reporter field (v2 by default). */
export function messageTypeOf(json: Buffer, given?: string): string {
  if (given) return given.startsWith('no.') ? given : `no.ks.fiks.bekymringsmelding.${given}`;
  let kind = 'privat';
  try {
    const m = JSON.parse(json.toString('utf8')) as Record<string, unknown>;
    if (m && typeof m === 'object' && 'offentligMelder' in m) kind = 'offentlig';
  } catch {
    // not JSON: the intake refuses it with the reason, under the default type
  }
  return `no.ks.fiks.bekymringsmelding.${kind}.v2`;
}

/**
 * A delivery as Fiks IO would hand it over, made from files: the JSON and the PDF in an ASiC-E
 * container. Without --message-id the id is derived from the type and the container, so importing the same
 * files again is the same message (a duplicate, absorbed) and never a second item.
 */
export function deliveryFromFiles(
  files: { json: Buffer; pdf?: Buffer | undefined },
  options: { type?: string | undefined; messageId?: string | undefined; now: Date },
): FiksDelivery {
  const container = writeAsice([
    { name: 'bekymringsmelding.json', bytes: files.json },
    ...(files.pdf ? [{ name: 'bekymringsmelding.pdf', bytes: files.pdf }] : []),
  ]);
  const meldingType = messageTypeOf(files.json, options.type);
  const derived = sha256(Buffer.concat([Buffer.from(`${meldingType}\n`), container]));
  return {
    headers: {
      meldingId: options.messageId ?? `import-${derived.slice(0, 40)}`,
      meldingType,
      avsenderKontoId: null,
      klientMeldingId: null,
      svarPaMelding: null,
    },
    container,
    receivedAt: options.now,
  };
}

/** What the command prints: the outcome and, for a refusal, each field and reason. Never content. */
export function importLines(r: ReceiveResult, meldingId: string): string[] {
  const answer = r.reply.meldingType.split('.').at(-2) ?? '';
  const head = r.duplicate
    ? `${answer} (again): melding-id ${meldingId} was received before as inbox item ${r.itemId}`
    : r.status === 'new'
      ? `${answer}: inbox item ${r.itemId} (melding-id ${meldingId})`
      : `${answer}: the message was refused and kept in quarantine as inbox item ${r.itemId} (melding-id ${meldingId})`;
  const reasons = r.problems.map((p) => `  ${p.field || '(the message)'}: ${p.reason}`);
  return [head, ...reasons];
}

export async function importFiksFiles(
  database: Database,
  options: { file: string; pdf?: string; type?: string; messageId?: string; tenant?: string },
): Promise<{ ok: boolean; lines: string[] }> {
  const tenantId = await resolveTenant(database, options.tenant);
  const json = await readFile(path.resolve(options.file));
  const pdf = options.pdf ? await readFile(path.resolve(options.pdf)) : undefined;
  const delivery = deliveryFromFiles(
    { json, pdf },
    { type: options.type, messageId: options.messageId, now: new Date() },
  );
  const result = await receiveFiksMessage(database, tenantId, delivery);
  return { ok: result.status === 'new', lines: importLines(result, delivery.headers.meldingId) };
}

/** `vern import fiks` and `vern fiks drop`: one message, or a folder the local fake delivers from. */
export function registerFiksCommands(program: Command): void {
  program
    .command('import')
    .description('take messages into the inbox')
    .command('fiks <file.json>')
    .description(
      'one Fiks IO concern report (no.ks.fiks.bekymringsmelding.*) through the same path as Fiks IO; exit 1 when refused',
    )
    .option('--pdf <file.pdf>', 'the report as PDF, as the portal sends it')
    .option('--type <type>', 'privat.v1, privat.v2, offentlig.v1, offentlig.v2 (default: from the file, v2)')
    .option(
      '--message-id <id>',
      'the Fiks melding-id (default: derived from the files, so a re-import is a duplicate)',
    )
    .option('--tenant <id-or-slug>', 'the service (default: the only one)')
    .action(
      async (file: string, options: { pdf?: string; type?: string; messageId?: string; tenant?: string }) => {
        try {
          const config = loadConfig(process.env);
          const database = await openDatabase(config.database);
          try {
            const { ok, lines } = await importFiksFiles(database, { file, ...options });
            for (const line of lines) (ok ? console.log : console.error)(line);
            if (!ok) process.exitCode = 1;
          } finally {
            await database.close();
          }
        } catch (error) {
          fail(error);
        }
      },
    );

  program
    .command('fiks')
    .description('the local Fiks IO fake')
    .command('drop')
    .description(
      'deliver the messages in <dir>/inn (name.asice with name.headers.json) as Fiks IO does; replies go to <dir>/ut',
    )
    .requiredOption('--dir <folder>', 'the drop folder')
    .option('--tenant <id-or-slug>', 'the service the account belongs to (default: the only one)')
    .option('--watch', 'keep watching the folder (default: deliver what is there, then stop)')
    .action(async (options: { dir: string; tenant?: string; watch?: boolean }) => {
      try {
        const config = loadConfig(process.env);
        const database = await openDatabase(config.database);
        const transport = new FileDropTransport(path.resolve(options.dir));
        try {
          const tenantId = await resolveTenant(database, options.tenant);
          const handled = await transport.deliver(
            async (delivery) => {
              const r = await receiveFiksMessage(database, tenantId, delivery);
              for (const line of importLines(r, delivery.headers.meldingId)) console.log(line);
              return r.reply;
            },
            { watch: options.watch ?? false },
          );
          console.log(`${handled} message(s) delivered`);
        } finally {
          await transport.stop();
          await database.close();
        }
      } catch (error) {
        fail(error);
      }
    });
}
