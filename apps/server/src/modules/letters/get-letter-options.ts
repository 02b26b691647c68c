import { LETTER_LANGS, listLetterTemplates, lovhjemmelText } from '@vern/domain';
import type { StaffAccess } from '../../platform/access/gateway.js';
import { loadSakState } from '../case-process/case-process.queries.js';
import { openCase } from '../cases/open-case.js';
import { listCasePersons } from './letters.queries.js';
import type { LetterOptions } from './letters.schemas.js';

/**
 * What a new letter on this case can be: the templates, the persons it can go to (the child and
 * the persons related to the child that the actor may see) and the case's vedtak. One audit row.
 */
export async function getLetterOptions(access: StaffAccess, sakId: string): Promise<LetterOptions> {
  const { row, basis, breakGlassId } = await openCase(access, sakId, 'read');
  const persons = await listCasePersons(access.trx, access.actor, access.now, row.childId);
  const { history } = await loadSakState(access.trx, sakId, { forUpdate: false });
  await access.audit({
    action: 'read',
    objectType: 'letter',
    objectId: null,
    sakId,
    personId: row.childId,
    fields: ['letter.options', 'person.name', 'person_relation.kind', 'sak.history.vedtak'],
    emergency: basis === 'break_glass',
    breakGlassId,
  });
  return {
    templates: LETTER_LANGS.flatMap((lang) =>
      listLetterTemplates(lang).map((t) => ({
        id: t.id,
        lang: t.lang,
        name: t.name,
        recipientKinds: [...t.recipientKinds],
        needsVedtak: t.needsVedtak,
      })),
    ),
    persons: persons
      .filter((p) => !p.ended)
      .map((p) => ({
        personId: p.id,
        name: `${p.givenName} ${p.familyName}`,
        relation: p.kind,
        hasFodselsnummer: p.fodselsnummer !== null,
      })),
    vedtak: history.vedtak.map((v) => ({
      id: v.id,
      date: v.startDato,
      hjemmel: lovhjemmelText(v.lovhjemmel, v.jmfrLovhjemmel, 'nb'),
    })),
  };
}
