import { CaseHistory, createCaseHistory, type CaseCommand } from '@vern/domain';
import type { Transaction } from 'kysely';
import type { DB, MeldingChannel } from '../../platform/db/schema.js';

export interface SakState {
  id: string;
  journalnummer: string;
  startDate: string;
  status: 'open' | 'closed';
  version: number;
  history: CaseHistory;
  /** The remembered control findings and the key they were computed under (0009). */
  findings: unknown;
  findingsKey: string | null;
}

/**
 * The registry view of a case with the version it was read at. Before the first step the history
 * is the empty one of createCaseHistory. `forUpdate` locks the row, so two steps on one case are
 * taken one after the other and each sees the other's result.
 */
export async function loadSakState(
  trx: Transaction<DB>,
  sakId: string,
  options: { forUpdate: boolean },
): Promise<SakState> {
  let query = trx
    .selectFrom('sak')
    .select(['id', 'journalnummer', 'start_date', 'status', 'version', 'history', 'findings', 'findings_key'])
    .where('id', '=', sakId);
  if (options.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirstOrThrow();
  // The stored history was checked when the step that wrote it was taken; a change reads it again
  // through the schema (a guard against a history written by an older version), a plain read does not.
  const history =
    row.history === null
      ? createCaseHistory({ sakId: row.id, journalnummer: row.journalnummer, startDato: row.start_date })
      : options.forUpdate
        ? CaseHistory.parse(row.history)
        : (row.history as CaseHistory);
  return {
    id: row.id,
    journalnummer: row.journalnummer,
    startDate: row.start_date,
    status: row.status,
    version: row.version,
    history,
    findings: row.findings,
    findingsKey: row.findings_key,
  };
}

/** Appends the step and stores the history it led to, in the caller's transaction. */
export async function saveStep(
  trx: Transaction<DB>,
  input: {
    tenantId: string;
    sakId: string;
    seq: number;
    command: CaseCommand;
    actorId: string | null;
    history: CaseHistory;
  },
): Promise<void> {
  const { tenantId, sakId, seq, command, actorId, history } = input;
  await trx
    .insertInto('case_event')
    .values({
      tenant_id: tenantId,
      sak_id: sakId,
      seq,
      type: command.type,
      dato: command.dato,
      command: JSON.stringify(command),
      actor_id: actorId,
    })
    .execute();
  const closed = history.sak.sluttDato;
  await trx
    .updateTable('sak')
    .set({
      history: JSON.stringify(history),
      version: seq,
      status: closed === undefined ? 'open' : 'closed',
      end_date: closed ?? null,
      updated_at: new Date(),
    })
    .where('id', '=', sakId)
    .execute();
}

export interface MeldingDetailInput {
  meldingId: string;
  receivedAt: Date;
  channel: MeldingChannel;
  content: string;
  melderName: string | null;
  anonymous: boolean;
  needsImmediateFollowUp: boolean;
}

export async function insertMeldingDetail(
  trx: Transaction<DB>,
  tenantId: string,
  sakId: string,
  createdBy: string | null,
  d: MeldingDetailInput,
): Promise<void> {
  await trx
    .insertInto('melding_detail')
    .values({
      tenant_id: tenantId,
      sak_id: sakId,
      melding_id: d.meldingId,
      received_at: d.receivedAt,
      channel: d.channel,
      content: d.content,
      melder_name: d.melderName,
      anonymous: d.anonymous,
      needs_immediate_follow_up: d.needsImmediateFollowUp,
      created_by: createdBy,
    })
    .execute();
}

export async function listMeldingDetails(trx: Transaction<DB>, sakId: string) {
  return trx
    .selectFrom('melding_detail')
    .select([
      'melding_id as meldingId',
      'received_at as receivedAt',
      'channel',
      'content',
      'melder_name as melderName',
      'anonymous',
      'needs_immediate_follow_up as needsImmediateFollowUp',
    ])
    .where('sak_id', '=', sakId)
    .orderBy('received_at')
    .execute();
}

/** The case's steps, oldest first, with who recorded each. */
export async function listCaseEvents(trx: Transaction<DB>, sakId: string) {
  return trx
    .selectFrom('case_event as e')
    .leftJoin('staff_user as s', 's.id', 'e.actor_id')
    .select([
      'e.seq',
      'e.type',
      'e.dato',
      'e.command',
      'e.recorded_at as recordedAt',
      's.display_name as actorName',
    ])
    .where('e.sak_id', '=', sakId)
    .orderBy('e.seq')
    .execute();
}
