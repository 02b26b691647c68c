import type { StaffAccess } from '../../platform/access/gateway.js';
import { requireCapability } from '../../platform/access/gateway.js';
import { auditActorOf } from '../../platform/audit/audit.js';
import type { Database } from '../../platform/db/database.js';
import type { SchemaTool } from './xml-validation.js';
import { runExport, type ExportResult } from './run-export.js';

/**
 * A systemansvarlig or the head of service exports the service to the registry from the staff
 * app: the zip is kept in the database (registry_export_part) and downloaded from the history.
 * Kept in the database rather than streamed straight into the response because every file must
 * validate before anything is offered, and so any server process can serve it later.
 */
export async function startExport(
  database: Database,
  actor: StaffAccess['actor'],
  request: { requestId: string; now?: Date },
  body: { kind: 'total' | 'changes'; changesSince?: string | undefined },
  schema: SchemaTool,
  allowSyntheticNumbers: boolean,
): Promise<ExportResult> {
  requireCapability(actor, 'registry.export');
  return runExport(database, {
    tenantId: actor.tenantId,
    kind: body.kind,
    changesSince: body.changesSince,
    via: 'api',
    auditActor: auditActorOf(actor, actor.tenantId),
    requestId: request.requestId,
    now: request.now ?? new Date(),
    schema,
    target: { kind: 'zip' },
    allowSyntheticNumbers,
  });
}
