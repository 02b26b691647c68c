import { z } from 'zod';
import { findCode, isCodeValidOn, type Code, type CodeList } from '../codes/code-list.js';
import { isIsoDate } from '../iso-date.js';

/**
 * Whether the list's dates say when codes came and went. In a list whose codes all start on one day
 * and none has ended (kjønn, vedtak status, hyppighet, …) that day is when the registry added the
 * element, not when the codes' meaning began: a placement from 2019 still has a hyppighet from 2019.
 */
function isDated(list: CodeList): boolean {
  return list.some((c) => c.validTo !== null || c.validFrom !== list[0]?.validFrom);
}

/**
 * Why `code` may not be used on `date`, in plain Norwegian, or null when it may. An invalid date is
 * not this check's problem (the date field reports it), so it returns null then.
 */
export function codeProblem(list: CodeList, code: string, date: string): string | null {
  if (!isIsoDate(date)) return null;
  const entry = findCode(list, code);
  if (!entry) return `Koden ${code} finnes ikke i kodelisten.`;
  if (!isDated(list) || isCodeValidOn(entry, date)) return null;
  return date < entry.validFrom
    ? `Koden ${code} kan brukes fra ${entry.validFrom}, ikke ${date}.`
    : `Koden ${code} gikk ut ${entry.validTo ?? ''} og kan ikke brukes ${date}.`;
}

/** Whether a coded value lacks the presisering its code requires (the codes marked «krever presisering»). */
export function lacksPresisering(list: CodeList, value: { kode: string; presisering?: string | undefined }) {
  const needs = list.some((c) => c.code === value.kode && c.needsPresisering === true);
  return needs && (value.presisering === undefined || value.presisering.trim() === '');
}

/** The codes of a list as a zod enum, so the type is the union of its codes. */
export function codeEnum<const K extends string>(list: readonly Code<K>[]) {
  return z.enum(list.map((c) => c.code) as [K, ...K[]]);
}
