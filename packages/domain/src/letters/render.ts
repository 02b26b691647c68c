import type { AddressProtection } from '../access.js';
import { fieldSpec, type FieldKey, type MergeData } from './fields.js';
import type { TemplateNode } from './template-language.js';
import type { CompiledTemplate, LetterLang, RecipientKind } from './template.js';

export interface RenderedBlock {
  kind: 'heading' | 'paragraph';
  text: string;
}

/** A letter as its recipient reads it, and the notice they get about it. */
export interface RenderedLetter {
  title: string;
  blocks: RenderedBlock[];
  notification: string;
}

const WORDS = {
  nb: {
    neutral: 'ikke oppgitt',
    missing: '[mangler]',
    organisationNotice: 'Virksomheten har fått post fra barneverntjenesten. Den er merket for rett mottaker.',
  },
  nn: {
    neutral: 'ikkje oppgitt',
    missing: '[manglar]',
    organisationNotice: 'Verksemda har fått post frå barnevernstenesta. Han er merkt for rett mottakar.',
  },
} as const;

const MONTHS = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];

/** An ISO day as a letter writes it: «5. mars 2026» (the same in bokmål and nynorsk). */
export function formatLetterDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])}. ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/**
 * Whether a letter may carry the protected fields (address, municipality, school, GP,
 * institution) of a child with this address protection. The invariant it keeps (security.md C1,
 * C2): with fortrolig or strengt fortrolig, no recipient of a letter gets them; a parent, a school
 * or another service gets the neutral text of redact() instead. Staff reading rights
 * (mayReadAddress) do not widen this: a letter leaves the service.
 */
export function protectedFieldsAllowed(protection: AddressProtection): boolean {
  return protection === 'ingen';
}

export interface RenderOptions {
  /** protectedFieldsAllowed(child's protection) */
  protectedAllowed: boolean;
  /** An organisation gets the organisation notice (to its shared inbox), a person the template's. */
  recipientKind: RecipientKind;
}

/**
 * Renders a compiled template with a letter's values. A protected field is reachable only through
 * a redact node (the template lint guarantees it), which yields the neutral text unless
 * `protectedAllowed`. A missing required input shows as «[mangler]»; any other missing value as the
 * neutral text; a free-text paragraph that is empty is left out, and one with blank lines becomes
 * several paragraphs. Free text is inserted as written and never parsed.
 */
export function renderLetter(t: CompiledTemplate, data: MergeData, options: RenderOptions): RenderedLetter {
  const required = new Set(t.inputs.filter((i) => i.required).map((i) => i.key));
  const w = WORDS[t.lang];
  const value = (key: FieldKey): string => {
    const v = data[key];
    if (typeof v !== 'string' || v.trim() === '') return required.has(key) ? w.missing : w.neutral;
    return fieldSpec(key).type === 'date' ? formatLetterDate(v) : v.trim();
  };
  const text = (nodes: readonly TemplateNode[]): string =>
    nodes
      .map((n) => {
        switch (n.kind) {
          case 'text':
            return n.text;
          case 'field':
            return value(n.key);
          case 'redact':
            return options.protectedAllowed ? value(n.key) : w.neutral;
          default: {
            const unreachable: never = n;
            throw new Error(`unknown node ${String(unreachable)}`);
          }
        }
      })
      .join('');
  const blocks: RenderedBlock[] = [];
  for (const b of t.blocks) {
    if (!b.when.every((c) => (data[c.key] === true) !== c.negate)) continue;
    const only = b.nodes.length === 1 ? b.nodes[0] : undefined;
    if (only?.kind === 'field' && fieldSpec(only.key).type === 'longtext') {
      const raw = data[only.key];
      const written = typeof raw === 'string' ? raw.replace(/\r\n?/g, '\n').trim() : '';
      if (!written) {
        if (required.has(only.key)) blocks.push({ kind: 'paragraph', text: w.missing });
        continue;
      }
      for (const part of written.split(/\n[ \t]*\n/)) {
        const p = part.trim();
        if (p) blocks.push({ kind: 'paragraph', text: p });
      }
      continue;
    }
    blocks.push({ kind: b.kind, text: text(b.nodes) });
  }
  const notification = options.recipientKind === 'organisasjon' ? w.organisationNotice : text(t.notification);
  return { title: text(t.title), blocks, notification };
}

/** The required inputs a letter still lacks (it cannot be sent until they are filled in). */
export function missingInputs(t: CompiledTemplate, data: MergeData): FieldKey[] {
  return t.inputs
    .filter((i) => i.required)
    .filter((i) => {
      const v = data[i.key];
      return i.type === 'flag' ? typeof v !== 'boolean' : typeof v !== 'string' || v.trim() === '';
    })
    .map((i) => i.key);
}

const fold = (s: string) => s.toLocaleLowerCase('nb').replace(/\s+/g, ' ').trim();

/**
 * Where a rendered letter contains one of the protected values (the child's street address,
 * school, GP, institution) in text the caseworker wrote, for a letter that may not carry them:
 * `title`, `notification` or `blocks.N`. Short values (under five letters, e.g. a postcode or
 * «Oslo») are not searched for, since they would stop ordinary letters.
 */
export function findProtectedLeaks(letter: RenderedLetter, protectedValues: readonly string[]): string[] {
  const needles = protectedValues.map(fold).filter((v) => v.length >= 5);
  if (needles.length === 0) return [];
  const hit = (s: string) => needles.some((n) => fold(s).includes(n));
  return [
    ...(hit(letter.title) ? ['title'] : []),
    ...(hit(letter.notification) ? ['notification'] : []),
    ...letter.blocks.flatMap((b, i) => (hit(b.text) ? [`blocks.${i}`] : [])),
  ];
}

/** The neutral text redact() yields in a letter of this language. */
export function neutralText(lang: LetterLang): string {
  return WORDS[lang].neutral;
}

/**
 * The inputs (free text, meeting place, …) whose text contains one of the protected values, for a
 * letter that may not carry them: the caseworker is told which field to change. The rendered
 * letter is checked again with findProtectedLeaks before it is sent.
 */
export function leakingInputs(
  t: CompiledTemplate,
  data: MergeData,
  protectedValues: readonly string[],
): FieldKey[] {
  const needles = protectedValues.map(fold).filter((v) => v.length >= 5);
  return t.inputs
    .filter((i) => !i.protected && (i.type === 'text' || i.type === 'longtext'))
    .filter((i) => {
      const v = data[i.key];
      return typeof v === 'string' && needles.some((n) => fold(v).includes(n));
    })
    .map((i) => i.key);
}
