import { detectMediaType } from '../../journal/media-type.js';
import { MAX_REPORT_TEXT, type InboxAddress, type InboxChild, type InboxContent } from '../inbox-content.js';
import {
  bekymringsmeldingValidator,
  isBekymringsmeldingType,
  schemaProblems,
  type BekymringsmeldingType,
  type FieldProblem,
} from './schemas.js';

/** The largest JSON payload accepted (1 MiB): a report of 100 000 characters is far less. */
export const MAX_PAYLOAD_BYTES = 1024 * 1024;
/** The largest PDF accepted, as for documents (25 MiB). */
export const MAX_PDF_BYTES = 25 * 1024 * 1024;
/** Vern's limits on top of KS's schema, which sets none: what a melding and a person can hold. */
const MAX_NAME = 200;
const MAX_FIELD = 10_000;
const MAX_CHILDREN = 20;
const REPORT_FIELDS = new Set(['melding', 'historie', 'andreSynspunkter']);

export interface Attachment {
  filename: string;
  bytes: Buffer;
}

export type ReadResult =
  | { ok: true; content: InboxContent; attachments: { attachment: Attachment; mediaType: string }[] }
  | {
      ok: false;
      problems: FieldProblem[];
      attachments: { attachment: Attachment; problem: string | null }[];
    };

type Json = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** Each string within Vern's limits: names 200 characters, the report's texts 100 000, the rest 10 000. */
function limitProblems(value: unknown, path: string[], out: FieldProblem[]): void {
  if (typeof value === 'string') {
    const key = path.at(-1) ?? '';
    const max = key === 'personnavn' ? MAX_NAME : REPORT_FIELDS.has(key) ? MAX_REPORT_TEXT : MAX_FIELD;
    if (value.length > max) out.push({ field: path.join('.'), reason: `is longer than ${max} characters` });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => limitProblems(v, [...path, String(i)], out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) limitProblems(v, [...path, k], out);
  }
}

function address(v: unknown): InboxAddress | null {
  if (!v || typeof v !== 'object') return null;
  const a = v as Json;
  const street = [a['adresselinje1'], a['adresselinje2'], a['adresselinje3']]
    .map(str)
    .filter(Boolean)
    .join(', ');
  if (!street) return null;
  return { street, postalCode: str(a['postnummer']), postalPlace: str(a['poststed']) };
}

/** The one text of the report: a private report's melding, or a public one's parts with headings. */
function reportText(type: BekymringsmeldingType, m: Json): string {
  if (type.includes('.privat.')) return String(m['melding']);
  const parts = m['melding'] as Json;
  const sections: [string, unknown][] = [
    ['Bekymringen', parts['melding']],
    ['Historikk', parts['historie']],
    ['Andre synspunkter', parts['andreSynspunkter']],
    ['Behov for tolk', m['behovForTolk']],
    ['Andre hjelpeinstanser', m['andreHjelpeinstanser']],
  ];
  return sections
    .filter(([, text]) => str(text))
    .map(([heading, text]) => `${heading}:\n${String(text).trim()}`)
    .join('\n\n');
}

function contentOf(type: BekymringsmeldingType, m: Json): InboxContent {
  const offentlig = type.includes('.offentlig.');
  const children: InboxChild[] = offentlig
    ? (m['offentligBarn'] as Json[]).map((b) => ({
        name: String(b['personnavn']).trim(),
        fodselsnummer: str(b['fnr'])?.replace(/\s+/g, '') ?? null,
        birthDate: null,
        unborn: b['ufoedt'] === true,
        estimatedAge: null,
        relation: null,
        address: address(b['adresse']),
      }))
    : (m['privatBarn'] as Json[]).map((b) => ({
        name: String(b['personnavn']).trim(),
        fodselsnummer: null,
        birthDate: null,
        unborn: false,
        estimatedAge: str(b['antattAlder']),
        relation: str(b['relasjon']),
        address: address(b['adresse']),
      }));
  const melder = (offentlig ? m['offentligMelder'] : m['privatMelder']) as Json;
  const virksomhet = (melder['virksomhet'] ?? {}) as Json;
  return {
    kind: offentlig ? 'fiks.offentlig' : 'fiks.privat',
    text: reportText(type, m),
    children,
    melder: {
      name: str(melder['personnavn']),
      anonymous: false,
      role: str(melder['rolle']),
      organisation: str(virksomhet['navn']),
      organisationNumber: str(virksomhet['orgnr']),
      phone: str(melder['telefonnummer']),
      email: str(melder['epost']),
    },
    kommunenummer: str(m['kommunenummer']),
    bydelsnummer: str(m['bydelsnummer']),
    sentAt: str(m['sendingstidspunkt']),
  };
}

/** Checks one attachment: the protocol sends the report as a PDF, and nothing else is accepted. */
function attachmentProblem(a: Attachment): string | null {
  if (a.bytes.length > MAX_PDF_BYTES) return `is larger than ${MAX_PDF_BYTES / 1024 / 1024} MB`;
  const found = detectMediaType(a.bytes);
  if ('problem' in found) return `is not a PDF: ${found.problem}`;
  if (found.type !== 'application/pdf') return `is not a PDF (the bytes are ${found.type})`;
  return null;
}

/**
 * Reads a Fiks concern report: the JSON exactly as KS's schema for its message type defines it,
 * within Vern's size limits, and its attachments, each of which must be a PDF. A refusal names
 * every field with its reason and never the value, so it can go into the `feilet` reply, the
 * quarantine and a log line alike.
 */
export function readBekymringsmelding(
  messageType: string,
  payload: Buffer,
  attachments: readonly Attachment[],
): ReadResult {
  const problems: FieldProblem[] = [];
  const checked = attachments.map((attachment) => ({ attachment, problem: attachmentProblem(attachment) }));
  checked.forEach((c, i) => {
    if (c.problem) problems.push({ field: `vedlegg.${i}`, reason: c.problem });
  });
  const refuse = (): ReadResult => ({ ok: false, problems, attachments: checked });
  if (!isBekymringsmeldingType(messageType)) {
    problems.unshift({
      field: 'type',
      reason: 'is not a concern report type (no.ks.fiks.bekymringsmelding.privat|offentlig.v1|v2)',
    });
    return refuse();
  }
  if (payload.length > MAX_PAYLOAD_BYTES) {
    problems.unshift({ field: 'payload', reason: `is larger than ${MAX_PAYLOAD_BYTES / 1024} KiB` });
    return refuse();
  }
  let message: unknown;
  try {
    message = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload));
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'is not valid JSON' : 'is not UTF-8 text';
    problems.unshift({ field: 'payload', reason });
    return refuse();
  }
  const validate = bekymringsmeldingValidator(messageType);
  if (!validate(message)) problems.unshift(...schemaProblems(validate.errors ?? [], ''));
  limitProblems(message, [], problems);
  if (problems.length > 0) return refuse();
  const m = message as Json;
  const kids = (m['offentligBarn'] ?? m['privatBarn']) as unknown[];
  if (kids.length > MAX_CHILDREN) {
    problems.push({
      field: messageType.includes('.privat.') ? 'privatBarn' : 'offentligBarn',
      reason: `has more than ${MAX_CHILDREN} children`,
    });
    return refuse();
  }
  const content = contentOf(messageType, m);
  if (content.text.length > MAX_REPORT_TEXT) {
    problems.push({ field: 'melding', reason: `is longer than ${MAX_REPORT_TEXT} characters in all` });
    return refuse();
  }
  return {
    ok: true,
    content,
    attachments: checked.map((c) => ({ attachment: c.attachment, mediaType: 'application/pdf' })),
  };
}
