import { randomUUID } from 'node:crypto';
import { CaseCommand, type CaseCommandType } from '@vern/domain';
import type { z } from 'zod';
import { AppError, ErrorCode, type ErrorDetail } from '../../platform/errors.js';

/**
 * The id fields of each step that name what the step creates. The server gives them fresh UUIDs
 * (stable across registry exports), so a client sends only the ids of what already exists.
 */
export const NEW_ID_FIELDS: Readonly<Record<CaseCommandType, readonly string[]>> = {
  'receive-melding': ['meldingId'],
  'reopen-sak': ['meldingId'],
  'conclude-melding': [],
  'open-undersokelse': ['undersokelseId'],
  'extend-undersokelse': [],
  'conclude-undersokelse': [],
  'decide-vedtak': ['vedtakId', 'oversendelseId'],
  'change-vedtak-status': [],
  'receive-krav': ['kravId'],
  'conclude-krav': [],
  'start-tiltak': ['tiltakId'],
  'record-visit': [],
  'end-tiltak': [],
  'add-plan': ['planId'],
  'evaluate-plan': [],
  'end-plan': [],
  'offer-ettervern': ['ettervernId'],
  'conclude-ettervern': [],
  'register-flytting': ['flyttingId'],
  'close-sak': [],
};

const isCommandType = (t: unknown): t is CaseCommandType =>
  typeof t === 'string' && Object.hasOwn(NEW_ID_FIELDS, t);

/**
 * Reads a step from a request body: fills in the ids of what it creates, then checks it against
 * the domain's command schema. Each problem is reported with its field as `command.<path>`.
 */
export function parseStep(raw: Record<string, unknown>, defaults: { dato?: string } = {}): CaseCommand {
  const type = raw['type'];
  if (!isCommandType(type)) {
    throw new AppError(ErrorCode.ValidationFailed, 'Unknown step type', [
      { field: 'command.type', reason: `must be one of: ${Object.keys(NEW_ID_FIELDS).join(', ')}` },
    ]);
  }
  const filled: Record<string, unknown> = { ...raw };
  for (const field of NEW_ID_FIELDS[type]) {
    // oversendelseId belongs only to a vedtak sent to the board (status 2).
    if (field === 'oversendelseId' && raw['status'] !== '2') continue;
    if (filled[field] !== undefined) {
      throw new AppError(ErrorCode.ValidationFailed, 'The server names what a step creates', [
        { field: `command.${field}`, reason: 'is given by the server; leave it out' },
      ]);
    }
    filled[field] = randomUUID();
  }
  if (filled['dato'] === undefined && defaults.dato !== undefined) filled['dato'] = defaults.dato;
  const parsed = CaseCommand.safeParse(filled);
  if (!parsed.success) throw validationError(parsed.error, 'command');
  return parsed.data;
}

export function validationError(error: z.ZodError, prefix: string): AppError {
  const details: ErrorDetail[] = error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].join('.'),
    reason: issue.message,
  }));
  return new AppError(ErrorCode.ValidationFailed, 'The step is not valid', details);
}
