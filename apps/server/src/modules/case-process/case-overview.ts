import {
  CASE_CONTROLS,
  registryPersonalia,
  runControls,
  osloDate,
  type CaseHistory,
  type ControlFinding,
  type Personalia,
} from '@vern/domain';
import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { listCaseEvents, listMeldingDetails, loadSakState, type SakState } from './case-process.queries.js';

export interface CaseProcessView {
  journalnummer: string;
  startDate: string;
  endDate: string | null;
  version: number;
  /** The registry's view of the case, with Personalia from the person record. */
  history: CaseHistory;
  /** Every step, oldest first: the case's timeline. */
  events: {
    seq: number;
    type: string;
    dato: string;
    recordedAt: Date;
    actorName: string | null;
    command: unknown;
  }[];
  meldinger: Awaited<ReturnType<typeof listMeldingDetails>>;
  /** The registry's single-case controls run today, so problems show before the case is reported. */
  findings: ControlFinding[];
}

/** The child's Personalia, by the same rule as the registry file (packages/domain registryPersonalia). */
async function personaliaOf(
  trx: Transaction<DB>,
  childId: string,
  sakStart: string,
  today: string,
): Promise<Personalia[]> {
  const p = await trx
    .selectFrom('person')
    .select(['id', 'fodselsnummer', 'birth_date as birthDate', 'kjonn', 'duf_nummer as dufNummer'])
    .where('id', '=', childId)
    .executeTakeFirstOrThrow();
  return registryPersonalia(p, sakStart, today);
}

/** Which controls there are: a new release with other controls computes every case again. */
const CONTROL_SET = CASE_CONTROLS.map((c) => `${c.id}:${c.severity}:${c.validFrom}`).join(',');

/**
 * The registry's controls for the case today. They depend on the case version, the day and the
 * child's Personalia; the result is remembered on the sak under a key of those three, so the
 * 77 controls run once per change or day, not on every open.
 */
async function findingsOf(
  trx: Transaction<DB>,
  state: SakState,
  history: CaseHistory,
  today: string,
  allowSyntheticNumbers: boolean,
): Promise<ControlFinding[]> {
  const { id: sakId, version } = state;
  const key = createHash('sha256')
    .update(JSON.stringify([CONTROL_SET, version, today, history.personalia, allowSyntheticNumbers]))
    .digest('hex');
  if (state.findingsKey === key && Array.isArray(state.findings)) return state.findings as ControlFinding[];
  const birthDate = history.personalia[0]?.fodseldato;
  const findings = runControls(history, {
    reportingDate: today,
    allowSyntheticNumbers,
    ...(birthDate ? { birthDate } : {}),
  });
  await trx
    .updateTable('sak')
    .set({ findings: JSON.stringify(findings), findings_key: key })
    .where('id', '=', sakId)
    .where('version', '=', version)
    .execute();
  return findings;
}

/** The case-process part of opening a case: history, timeline, melding details and findings. */
export async function readCaseProcess(
  trx: Transaction<DB>,
  sakId: string,
  childId: string,
  now: Date,
  options: { allowSyntheticNumbers?: boolean } = {},
): Promise<CaseProcessView> {
  const today = osloDate(now);
  const state = await loadSakState(trx, sakId, { forUpdate: false });
  // One after the other: the transaction has one connection.
  const personalia = await personaliaOf(trx, childId, state.startDate, today);
  const events = await listCaseEvents(trx, sakId);
  const meldinger = await listMeldingDetails(trx, sakId);
  const history: CaseHistory = { ...state.history, personalia };
  const findings = await findingsOf(trx, state, history, today, options.allowSyntheticNumbers === true);
  return {
    journalnummer: state.journalnummer,
    startDate: state.startDate,
    endDate: state.history.sak.sluttDato ?? null,
    version: state.version,
    history,
    events,
    meldinger,
    findings,
  };
}
