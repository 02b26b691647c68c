import {
  compileTemplate,
  type CompiledTemplate,
  type LetterLang,
  type LetterTemplateId,
} from './template.js';
import { TEMPLATES_NB } from './templates-nb.js';
import { TEMPLATES_NN } from './templates-nn.js';

export const TEMPLATE_SOURCES = [...TEMPLATES_NB, ...TEMPLATES_NN];

/**
 * Every template, compiled when this module is loaded: a template that fails the lint (an unknown
 * field, a protected field without redact(), case content in a notification, …) stops the server
 * from starting and every test that imports it, not only its own unit test.
 */
const COMPILED: ReadonlyMap<string, CompiledTemplate> = new Map(
  TEMPLATE_SOURCES.map((s) => [`${s.id}/${s.lang}`, compileTemplate(s)]),
);

export function getLetterTemplate(id: LetterTemplateId, lang: LetterLang): CompiledTemplate {
  const t = COMPILED.get(`${id}/${lang}`);
  if (!t) throw new Error(`no letter template ${id}/${lang}`);
  return t;
}

export function listLetterTemplates(lang: LetterLang): CompiledTemplate[] {
  return [...COMPILED.values()].filter((t) => t.lang === lang);
}
