import { getLetterTemplate } from '@vern/domain';
import type { StaffAccess } from '../../platform/access/gateway.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { loadSakState } from '../case-process/case-process.queries.js';
import { openCaseForChange } from '../cases/open-case.js';
import { insertLetter, listCasePersons } from './letters.queries.js';
import type { NewLetterBody } from './letters.schemas.js';
import { caseMergeData } from './merge-data.js';

/**
 * Starts a letter on a case: a draft from a template for one recipient, with the case's values
 * snapshotted (caseMergeData). A person must be the child or a person related to the child whom
 * the actor may see; anyone else is refused like a person that does not exist. One audit row.
 */
export async function createLetter(
  access: StaffAccess,
  sakId: string,
  body: NewLetterBody,
): Promise<{ id: string }> {
  const { row } = await openCaseForChange(access, sakId, 'create');
  const template = getLetterTemplate(body.templateId, body.lang);
  if (!template.recipientKinds.includes(body.recipient.kind)) {
    throw new AppError(ErrorCode.ValidationFailed, 'This letter cannot go to that kind of recipient', [
      { field: 'body.recipient.kind', reason: `must be one of ${template.recipientKinds.join(', ')}` },
    ]);
  }
  let recipient: Parameters<typeof insertLetter>[1]['recipient'];
  if (body.recipient.kind === 'person') {
    const personId = body.recipient.personId;
    const persons = await listCasePersons(access.trx, access.actor, access.now, row.childId);
    const person = persons.find((p) => p.id === personId && !p.ended);
    if (!person) {
      throw new AppError(ErrorCode.ValidationFailed, 'The recipient is not a person of this case', [
        { field: 'body.recipient.personId', reason: 'is not the child or a person related to the child' },
      ]);
    }
    recipient = { kind: 'person', personId, name: `${person.givenName} ${person.familyName}` };
  } else {
    recipient = {
      kind: 'organisasjon',
      organisasjonsnummer: body.recipient.organisasjonsnummer,
      name: body.recipient.navn,
    };
  }
  const state = await loadSakState(access.trx, sakId, { forUpdate: false });
  const vedtakId = template.needsVedtak ? (body.vedtakId ?? null) : null;
  const merge = await caseMergeData(
    access,
    { row, journalnummer: state.journalnummer, history: state.history },
    { template, lang: body.lang, vedtakId, recipientName: recipient.name },
  );
  const id = await insertLetter(access.trx, {
    tenantId: access.actor.tenantId,
    sakId,
    templateId: body.templateId,
    lang: body.lang,
    recipient,
    vedtakId,
    mergeData: merge.data,
    protectedAllowed: merge.protectedAllowed,
    createdBy: access.actor.staffUserId,
  });
  await access.audit({
    action: 'create',
    objectType: 'letter',
    objectId: id,
    sakId,
    personId: row.childId,
    fields: [
      'letter.template_id',
      'letter.recipient',
      'letter.merge_data',
      ...(vedtakId ? ['letter.vedtak_id'] : []),
    ],
  });
  return { id };
}
