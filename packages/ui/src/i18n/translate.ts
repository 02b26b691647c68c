import type { Dictionary, MessageKey, MessageParams } from './dictionary';
import type { Lang } from './language';
import { en } from './en';
import { nb } from './nb';
import { nn } from './nn';

export const dictionaries: Readonly<Record<Lang, Dictionary>> = { nb, nn, en };

const PLACEHOLDER = /\{(\w+)\}/g;

/** Replaces `{name}` with params.name; a placeholder without a value is left as it is. */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The names of the placeholders in a message, for checking that translations agree. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}

export type TranslateFn = (key: MessageKey, params?: MessageParams) => string;

export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  return interpolate(dictionaries[lang][key], params);
}

export function createTranslator(lang: Lang): TranslateFn {
  return (key, params) => translate(lang, key, params);
}
