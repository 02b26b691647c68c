import {
  parseIdentityNumber,
  runControls,
  osloDate,
  type CaseHistory,
  type ControlFinding,
  type Personalia,
} from '@vern/domain';
import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { listCaseEvents, listMeldingDetails, loadSakState } from './case-process.queries.js';

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

/**
 * Personalia as the registry takes it, from the child's person record: present when the person has
 * an identity number the registry accepts (a real number or one of its placeholder forms).
 */
async function personaliaOf(
  trx: Transaction<DB>,
  childId: string,
  sakStart: string,
  today: string,
): Promise<Personalia[]> {
  const p = await trx
    .selectFrom('person')
    .select(['fodselsnummer', 'birth_date', 'kjonn', 'duf_nummer'])
    .where('id', '=', childId)
    .executeTakeFirstOrThrow();
  if (p.fodselsnummer === null) return [];
  const parsed = parseIdentityNumber(p.fodselsnummer, { allowSynthetic: true, today });
  const birthDate = p.birth_date ?? (parsed.ok ? parsed.birthDate : null);
  const derived = parsed.ok ? ({ male: '1', female: '2' } as const)[parsed.sex ?? 'male'] : null;
  const kjonn = p.kjonn ?? (parsed.ok && parsed.sex === null ? '0' : derived);
  if (!birthDate || !kjonn) return [];
  return [
    {
      id: childId,
      startDato: sakStart,
      fodselsnummer: p.fodselsnummer,
      fodseldato: birthDate,
      kjonn,
      ...(p.duf_nummer ? { dufNummer: p.duf_nummer } : {}),
    },
  ];
}

/** The case-process part of opening a case: history, timeline, melding details and findings. */
export async function readCaseProcess(
  trx: Transaction<DB>,
  sakId: string,
  childId: string,
  now: Date,
): Promise<CaseProcessView> {
  const today = osloDate(now);
  const state = await loadSakState(trx, sakId, { forUpdate: false });
  // One after the other: the transaction has one connection.
  const personalia = await personaliaOf(trx, childId, state.startDate, today);
  const events = await listCaseEvents(trx, sakId);
  const meldinger = await listMeldingDetails(trx, sakId);
  const history: CaseHistory = { ...state.history, personalia };
  const birthDate = personalia[0]?.fodseldato;
  const findings = runControls(history, { reportingDate: today, ...(birthDate ? { birthDate } : {}) });
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
