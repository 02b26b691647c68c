/** Building blocks for the transition rules: error values and the checks several steps share. */
import type { CodeList } from '../codes/code-list.js';
import { MELDER } from '../codes/melding.js';
import { SAKSINNHOLD } from '../codes/saksinnhold.js';
import { codeProblem, lacksPresisering } from './code-check.js';
import type { CaseHistory } from './history.js';
import type { Melder, Saksinnhold } from './model.js';
import { idInUse } from './queries.js';

export interface TransitionError {
  /** Stable, for code and tests: UPPER_SNAKE_CASE. */
  code: string;
  /** The command field to fix, as a dotted path ('saksinnhold.0.presisering'). */
  field?: string;
  /** Plain Norwegian for the person doing the step. */
  message: string;
}

export function error(code: string, message: string, field?: string): TransitionError {
  return field === undefined ? { code, message } : { code, field, message };
}

export function fresh(h: CaseHistory, id: string, field: string): TransitionError[] {
  return idInUse(h, id) ? [error('ID_IN_USE', `Id ${id} er allerede brukt i saken.`, field)] : [];
}

/** `dato` may not be before `earliest`; `what` completes «… kan ikke være før <what> (dato)». */
export function notBefore(dato: string, earliest: string, what: string, field = 'dato'): TransitionError[] {
  return dato < earliest
    ? [error('DATE_BEFORE', `Datoen kan ikke være før ${what} (${earliest}).`, field)]
    : [];
}

export function validCode(list: CodeList, kode: string, dato: string, field: string): TransitionError[] {
  const problem = codeProblem(list, kode, dato);
  return problem ? [error('CODE_NOT_VALID', problem, field)] : [];
}

export function presisering(
  list: CodeList,
  value: { kode: string; presisering?: string | undefined },
  field: string,
): TransitionError[] {
  return lacksPresisering(list, value)
    ? [error('PRESISERING_MISSING', `Koden ${value.kode} krever en presisering.`, field)]
    : [];
}

/** Code validity and presisering for each entry of a coded list (melder, saksinnhold, grunnlag). */
export function codedList(
  list: CodeList,
  values: readonly { kode: string; presisering?: string | undefined }[],
  dato: string,
  field: string,
): TransitionError[] {
  return values.flatMap((v, i) => [
    ...validCode(list, v.kode, dato, `${field}.${i}.kode`),
    ...presisering(list, v, `${field}.${i}.presisering`),
  ]);
}

/**
 * What a melding needs before it may be concluded (Melding kontroll 4 and 5, Melder kontroll 2,
 * Saksinnhold kontroll 2): at least one melder and one saksinnhold, each valid, with presisering
 * where the code needs it. Melder codes are read on the day of receipt, saksinnhold on `dato`.
 */
export function meldingContent(
  content: { melder: readonly Melder[]; saksinnhold: readonly Saksinnhold[] },
  mottatt: string,
  dato: string,
): TransitionError[] {
  const errors: TransitionError[] = [];
  if (content.melder.length === 0)
    errors.push(error('MELDER_MISSING', 'Registrer hvem som meldte (minst én melder).', 'melder'));
  if (content.saksinnhold.length === 0)
    errors.push(
      error('SAKSINNHOLD_MISSING', 'Registrer hva meldingen gjelder (minst ett saksinnhold).', 'saksinnhold'),
    );
  errors.push(...codedList(MELDER, content.melder, mottatt, 'melder'));
  errors.push(...codedList(SAKSINNHOLD, content.saksinnhold, dato, 'saksinnhold'));
  return errors;
}

/** The content the melding will have: what the command brings, else what was registered at receipt. */
export function mergedContent<T extends { melder: Melder[]; saksinnhold: Saksinnhold[] }>(
  stored: T,
  command: { melder: Melder[]; saksinnhold: Saksinnhold[] },
): { melder: Melder[]; saksinnhold: Saksinnhold[] } {
  return {
    melder: command.melder.length > 0 ? command.melder : stored.melder,
    saksinnhold: command.saksinnhold.length > 0 ? command.saksinnhold : stored.saksinnhold,
  };
}

export function notFound(what: string, id: string, field: string, code = 'NOT_FOUND'): TransitionError[] {
  return [error(code, `Fant ikke ${what} ${id} i saken.`, field)];
}
