import { isIsoDate, leakingInputs, type MergeData } from '@vern/domain';
import type { StaffAccess } from '../../platform/access/gateway.js';
import { AppError, ErrorCode, type ErrorDetail } from '../../platform/errors.js';
import { openCaseForChange } from '../cases/open-case.js';
import { getLetterOfCase, letterContent } from './letter-content.js';
import { updateLetterInputs } from './letters.queries.js';
import type { EditLetterBody } from './letters.schemas.js';
import { protectedValuesOf } from './merge-data.js';

const LIMITS = { text: 300, longtext: 20_000 } as const;
const TIME = /^([01]\d|2[0-3])[:.][0-5]\d$/;

/**
 * Changes the parts of a draft the caseworker writes (free text, meeting time and place, the
 * reply date, …). Only the template's inputs are taken, each checked for its type; a draft changed
 * by someone else since `version` answers 409. Where the letter may not carry protected fields,
 * text that contains the child's address or whereabouts is refused, naming the field: the engine
 * keeps them out of the template, this keeps them out of what is typed in. One audit row.
 */
export async function editLetter(
  access: StaffAccess,
  sakId: string,
  letterId: string,
  body: EditLetterBody,
): Promise<{ id: string; version: number }> {
  const { row } = await openCaseForChange(access, sakId, 'update');
  const letter = await getLetterOfCase(access, sakId, letterId, { forUpdate: true });
  if (letter.status !== 'draft') {
    throw new AppError(ErrorCode.Conflict, 'A sent letter cannot be changed');
  }
  const { template } = await letterContent(access, letter);
  const details: ErrorDetail[] = [];
  const inputs: MergeData = { ...letter.inputs };
  for (const [key, value] of Object.entries(body.inputs)) {
    const field = `body.inputs.${key}`;
    const spec = template.inputs.find((i) => i.key === key);
    if (!spec) {
      details.push({ field, reason: 'is not a part of this letter that can be written' });
      continue;
    }
    if (value === null || value === '') {
      inputs[spec.key] = null;
      continue;
    }
    const problem =
      spec.type === 'flag'
        ? typeof value === 'boolean'
          ? null
          : 'must be true or false'
        : typeof value !== 'string'
          ? 'must be text'
          : spec.type === 'date'
            ? isIsoDate(value)
              ? null
              : 'must be a date written YYYY-MM-DD'
            : value.length > LIMITS[spec.type]
              ? `must be at most ${LIMITS[spec.type]} characters`
              : spec.key === 'mote.klokkeslett' && !TIME.test(value.trim())
                ? 'must be a time written HH:MM'
                : null;
    if (problem) details.push({ field, reason: problem });
    else inputs[spec.key] = value;
  }
  if (details.length > 0) throw new AppError(ErrorCode.ValidationFailed, 'The letter is invalid', details);
  if (!letter.protectedAllowed) {
    const values = await protectedValuesOf(access, row.childId, inputs, template);
    const leaks = leakingInputs(template, inputs, values);
    if (leaks.length > 0) {
      throw new AppError(
        ErrorCode.ValidationFailed,
        'The letter would tell the recipient where the child lives or is',
        leaks.map((key) => ({
          field: `body.inputs.${key}`,
          reason:
            "contains the child's protected address or whereabouts, which this recipient may not be told",
        })),
      );
    }
  }
  const changed = await updateLetterInputs(access.trx, letter.id, {
    version: body.version,
    inputs,
    updatedBy: access.actor.staffUserId,
    now: access.now,
  });
  if (!changed) {
    throw new AppError(ErrorCode.Conflict, 'The letter was changed by someone else; load it again', [
      { field: 'body.version', reason: `is not the letter's current version (${letter.version})` },
    ]);
  }
  await access.audit({
    action: 'update',
    objectType: 'letter',
    objectId: letter.id,
    sakId,
    personId: row.childId,
    fields: Object.keys(body.inputs).map((k) => `letter.inputs.${k}`),
  });
  return { id: letter.id, version: letter.version + 1 };
}
