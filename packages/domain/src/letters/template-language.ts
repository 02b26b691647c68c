import { fieldSpec, isFieldKey, type FieldKey } from './fields.js';

/**
 * The template language, deliberately small: literal text, `{{ field }}` and
 * `{{ redact(field) }}`. Nothing else: no expressions, no loops, no code, no lookups beyond the
 * field catalogue (fields.ts). Conditions live on whole blocks (`when`), naming flag fields.
 * Text the caseworker writes is inserted as it is and never parsed, so it cannot reach into the
 * template.
 */
export type TemplateNode =
  { kind: 'text'; text: string } | { kind: 'field'; key: FieldKey } | { kind: 'redact'; key: FieldKey };

export interface TemplateProblem {
  /** Where in the template: `title`, `notification`, `blocks.3`. */
  where: string;
  problem: string;
}

const TAG = /\{\{([\s\S]*?)\}\}/g;
const FIELD = /^[a-z]+(?:\.[a-zA-Z]+)+$/;
const REDACT = /^redact\(\s*([a-z]+(?:\.[a-zA-Z]+)+)\s*\)$/;

/**
 * Parses one template text. Unknown fields, unknown syntax, a protected field outside redact()
 * and redact() around a field that is not protected are problems, reported with `where`.
 */
export function parseTemplateText(
  text: string,
  where: string,
): { nodes: TemplateNode[]; problems: TemplateProblem[] } {
  const nodes: TemplateNode[] = [];
  const problems: TemplateProblem[] = [];
  let last = 0;
  for (const match of text.matchAll(TAG)) {
    const before = text.slice(last, match.index);
    pushText(nodes, before, where, problems);
    last = match.index + match[0].length;
    const inner = (match[1] ?? '').trim();
    const redact = REDACT.exec(inner);
    const name = redact ? redact[1] : FIELD.test(inner) ? inner : undefined;
    if (name === undefined) {
      problems.push({ where, problem: `unknown syntax {{${inner}}}` });
      continue;
    }
    if (!isFieldKey(name)) {
      problems.push({ where, problem: `unknown field ${name}` });
      continue;
    }
    const spec = fieldSpec(name);
    if (redact) {
      if (spec.protected !== true)
        problems.push({ where, problem: `redact() around ${name}, which is not protected` });
      nodes.push({ kind: 'redact', key: name });
    } else {
      if (spec.protected === true)
        problems.push({ where, problem: `protected field ${name} used without redact()` });
      nodes.push({ kind: 'field', key: name });
    }
  }
  pushText(nodes, text.slice(last), where, problems);
  return { nodes, problems };
}

function pushText(nodes: TemplateNode[], text: string, where: string, problems: TemplateProblem[]): void {
  if (text.includes('{{') || text.includes('}}')) {
    problems.push({ where, problem: 'unbalanced {{ or }}' });
  }
  if (text) nodes.push({ kind: 'text', text });
}

/** The fields a list of nodes uses, protected or not. */
export function fieldsOf(nodes: readonly TemplateNode[]): FieldKey[] {
  return nodes.flatMap((n) => (n.kind === 'text' ? [] : [n.key]));
}
