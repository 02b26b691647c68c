/**
 * The case process as a state machine: whether a step (a `CaseCommand`) may follow the history so far.
 *
 *   melding received ─┬─ concluded: henlagt (1, 5-10), henlagt pga. aktive tiltak (3)
 *                     ├─ concluded into an ongoing undersøkelse (4)
 *                     └─ open-undersokelse (2) ─ undersøkelse ─ [utvidet frist] ─ concluded:
 *                          henlagt (3-9) │ vedtak om tiltak (1) │ begjæring til nemnda (2)
 *   vedtak (status 1, or 2 with oversendelse) ─ status 2 → 1/3/4, 1 → 3/4 ─ krav
 *   tiltak (needs a vedtak with status 1) ─ visits, plans and evaluations ─ end ─ … ─ sak closed
 *   ettervern offered ─ concluded;  flytting (needs a placement)
 *   closed sak ─ reopen-sak with a new melding
 *
 * Only `reopen-sak` may follow a closed sak. No step may be dated after `today` or before the sak
 * started. Steps that conclude something need the fields the registry's controls ask for, so a case
 * built only from allowed steps passes the ERROR-level date controls (a property test checks this).
 */
import { isIsoDate } from '../iso-date.js';
import type { CaseCommand } from './commands.js';
import type { CaseHistory } from './history.js';
import {
  checkConcludeMelding,
  checkConcludeUndersokelse,
  checkExtendUndersokelse,
  checkOpenUndersokelse,
  checkReceiveMelding,
  checkReopenSak,
} from './transitions-melding.js';
import {
  checkAddPlan,
  checkCloseSak,
  checkConcludeEttervern,
  checkEndPlan,
  checkEvaluatePlan,
  checkOfferEttervern,
  checkRegisterFlytting,
} from './transitions-other.js';
import { error, notBefore, type TransitionError } from './transition-support.js';
import {
  checkChangeVedtakStatus,
  checkConcludeKrav,
  checkDecideVedtak,
  checkEndTiltak,
  checkReceiveKrav,
  checkRecordVisit,
  checkStartTiltak,
} from './transitions-vedtak.js';

export type { TransitionError } from './transition-support.js';
export type TransitionResult = { ok: true } | { ok: false; errors: TransitionError[] };

function assertNever(value: never): never {
  throw new Error(`Unhandled case command: ${JSON.stringify(value)}`);
}

function stepRules(h: CaseHistory, c: CaseCommand): TransitionError[] {
  switch (c.type) {
    case 'receive-melding':
      return checkReceiveMelding(h, c);
    case 'conclude-melding':
      return checkConcludeMelding(h, c);
    case 'open-undersokelse':
      return checkOpenUndersokelse(h, c);
    case 'extend-undersokelse':
      return checkExtendUndersokelse(h, c);
    case 'conclude-undersokelse':
      return checkConcludeUndersokelse(h, c);
    case 'decide-vedtak':
      return checkDecideVedtak(h, c);
    case 'change-vedtak-status':
      return checkChangeVedtakStatus(h, c);
    case 'receive-krav':
      return checkReceiveKrav(h, c);
    case 'conclude-krav':
      return checkConcludeKrav(h, c);
    case 'start-tiltak':
      return checkStartTiltak(h, c);
    case 'record-visit':
      return checkRecordVisit(h, c);
    case 'end-tiltak':
      return checkEndTiltak(h, c);
    case 'add-plan':
      return checkAddPlan(h, c);
    case 'evaluate-plan':
      return checkEvaluatePlan(h, c);
    case 'end-plan':
      return checkEndPlan(h, c);
    case 'offer-ettervern':
      return checkOfferEttervern(h, c);
    case 'conclude-ettervern':
      return checkConcludeEttervern(h, c);
    case 'register-flytting':
      return checkRegisterFlytting(h, c);
    case 'close-sak':
      return checkCloseSak(h, c);
    case 'reopen-sak':
      return checkReopenSak(h, c);
    default:
      return assertNever(c);
  }
}

/**
 * Whether `command` may follow `history` on `today` ('YYYY-MM-DD', the caller's clock). Every
 * reason it may not is returned, each with the command field to fix, so a form can show them all.
 */
export function checkTransition(history: CaseHistory, command: CaseCommand, today: string): TransitionResult {
  if (!isIsoDate(today)) throw new RangeError(`today must be YYYY-MM-DD, got "${today}"`);
  if (!isIsoDate(command.dato))
    return {
      ok: false,
      errors: [error('DATE_INVALID', 'Datoen må være en gyldig dato (ÅÅÅÅ-MM-DD).', 'dato')],
    };
  const errors: TransitionError[] = [];
  if (command.dato > today) errors.push(error('DATE_IN_FUTURE', 'Datoen kan ikke være etter i dag.', 'dato'));
  errors.push(...notBefore(command.dato, history.sak.startDato, 'at saken startet'));
  if (history.sak.sluttDato !== undefined && command.type !== 'reopen-sak')
    errors.push(
      error(
        'SAK_CLOSED',
        `Saken ble avsluttet ${history.sak.sluttDato}. Gjenåpne den med en ny melding først.`,
      ),
    );
  else errors.push(...stepRules(history, command));
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}
