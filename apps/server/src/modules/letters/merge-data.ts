import {
  lovhjemmelText,
  PARENTAL_RESPONSIBILITY_KINDS,
  protectedFieldsAllowed,
  type AddressProtection,
  type CaseHistory,
  type CompiledTemplate,
  type LetterLang,
  type MergeData,
  type RelationKind,
} from '@vern/domain';
import type { StaffAccess } from '../../platform/access/gateway.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import type { CaseRow } from '../cases/cases.queries.js';
import { readPersonAddress } from '../persons/persons.queries.js';
import { findService, findStaffName, listCasePersons, type CasePersonRow } from './letters.queries.js';

/** Melding conclusions that mean an undersøkelse was opened (2) or the report joined one under way (4). */
const UNDERSOKELSE_CODES = new Set(['2', '4']);

export interface CaseMerge {
  data: MergeData;
  protection: AddressProtection;
  protectedAllowed: boolean;
}

/**
 * The values a letter takes from its case, as the actor may see them. The invariant it keeps
 * (security.md C1, C2): when the child has address protection, the child's address and
 * municipality are not put into the data at all, so neither the snapshot in the letter row nor
 * anything rendered from it can hold them; redact() in the templates yields the neutral text.
 */
export async function caseMergeData(
  access: StaffAccess,
  c: { row: CaseRow; journalnummer: string; history: CaseHistory },
  letter: { template: CompiledTemplate; lang: LetterLang; vedtakId: string | null; recipientName: string },
): Promise<CaseMerge> {
  const { trx, actor } = access;
  const service = await findService(trx, actor.tenantId);
  const persons = await listCasePersons(trx, actor, access.now, c.row.childId);
  const child = persons[0];
  if (!child) throw new Error('the case has no child');
  const address = await readPersonAddress(trx, c.row.childId);
  const protectedAllowed = protectedFieldsAllowed(address.protection);
  const data: MergeData = {
    'tjeneste.navn': service.name,
    'tjeneste.organisasjonsnummer': service.organisasjonsnummer,
    'sak.journalnummer': c.journalnummer,
    'mottaker.navn': letter.recipientName,
    'barn.navn': `${c.row.childGivenName} ${c.row.childFamilyName}`,
    'barn.fornavn': c.row.childGivenName,
    'barn.fodselsdato': c.row.childBirthDate,
    'foreldre.navn': parentNames(persons),
    'saksbehandler.navn': c.row.caseworkerName ?? (await findStaffName(trx, actor.staffUserId)),
    'saksbehandler.enhet': c.row.unitName,
  };
  if (protectedAllowed && address.address) {
    const a = address.address;
    data['barn.adresse'] = `${a.street}, ${a.postalCode} ${a.postalPlace}`;
    data['barn.kommune'] = a.municipality;
  }
  const melding = [...c.history.meldinger].sort((a, b) => b.startDato.localeCompare(a.startDato))[0];
  if (melding) {
    data['melding.mottatt'] = melding.startDato;
    data['melding.avklart'] = melding.konklusjon !== undefined;
    data['undersokelse.apnet'] = UNDERSOKELSE_CODES.has(melding.konklusjon?.kode ?? '');
  }
  if (letter.template.needsVedtak) {
    const vedtak = c.history.vedtak.find((v) => v.id === letter.vedtakId);
    if (!letter.vedtakId || !vedtak) {
      throw new AppError(ErrorCode.ValidationFailed, 'A vedtak letter needs a vedtak of the case', [
        {
          field: 'body.vedtakId',
          reason: letter.vedtakId ? 'is not a vedtak of this case' : 'is required for a vedtak letter',
        },
      ]);
    }
    data['vedtak.dato'] = vedtak.startDato;
    data['vedtak.hjemmel'] = lovhjemmelText(vedtak.lovhjemmel, vedtak.jmfrLovhjemmel, letter.lang);
  }
  return { data, protection: address.protection, protectedAllowed };
}

function parentNames(persons: readonly CasePersonRow[]): string | null {
  const names = persons
    .filter(
      (p) =>
        p.kind !== null &&
        !p.ended &&
        p.parentalResponsibility &&
        PARENTAL_RESPONSIBILITY_KINDS.includes(p.kind as RelationKind),
    )
    .map((p) => `${p.givenName} ${p.familyName}`);
  if (names.length === 0) return null;
  // «og» in bokmål and nynorsk alike
  return names.length === 1 ? (names[0] ?? null) : `${names.slice(0, -1).join(', ')} og ${names.at(-1)}`;
}

/**
 * What a letter that may not carry protected fields must not contain anywhere: the child's street
 * address (as far as the actor may read it) and the protected inputs written on the draft.
 */
export async function protectedValuesOf(
  access: StaffAccess,
  childId: string,
  inputs: MergeData,
  template: CompiledTemplate,
): Promise<string[]> {
  const { address } = await readPersonAddress(access.trx, childId);
  const values = address ? [address.street, `${address.postalCode} ${address.postalPlace}`] : [];
  for (const i of template.inputs) {
    const v = inputs[i.key];
    if (i.protected && typeof v === 'string') values.push(v);
  }
  return values;
}
