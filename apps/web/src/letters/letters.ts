import { isValidOrganisasjonsnummer } from '@vern/domain';
import type { ApiDetail, ApiProblem } from '../api/http';
import type { StaffKey } from '../i18n/dictionary';

/** The letter API's shapes, as the staff app uses them (apps/server letters.schemas.ts). */
export type LetterTemplateId = 'vedtak' | 'innkalling' | 'anmodning_opplysninger' | 'svar_til_melder';
export type LetterLang = 'nb' | 'nn';
export type InputValue = string | boolean | null;

export interface LetterSummary {
  id: string;
  templateId: LetterTemplateId;
  lang: LetterLang;
  status: 'draft' | 'sent';
  version: number;
  recipient: {
    kind: 'person' | 'organisasjon';
    name: string;
    personId: string | null;
    organisasjonsnummer: string | null;
  };
  createdAt: string;
  createdBy: { id: string; name: string };
  updatedAt: string;
  sentAt: string | null;
}

export interface LetterInput {
  key: string;
  type: 'text' | 'date' | 'flag' | 'longtext';
  required: boolean;
  protected: boolean;
  value: InputValue;
}

export interface RecipientPreviewData {
  title: string;
  letterDate: string;
  recipientLines: string[];
  blocks: { kind: 'heading' | 'paragraph'; text: string }[];
  notification: string;
  confidential: boolean;
}

export interface LetterView extends LetterSummary {
  templateName: string;
  vedtakId: string | null;
  inputs: LetterInput[];
  protectedFieldsRedacted: boolean;
  missing: string[];
  preview: RecipientPreviewData;
  pdfSha256: string | null;
}

export interface LetterOptions {
  templates: {
    id: LetterTemplateId;
    lang: LetterLang;
    name: string;
    recipientKinds: ('person' | 'organisasjon')[];
    needsVedtak: boolean;
  }[];
  persons: { personId: string; name: string; relation: string | null; hasFodselsnummer: boolean }[];
  vedtak: { id: string; date: string; hjemmel: string }[];
}

// ---------------------------------------------------------------- paths

const UUID = '[0-9a-fA-F-]{36}';
const NEW = new RegExp(`^/saker/(${UUID})/brev/ny$`);
const ONE = new RegExp(`^/saker/(${UUID})/brev/(${UUID})$`);

export const newLetterPath = (sakId: string): string => `/saker/${sakId}/brev/ny`;
export const letterPath = (sakId: string, letterId: string): string => `/saker/${sakId}/brev/${letterId}`;
export const letterPdfUrl = (sakId: string, letterId: string): string =>
  `/api/cases/${sakId}/letters/${letterId}/pdf`;

export type LetterRoute =
  { page: 'letter-new'; sakId: string } | { page: 'letter'; sakId: string; letterId: string };

export function matchLetterRoute(path: string): LetterRoute | undefined {
  const n = NEW.exec(path);
  if (n?.[1]) return { page: 'letter-new', sakId: n[1] };
  const o = ONE.exec(path);
  if (o?.[1] && o[2]) return { page: 'letter', sakId: o[1], letterId: o[2] };
  return undefined;
}

// ---------------------------------------------------------------- new letter

/** The new-letter form: the recipient is a person of the case, or `org` with number and name. */
export interface NewLetterForm {
  lang: LetterLang;
  templateId: LetterTemplateId | '';
  recipient: string; // a personId, 'org', or ''
  orgnr: string;
  orgName: string;
  vedtakId: string;
}

export const EMPTY_NEW_LETTER: NewLetterForm = {
  lang: 'nb',
  templateId: '',
  recipient: '',
  orgnr: '',
  orgName: '',
  vedtakId: '',
};

export type NewLetterField = 'templateId' | 'recipient' | 'orgnr' | 'orgName' | 'vedtakId';

/** The form's problems before it is sent, each at its field, as i18n keys. */
export function newLetterProblems(
  form: NewLetterForm,
  options: LetterOptions,
): { field: NewLetterField; key: StaffKey }[] {
  const problems: { field: NewLetterField; key: StaffKey }[] = [];
  const template = options.templates.find((t) => t.id === form.templateId && t.lang === form.lang);
  if (!template) problems.push({ field: 'templateId', key: 'letters.new.templateRequired' });
  if (form.recipient === '') problems.push({ field: 'recipient', key: 'letters.new.recipientRequired' });
  if (form.recipient === 'org') {
    const digits = form.orgnr.replace(/\s+/g, '');
    if (!isValidOrganisasjonsnummer(digits))
      problems.push({ field: 'orgnr', key: 'letters.new.orgnrInvalid' });
    if (!form.orgName.trim()) problems.push({ field: 'orgName', key: 'letters.new.orgNameRequired' });
  }
  if (template) {
    const kind = form.recipient === 'org' ? 'organisasjon' : 'person';
    if (form.recipient !== '' && !template.recipientKinds.includes(kind)) {
      problems.push({ field: 'recipient', key: 'letters.new.recipientKind' });
    }
    if (template.needsVedtak && !options.vedtak.some((v) => v.id === form.vedtakId)) {
      problems.push({
        field: 'vedtakId',
        key: options.vedtak.length ? 'letters.new.vedtakRequired' : 'letters.new.noVedtak',
      });
    }
  }
  return problems;
}

/** The body of POST /api/cases/{id}/letters for a form without problems. */
export function newLetterBody(form: NewLetterForm, options: LetterOptions): Record<string, unknown> {
  const template = options.templates.find((t) => t.id === form.templateId && t.lang === form.lang);
  return {
    templateId: form.templateId,
    lang: form.lang,
    recipient:
      form.recipient === 'org'
        ? {
            kind: 'organisasjon',
            organisasjonsnummer: form.orgnr.replace(/\s+/g, ''),
            navn: form.orgName.trim(),
          }
        : { kind: 'person', personId: form.recipient },
    ...(template?.needsVedtak ? { vedtakId: form.vedtakId } : {}),
  };
}

// ---------------------------------------------------------------- editing

/** The id of an input's control, so a problem can link to it. */
export const inputId = (key: string): string => `brev-${key.replace(/[^a-z0-9]/gi, '-')}`;

/** What changed since the letter was loaded: the body of PUT … /letters/{id}. */
export function changedInputs(
  inputs: readonly LetterInput[],
  values: Readonly<Record<string, InputValue>>,
): Record<string, InputValue> {
  const changed: Record<string, InputValue> = {};
  for (const i of inputs) {
    const v = values[i.key] ?? null;
    const before = i.value ?? null;
    if ((v === '' ? null : v) !== (before === '' ? null : before)) changed[i.key] = v === '' ? null : v;
  }
  return changed;
}

/** The i18n key that says what a server detail about a letter means, or null for the generic text. */
export function detailKey(d: ApiDetail): StaffKey | null {
  if (d.reason.startsWith("contains the child's protected")) return 'letters.problem.protected';
  if (d.reason.startsWith('must be filled in')) return 'letters.problem.missing';
  if (d.field === 'recipient' && d.reason.includes('fødselsnummer')) return 'letters.problem.noFnr';
  if (d.reason.startsWith('must be a time')) return 'letters.problem.time';
  if (d.reason.startsWith('must be a date')) return 'letters.problem.date';
  return null;
}

/** The input a detail points at (`body.inputs.mote.sted`, `inputs.mote.sted`), if any. */
export function detailInput(d: ApiDetail): string | null {
  const m = /^(?:body\.)?inputs\.(.+)$/.exec(d.field);
  return m?.[1] ?? null;
}

/** Whether a failed request is worth showing as a conflict (someone else changed or sent it). */
export const isConflict = (p: ApiProblem): boolean => p.status === 409;
