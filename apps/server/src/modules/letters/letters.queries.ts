import type { AccessActor, MergeData } from '@vern/domain';
import { sql, type SqlBool, type Transaction } from 'kysely';
import type { DB, LetterTable } from '../../platform/db/schema.js';
import { personVisibleTo } from '../persons/persons.queries.js';

export type LetterStatus = 'draft' | 'sent';

/** A letter without its PDF bytes. */
export interface LetterRow {
  id: string;
  sakId: string;
  templateId: LetterTable['template_id'];
  lang: LetterTable['lang'];
  recipientKind: LetterTable['recipient_kind'];
  recipientPersonId: string | null;
  recipientOrgnr: string | null;
  recipientName: string;
  vedtakId: string | null;
  mergeData: MergeData;
  inputs: MergeData;
  protectedAllowed: boolean;
  status: LetterStatus;
  version: number;
  createdBy: { id: string; name: string };
  createdAt: Date;
  updatedAt: Date;
  sentAt: Date | null;
  letterDate: string | null;
  title: string | null;
  notificationText: string | null;
  pdfSha256: string | null;
}

function letterColumns(trx: Transaction<DB>) {
  return trx
    .selectFrom('letter')
    .innerJoin('staff_user as author', 'author.id', 'letter.created_by')
    .select([
      'letter.id',
      'letter.sak_id as sakId',
      'letter.template_id as templateId',
      'letter.lang',
      'letter.recipient_kind as recipientKind',
      'letter.recipient_person_id as recipientPersonId',
      'letter.recipient_orgnr as recipientOrgnr',
      'letter.recipient_name as recipientName',
      'letter.vedtak_id as vedtakId',
      'letter.merge_data as mergeData',
      'letter.inputs',
      'letter.protected_allowed as protectedAllowed',
      'letter.status',
      'letter.version',
      'author.id as authorId',
      'author.display_name as authorName',
      'letter.created_at as createdAt',
      'letter.updated_at as updatedAt',
      'letter.sent_at as sentAt',
      sql<string | null>`to_char(letter.letter_date, 'YYYY-MM-DD')`.as('letterDate'),
      'letter.title',
      'letter.notification_text as notificationText',
      'letter.pdf_sha256 as pdfSha256',
    ]);
}

type Selected = Awaited<ReturnType<ReturnType<typeof letterColumns>['executeTakeFirstOrThrow']>>;

function toRow({ authorId, authorName, ...r }: Selected): LetterRow {
  return {
    ...r,
    mergeData: r.mergeData as MergeData,
    inputs: r.inputs as MergeData,
    createdBy: { id: authorId, name: authorName },
  };
}

export async function listLetters(
  trx: Transaction<DB>,
  sakId: string,
  page: { limit: number; offset: number },
): Promise<LetterRow[]> {
  const rows = await letterColumns(trx)
    .where('letter.sak_id', '=', sakId)
    .orderBy('letter.created_at', 'desc')
    .orderBy('letter.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map(toRow);
}

/** A letter of this case (a letter id of another case is not found), locked when it is to change. */
export async function findLetter(
  trx: Transaction<DB>,
  sakId: string,
  letterId: string,
  options: { forUpdate: boolean } = { forUpdate: false },
): Promise<LetterRow | undefined> {
  let query = letterColumns(trx).where('letter.sak_id', '=', sakId).where('letter.id', '=', letterId);
  if (options.forUpdate) query = query.forUpdate('letter');
  const row = await query.executeTakeFirst();
  return row ? toRow(row) : undefined;
}

export async function findLetterPdf(
  trx: Transaction<DB>,
  letterId: string,
): Promise<{ pdf: Buffer; sha256: string } | undefined> {
  const row = await trx
    .selectFrom('letter')
    .select(['pdf', 'pdf_sha256'])
    .where('id', '=', letterId)
    .executeTakeFirst();
  return row?.pdf && row.pdf_sha256 ? { pdf: row.pdf, sha256: row.pdf_sha256 } : undefined;
}

export interface NewLetterRow {
  tenantId: string;
  sakId: string;
  templateId: LetterTable['template_id'];
  lang: LetterTable['lang'];
  recipient:
    | { kind: 'person'; personId: string; name: string }
    | { kind: 'organisasjon'; organisasjonsnummer: string; name: string };
  vedtakId: string | null;
  mergeData: MergeData;
  protectedAllowed: boolean;
  createdBy: string;
}

export async function insertLetter(trx: Transaction<DB>, l: NewLetterRow): Promise<string> {
  const row = await trx
    .insertInto('letter')
    .values({
      tenant_id: l.tenantId,
      sak_id: l.sakId,
      template_id: l.templateId,
      lang: l.lang,
      recipient_kind: l.recipient.kind,
      recipient_person_id: l.recipient.kind === 'person' ? l.recipient.personId : null,
      recipient_orgnr: l.recipient.kind === 'organisasjon' ? l.recipient.organisasjonsnummer : null,
      recipient_name: l.recipient.name,
      vedtak_id: l.vedtakId,
      merge_data: JSON.stringify(l.mergeData),
      inputs: '{}',
      protected_allowed: l.protectedAllowed,
      created_by: l.createdBy,
      updated_by: l.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Writes a draft's inputs if it is still at `version`; false when someone changed it first. */
export async function updateLetterInputs(
  trx: Transaction<DB>,
  letterId: string,
  change: { version: number; inputs: MergeData; updatedBy: string; now: Date },
): Promise<boolean> {
  const result = await trx
    .updateTable('letter')
    .set({
      inputs: JSON.stringify(change.inputs),
      version: sql`version + 1`,
      updated_by: change.updatedBy,
      updated_at: change.now,
    })
    .where('id', '=', letterId)
    .where('status', '=', 'draft')
    .where('version', '=', change.version)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function markLetterSent(
  trx: Transaction<DB>,
  letterId: string,
  sent: {
    sentBy: string;
    now: Date;
    letterDate: string;
    title: string;
    notificationText: string;
    pdf: Buffer;
    sha256: string;
  },
): Promise<void> {
  await trx
    .updateTable('letter')
    .set({
      status: 'sent',
      version: sql`version + 1`,
      updated_by: sent.sentBy,
      updated_at: sent.now,
      sent_by: sent.sentBy,
      sent_at: sent.now,
      letter_date: sent.letterDate,
      title: sent.title,
      notification_text: sent.notificationText,
      pdf: sent.pdf,
      pdf_sha256: sent.sha256,
    })
    .where('id', '=', letterId)
    .where('status', '=', 'draft')
    .executeTakeFirstOrThrow();
}

export async function findService(trx: Transaction<DB>, tenantId: string) {
  return trx
    .selectFrom('tenant')
    .select(['name', 'organisasjonsnummer'])
    .where('id', '=', tenantId)
    .executeTakeFirstOrThrow();
}

export async function findStaffName(trx: Transaction<DB>, staffUserId: string): Promise<string> {
  const row = await trx
    .selectFrom('staff_user')
    .select('display_name')
    .where('id', '=', staffUserId)
    .executeTakeFirstOrThrow();
  return row.display_name;
}

export interface CasePersonRow {
  id: string;
  givenName: string;
  familyName: string;
  fodselsnummer: string | null;
  addressProtection: 'ingen' | 'fortrolig' | 'strengt_fortrolig' | 'strengt_fortrolig_utland';
  /** The relation to the child (null for the child), and whether it carries parental responsibility. */
  kind: string | null;
  parentalResponsibility: boolean;
  ended: boolean;
}

/**
 * The persons a letter on this case can go to: the child, and each person related to the child
 * (either way) whom the actor may see (personVisibleTo).
 */
export async function listCasePersons(
  trx: Transaction<DB>,
  actor: AccessActor,
  now: Date,
  childId: string,
): Promise<CasePersonRow[]> {
  const child = await trx
    .selectFrom('person')
    .select([
      'id',
      'given_name as givenName',
      'family_name as familyName',
      'fodselsnummer',
      'address_protection as addressProtection',
    ])
    .where('id', '=', childId)
    .executeTakeFirstOrThrow();
  const related = await trx
    .selectFrom('person_relation as r')
    .innerJoin('person', (join) =>
      join.on(
        sql<SqlBool>`person.id = CASE WHEN r.person_id = ${childId} THEN r.related_person_id ELSE r.person_id END`,
      ),
    )
    .select([
      'person.id',
      'person.given_name as givenName',
      'person.family_name as familyName',
      'person.fodselsnummer',
      'person.address_protection as addressProtection',
      'r.kind',
      'r.parental_responsibility as parentalResponsibility',
      sql<boolean>`r.end_date IS NOT NULL`.as('ended'),
    ])
    .where((eb) => eb.or([eb('r.person_id', '=', childId), eb('r.related_person_id', '=', childId)]))
    .where((eb) => personVisibleTo(actor, now)(eb as never))
    .orderBy(sql`r.end_date IS NOT NULL`)
    .orderBy('r.kind')
    .orderBy('r.created_at')
    .execute();
  return [{ ...child, kind: null, parentalResponsibility: false, ended: false }, ...related];
}

export async function findPersonFodselsnummer(
  trx: Transaction<DB>,
  personId: string,
): Promise<string | null> {
  const row = await trx
    .selectFrom('person')
    .select('fodselsnummer')
    .where('id', '=', personId)
    .executeTakeFirst();
  return row?.fodselsnummer ?? null;
}
