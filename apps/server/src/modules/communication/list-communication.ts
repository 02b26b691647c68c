import type { StaffAccess } from '../../platform/access/gateway.js';
import { openCase } from '../cases/open-case.js';
import { listCommunication, type CommunicationRow } from './communication.queries.js';

/** The log shows the newest entries; a case with more is read further in its journal and lists. */
export const COMMUNICATION_LOG_LIMIT = 200;

/**
 * A case's communication log (issue 7): every letter sent, report received and phone call, meeting
 * or message noted, in and out, in one timeline. A read of the case: whoever may open the case may
 * read its log (404 otherwise, audited as denied), and the read is one audit row. Only headings are
 * shown; a note's text, a letter's content and a report's content are read, and audited, each on
 * its own.
 */
export async function listCaseCommunication(access: StaffAccess, sakId: string): Promise<CommunicationRow[]> {
  const { row, basis, breakGlassId } = await openCase(access, sakId, 'read');
  const rows = await listCommunication(access.trx, sakId, COMMUNICATION_LOG_LIMIT);
  await access.audit({
    action: 'read',
    objectType: 'sak',
    objectId: sakId,
    sakId,
    personId: row.childId,
    fields: ['communication.list', 'journal_note.title', 'forsendelse.title', 'forsendelse.recipient_name'],
    emergency: basis === 'break_glass',
    breakGlassId,
  });
  return rows;
}
