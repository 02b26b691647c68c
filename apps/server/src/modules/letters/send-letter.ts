import { createHash } from 'node:crypto';
import { findProtectedLeaks } from '@vern/domain';
import type { Transaction } from 'kysely';
import type { StaffAccess } from '../../platform/access/gateway.js';
import type { DB } from '../../platform/db/schema.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { openCaseForChange } from '../cases/open-case.js';
import { getLetterOfCase, letterContent, recipientAddress } from './letter-content.js';
import { letterFilename, renderLetterPdf } from './letter-document.js';
import { findPersonFodselsnummer, markLetterSent } from './letters.queries.js';
import { protectedValuesOf } from './merge-data.js';

/**
 * What the dispatch (forsendelse) takes: the shape of its NewForsendelse, so its
 * enqueueForsendelse can be given as it is.
 */
export interface OutgoingLetter {
  tenantId: string;
  sakId: string;
  letterId: string;
  createdBy: string;
  recipient:
    | {
        kind: 'person';
        fodselsnummer: string;
        name: string;
        address: { adresselinjer: string[]; postnummer: string; poststed: string; land: null } | null;
      }
    | { kind: 'organisasjon'; organisasjonsnummer: string; name: string; address: null };
  title: string;
  notificationText: string;
  confidential: boolean;
  documents: { filename: string; mediaType: 'application/pdf'; bytes: Uint8Array }[];
}

/** Writes the outgoing message in the caller's transaction (the outbox). */
export type LetterDispatch = (trx: Transaction<DB>, letter: OutgoingLetter) => Promise<unknown>;

/**
 * Sends a draft: every required input filled in, nothing protected in it where the recipient may
 * not be told, then the final PDF is rendered, stored with its SHA-256 and the letter marked sent,
 * and the outgoing message is written by `dispatch` in the same transaction, so a letter is sent
 * exactly when it is marked sent. `version` must be the one the sender previewed (else 409).
 * One audit row (send).
 */
export async function sendLetter(
  access: StaffAccess,
  sakId: string,
  letterId: string,
  body: { version: number },
  dispatch: LetterDispatch | null,
): Promise<{ id: string; status: 'sent'; pdfSha256: string }> {
  const { row } = await openCaseForChange(access, sakId, 'send');
  const letter = await getLetterOfCase(access, sakId, letterId, { forUpdate: true });
  if (letter.status !== 'draft') throw new AppError(ErrorCode.Conflict, 'The letter has already been sent');
  if (letter.version !== body.version) {
    throw new AppError(
      ErrorCode.Conflict,
      'The letter was changed after you looked at it; look at it again',
      [{ field: 'body.version', reason: `is not the letter's current version (${letter.version})` }],
    );
  }
  const content = await letterContent(access, letter);
  if (content.missing.length > 0) {
    throw new AppError(
      ErrorCode.ValidationFailed,
      'The letter is not finished',
      content.missing.map((key) => ({
        field: `inputs.${key}`,
        reason: 'must be filled in before the letter is sent',
      })),
    );
  }
  if (!letter.protectedAllowed) {
    const values = await protectedValuesOf(access, row.childId, letter.inputs, content.template);
    const leaks = findProtectedLeaks(content.rendered, values);
    if (leaks.length > 0) {
      throw new AppError(
        ErrorCode.ValidationFailed,
        'The letter would tell the recipient where the child lives or is',
        leaks.map((where) => ({
          field: `letter.${where}`,
          reason: "contains the child's protected address or whereabouts",
        })),
      );
    }
  }
  const recipient = await outgoingRecipient(access, letter);
  const pdf = await renderLetterPdf(access, row, content, access.now);
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  await markLetterSent(access.trx, letter.id, {
    sentBy: access.actor.staffUserId,
    now: access.now,
    letterDate: content.letterDate,
    title: content.rendered.title,
    notificationText: content.rendered.notification,
    pdf,
    sha256,
  });
  if (dispatch) {
    await dispatch(access.trx, {
      tenantId: access.actor.tenantId,
      sakId,
      letterId: letter.id,
      createdBy: access.actor.staffUserId,
      recipient,
      title: content.rendered.title,
      notificationText: content.rendered.notification,
      confidential: content.template.confidential,
      documents: [
        {
          filename: letterFilename(letter.templateId, content.letterDate),
          mediaType: 'application/pdf',
          bytes: pdf,
        },
      ],
    });
  }
  await access.audit({
    action: 'send',
    objectType: 'letter',
    objectId: letter.id,
    sakId,
    personId: row.childId,
    fields: ['letter.status', 'letter.pdf', 'letter.recipient'],
  });
  return { id: letter.id, status: 'sent', pdfSha256: sha256 };
}

async function outgoingRecipient(
  access: StaffAccess,
  letter: Awaited<ReturnType<typeof getLetterOfCase>>,
): Promise<OutgoingLetter['recipient']> {
  if (letter.recipientKind === 'organisasjon' || !letter.recipientPersonId) {
    return {
      kind: 'organisasjon',
      organisasjonsnummer: letter.recipientOrgnr ?? '',
      name: letter.recipientName,
      address: null,
    };
  }
  const fodselsnummer = await findPersonFodselsnummer(access.trx, letter.recipientPersonId);
  if (!fodselsnummer) {
    throw new AppError(ErrorCode.ValidationFailed, 'The recipient cannot be reached', [
      {
        field: 'recipient',
        reason:
          'has no fødselsnummer, which the digital mailbox and the print service need; register it on the person',
      },
    ]);
  }
  const a = await recipientAddress(access, letter.recipientPersonId);
  return {
    kind: 'person',
    fodselsnummer,
    name: letter.recipientName,
    address: a
      ? { adresselinjer: [a.street], postnummer: a.postalCode, poststed: a.postalPlace, land: null }
      : null,
  };
}
