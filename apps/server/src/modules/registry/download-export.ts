import { Readable } from 'node:stream';
import { AccessDenied, requireCapability, withStaffAccess } from '../../platform/access/gateway.js';
import type { Database } from '../../platform/db/database.js';
import type { StaffActor } from '@vern/domain';
import { findExport, readExportPart } from './registry.queries.js';

/**
 * The zip of a ready export, for download. The read is audited once, in the transaction that
 * finds the export; the parts are then streamed one at a time, each in a short transaction, so a
 * large service's zip is never in memory. An export that is not ready answers 404 like a missing one.
 */
export async function downloadExport(
  database: Database,
  actor: StaffActor,
  exportId: string,
  requestId: string,
): Promise<{ filename: string; bytes: number; stream: Readable }> {
  requireCapability(actor, 'registry.export');
  const row = await withStaffAccess(database, actor, { requestId }, async (access) => {
    const event = { action: 'registry_export_download', objectType: 'registry_export', objectId: exportId };
    const found = await findExport(access.trx, exportId);
    if (!found || found.status !== 'ready' || found.zipBytes === null)
      throw new AccessDenied(event, 'The export');
    await access.audit(event);
    return found;
  });
  let part = 0;
  const stream = new Readable({
    async read() {
      try {
        const bytes = await database.withTenant(actor.tenantId, (trx) => readExportPart(trx, exportId, part));
        part += 1;
        this.push(bytes ?? null);
      } catch (error) {
        this.destroy(error as Error);
      }
    },
  });
  const day = row.startedAt.toISOString().slice(0, 10);
  return {
    filename: `vern-registry-${day}-${row.kind}-${exportId.slice(0, 8)}.zip`,
    bytes: row.zipBytes ?? 0,
    stream,
  };
}
