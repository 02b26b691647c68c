import { interpolate, useI18n, type Lang, type MessageParams } from '@vern/ui';
import { useCallback } from 'react';
import { reportEn } from './texts.en';
import { reportNb, type ReportDictionary, type ReportKey } from './texts.nb';
import { reportNn } from './texts.nn';

export const REPORT_TEXTS: Readonly<Record<Lang, ReportDictionary>> = {
  nb: reportNb,
  nn: reportNn,
  en: reportEn,
};

export type ReportT = (key: ReportKey, params?: MessageParams) => string;

/** The form's own texts in the language the shell has chosen. */
export function useReportT(): ReportT {
  const { lang } = useI18n();
  return useCallback((key, params) => interpolate(REPORT_TEXTS[lang][key], params), [lang]);
}

/** The id of a field's input, from its path in the report: `children.0.name` → `f-children-0-name`. */
export const inputId = (field: string) => `f-${field.replace(/\./g, '-')}`;

/** The label of a field, from its path: the index of a child or guardian is dropped. */
export function labelKey(field: string): ReportKey | undefined {
  if (field === 'service') return 'service.label';
  if (field === 'kind') return 'kind.legend';
  const key = field.replace(/^children\.\d+/, 'child').replace(/^guardians\.\d+/, 'guardian');
  return Object.hasOwn(reportNb, key) ? (key as ReportKey) : undefined;
}

/** «Barn 2: Barnets navn», so a problem in the summary says which child it is about. */
export function fieldName(t: ReportT, field: string): string {
  const key = labelKey(field);
  const label = key ? t(key) : field;
  const child = /^children\.(\d+)\./.exec(field);
  if (child) return `${t('child.legend', { n: Number(child[1]) + 1 })}: ${label}`;
  const guardian = /^guardians\.(\d+)\./.exec(field);
  if (guardian) return `${t('guardian.legend', { n: Number(guardian[1]) + 1 })}: ${label}`;
  return label;
}

const ORDER = ['service', 'kind', 'identifiedBy', 'melder', 'children', 'guardians', 'report'];

/** Problems in the order of the form, so the summary reads from the top. */
export function inFormOrder<T extends { field: string }>(problems: readonly T[]): T[] {
  const rank = (f: string) => {
    const i = ORDER.indexOf(f.split('.')[0] ?? '');
    return i < 0 ? ORDER.length : i;
  };
  return [...problems].sort((a, b) => rank(a.field) - rank(b.field));
}

const CODES = [
  'REQUIRED',
  'TOO_LONG',
  'PHONE',
  'EMAIL',
  'POSTAL_CODE',
  'ORGNR',
  'FNR',
  'NOT_ANONYMOUS',
  'NOT_SIGNED_IN',
  'NOT_VERIFIED',
] as const;

/** The words for a problem code from the server or the shared schema; an unknown code is «check». */
export function problemText(t: ReportT, code: string): string {
  const known = CODES.find((c) => c === code);
  return t(known ? `error.${known}` : 'error.INVALID');
}
