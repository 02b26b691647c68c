import {
  getLetterTemplate,
  missingInputs,
  NOTIFICATION_TEXTS,
  notificationTextKeyOf,
  osloDate,
  renderLetter,
  type CompiledTemplate,
  type MergeData,
  type RenderedLetter,
} from '@vern/domain';
import type { StaffAccess } from '../../platform/access/gateway.js';
import { AppError } from '../../platform/errors.js';
import { readPersonAddress } from '../persons/persons.queries.js';
import { findLetter, type LetterRow } from './letters.queries.js';

/** A letter as its recipient will get it: the rendered letter, the recipient block, the date. */
export interface LetterContent {
  template: CompiledTemplate;
  data: MergeData;
  letterDate: string;
  recipientLines: string[];
  rendered: RenderedLetter;
  missing: string[];
}

/** A letter of this case or 404, the same answer as for a letter that does not exist. */
export async function getLetterOfCase(
  access: StaffAccess,
  sakId: string,
  letterId: string,
  options: { forUpdate: boolean } = { forUpdate: false },
): Promise<LetterRow> {
  const letter = await findLetter(access.trx, sakId, letterId, options);
  if (!letter) throw AppError.notFound('The letter');
  return letter;
}

/**
 * Renders a letter from its snapshot and inputs, dated the day it was sent or, for a draft,
 * today. Inputs hold only the template's input fields (edit-letter checks), so they cannot
 * overwrite a value from the case.
 */
export async function letterContent(access: StaffAccess, letter: LetterRow): Promise<LetterContent> {
  const template = getLetterTemplate(letter.templateId, letter.lang);
  const letterDate = letter.letterDate ?? osloDate(access.now);
  const data: MergeData = { ...letter.mergeData, ...letter.inputs, 'brev.dato': letterDate };
  const rendered = sentNotification(
    renderLetter(template, data, {
      protectedAllowed: letter.protectedAllowed,
      recipientKind: letter.recipientKind,
    }),
  );
  return {
    template,
    data,
    letterDate,
    recipientLines: await recipientLines(access, letter),
    rendered,
    missing: missingInputs(template, data),
  };
}

/**
 * The notification as the dispatch will send it: the fixed text in the wording it stores and sends
 * (bokmål, whatever the letter's language), so the preview shows exactly what the recipient gets.
 * A text that is not one of the fixed texts is left as it is; the dispatch refuses it when sent.
 */
function sentNotification(letter: RenderedLetter): RenderedLetter {
  const key = notificationTextKeyOf(letter.notification);
  return key ? { ...letter, notification: NOTIFICATION_TEXTS[key].nb } : letter;
}

/**
 * The recipient block: the name, and a person's own postal address where it may be printed (not
 * when the recipient has address protection; the channel then routes the letter without it).
 * An organisation's address is the one in Enhetsregisteret, which the dispatch looks up.
 */
export async function recipientLines(access: StaffAccess, letter: LetterRow): Promise<string[]> {
  if (letter.recipientKind === 'organisasjon' || !letter.recipientPersonId) {
    return [letter.recipientName, `Org.nr. ${letter.recipientOrgnr ?? ''}`.trim()];
  }
  const postal = await recipientAddress(access, letter.recipientPersonId);
  return postal
    ? [letter.recipientName, postal.street, `${postal.postalCode} ${postal.postalPlace}`]
    : [letter.recipientName];
}

export async function recipientAddress(
  access: StaffAccess,
  personId: string,
): Promise<{ street: string; postalCode: string; postalPlace: string } | null> {
  const { protection, address } = await readPersonAddress(access.trx, personId);
  return protection === 'ingen' && address ? address : null;
}
