import { fieldSpec, isFieldKey, type FieldKey } from './fields.js';
import { fieldsOf, parseTemplateText, type TemplateNode, type TemplateProblem } from './template-language.js';

export const LETTER_TEMPLATE_IDS = [
  'vedtak',
  'innkalling',
  'anmodning_opplysninger',
  'svar_til_melder',
] as const;
export type LetterTemplateId = (typeof LETTER_TEMPLATE_IDS)[number];
export const LETTER_LANGS = ['nb', 'nn'] as const;
export type LetterLang = (typeof LETTER_LANGS)[number];
export type RecipientKind = 'person' | 'organisasjon';

/** A block condition: a flag field, or `!field` for its negation. All of a block's conditions must hold. */
export type BlockCondition = FieldKey | `!${FieldKey}`;

export interface TemplateBlockSource {
  kind: 'heading' | 'paragraph';
  text: string;
  when?: readonly string[];
}

/** A letter template as written (templates-nb.ts, templates-nn.ts). */
export interface LetterTemplateSource {
  id: LetterTemplateId;
  lang: LetterLang;
  /** What staff see in the template list. */
  name: string;
  /** The letter's title: also the title of the message in the recipient's mailbox. */
  title: string;
  /** The notice the recipient gets by SMS or e-mail: never case content. */
  notification: string;
  recipientKinds: readonly RecipientKind[];
  /** Taushetsbelagt: sent as confidential (the channel asks for strong identification to open it). */
  confidential: boolean;
  /** Needs a vedtak of the case chosen when the draft is made. */
  needsVedtak: boolean;
  /** Input fields that must be filled in before the letter can be sent. */
  required: readonly string[];
  /**
   * Fields the template may use at all, when the law narrows what the recipient may be told
   * (svar til melder: received, and for a public reporter whether an undersøkelse was opened).
   */
  onlyFields?: readonly string[];
  blocks: readonly TemplateBlockSource[];
}

export interface CompiledBlock {
  kind: 'heading' | 'paragraph';
  nodes: TemplateNode[];
  when: { key: FieldKey; negate: boolean }[];
}

export interface InputSpec {
  key: FieldKey;
  type: 'text' | 'date' | 'flag' | 'longtext';
  required: boolean;
  protected: boolean;
}

export interface CompiledTemplate {
  id: LetterTemplateId;
  lang: LetterLang;
  name: string;
  title: TemplateNode[];
  notification: TemplateNode[];
  blocks: CompiledBlock[];
  recipientKinds: readonly RecipientKind[];
  confidential: boolean;
  needsVedtak: boolean;
  /** What the caseworker fills in, in the order the template uses them. */
  inputs: InputSpec[];
}

export class TemplateError extends Error {
  constructor(
    readonly templateId: string,
    readonly problems: readonly TemplateProblem[],
  ) {
    super(
      `letter template ${templateId} is invalid: ${problems.map((p) => `${p.where}: ${p.problem}`).join('; ')}`,
    );
  }
}

/**
 * The template lint: checks a template against the field catalogue and the rules of C2, and
 * returns every problem (empty when it may be used). The rules: every field exists; a protected
 * field appears only inside redact(); the title and the notification use only fields that say
 * nothing about the case (no redact either); a free-text field fills a paragraph on its own; block
 * conditions name flag fields; a template limited by law (`onlyFields`) uses nothing else and has
 * no free text.
 */
export function lintTemplate(source: LetterTemplateSource): TemplateProblem[] {
  return compile(source).problems;
}

/** Compiles a template, or throws TemplateError with every problem: the check when a template is loaded. */
export function compileTemplate(source: LetterTemplateSource): CompiledTemplate {
  const { compiled, problems } = compile(source);
  if (problems.length > 0) throw new TemplateError(`${source.id}/${source.lang}`, problems);
  return compiled;
}

function compile(source: LetterTemplateSource): { compiled: CompiledTemplate; problems: TemplateProblem[] } {
  const problems: TemplateProblem[] = [];
  const safeOnly = (nodes: TemplateNode[], where: string) => {
    for (const n of nodes) {
      if (n.kind === 'redact' || (n.kind === 'field' && fieldSpec(n.key).notificationSafe !== true)) {
        problems.push({ where, problem: `${n.key} may not stand in a ${where}: it is case content` });
      }
    }
  };
  const title = parseTemplateText(source.title, 'title');
  const notification = parseTemplateText(source.notification, 'notification');
  problems.push(...title.problems, ...notification.problems);
  safeOnly(title.nodes, 'title');
  safeOnly(notification.nodes, 'notification');

  const blocks: CompiledBlock[] = source.blocks.map((b, i) => {
    const where = `blocks.${i}`;
    const parsed = parseTemplateText(b.text, where);
    problems.push(...parsed.problems);
    for (const n of parsed.nodes) {
      if (n.kind === 'text') continue;
      const type = fieldSpec(n.key).type;
      if (type === 'flag') problems.push({ where, problem: `flag ${n.key} can only be a condition (when)` });
      if (type === 'longtext' && (parsed.nodes.length !== 1 || b.kind !== 'paragraph')) {
        problems.push({ where, problem: `free text ${n.key} must fill a paragraph on its own` });
      }
    }
    const when = (b.when ?? []).flatMap((c) => {
      const negate = c.startsWith('!');
      const key = negate ? c.slice(1) : c;
      if (!isFieldKey(key)) {
        problems.push({ where: `${where}.when`, problem: `unknown field ${key}` });
        return [];
      }
      if (fieldSpec(key).type !== 'flag') {
        problems.push({ where: `${where}.when`, problem: `${key} is not a flag` });
      }
      return [{ key, negate }];
    });
    return { kind: b.kind, nodes: parsed.nodes, when };
  });

  const used = [
    ...fieldsOf(title.nodes),
    ...fieldsOf(notification.nodes),
    ...blocks.flatMap((b) => [...fieldsOf(b.nodes), ...b.when.map((w) => w.key)]),
  ];
  if (source.onlyFields) {
    for (const key of new Set(used)) {
      if (!source.onlyFields.includes(key)) {
        problems.push({
          where: 'onlyFields',
          problem: `${key} is not among the fields this letter may carry`,
        });
      }
      if (fieldSpec(key).type === 'longtext') {
        problems.push({ where: 'onlyFields', problem: `${key}: this letter may carry no free text` });
      }
    }
  }
  const inputs: InputSpec[] = [];
  for (const key of new Set(used)) {
    const spec = fieldSpec(key);
    if (spec.source !== 'input') continue;
    inputs.push({
      key,
      type: spec.type,
      required: source.required.includes(key),
      protected: spec.protected === true,
    });
  }
  for (const key of source.required) {
    if (!inputs.some((i) => i.key === key)) {
      problems.push({ where: 'required', problem: `${key} is required but is not an input the letter uses` });
    }
  }
  return {
    compiled: {
      id: source.id,
      lang: source.lang,
      name: source.name,
      title: title.nodes,
      notification: notification.nodes,
      blocks,
      recipientKinds: source.recipientKinds,
      confidential: source.confidential,
      needsVedtak: source.needsVedtak,
      inputs,
    },
    problems,
  };
}
