import { requireCapability, type StaffAccess } from '../../platform/access/gateway.js';
import { listExports as listExportRows, type ExportRow } from './registry.queries.js';

/** The export history, newest first: when, by whom, what kind, counts, findings, validation. */
export async function listExports(access: StaffAccess, limit: number): Promise<ExportRow[]> {
  requireCapability(access.actor, 'registry.export');
  return listExportRows(access.trx, limit);
}
