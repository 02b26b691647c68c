import { AccessDenied, type StaffAccess } from '../../platform/access/gateway.js';
import { openCase, openCaseForChange, type OpenedCase } from '../cases/open-case.js';
import { findForsendelse, type ForsendelseRow } from './forsendelse-views.queries.js';

export interface OpenedForsendelse {
  row: ForsendelseRow;
  /** The case it belongs to, opened for the actor; null for one outside a case. */
  opened: OpenedCase | null;
}

/**
 * Finds a forsendelse the actor may see, or throws AccessDenied (404, audited as denied). One in a
 * case is seen by whoever may see the case (a change needs the right to change the case); one
 * outside a case only by its sender. Every forsendelse route starts here.
 */
export async function openForsendelse(
  access: StaffAccess,
  id: string,
  action: string,
  mode: 'read' | 'change',
): Promise<OpenedForsendelse> {
  const row = await findForsendelse(access.trx, id);
  const denied = new AccessDenied(
    { action, objectType: 'forsendelse', objectId: row ? id : null, sakId: row?.sak_id ?? null },
    'The forsendelse',
  );
  if (!row) throw denied;
  if (row.sak_id) {
    const opened =
      mode === 'read'
        ? await openCase(access, row.sak_id, action)
        : await openCaseForChange(access, row.sak_id, action);
    return { row, opened };
  }
  if (row.created_by !== access.actor.staffUserId) throw denied;
  return { row, opened: null };
}

/** The audit event's case and emergency fields for an opened forsendelse. */
export function auditScope(f: OpenedForsendelse) {
  return {
    objectType: 'forsendelse',
    objectId: f.row.id,
    sakId: f.row.sak_id,
    personId: f.opened?.row.childId ?? null,
    emergency: f.opened?.basis === 'break_glass',
    breakGlassId: f.opened?.breakGlassId ?? null,
  };
}
