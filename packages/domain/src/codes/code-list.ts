/**
 * Code lists of the national registry (Nasjonalt barnevernsregister), with validity periods.
 * Source: SSB `Kodelister.md` and the JSON code lists in `Barnevern_v4.xsd` (MIT, Statistics Norway).
 * A code a case may use depends on the date: pass the date, never read a clock here.
 */
import { isIsoDate } from '../iso-date.js';

/** A heading a code sits under (Kunnskapsmodellen side → area, tiltak category, flytting reason group). */
export interface CodeGroup {
  readonly code: string;
  readonly label: string;
  readonly parent?: CodeGroup;
}

export interface Code<K extends string = string> {
  readonly code: K;
  /** The label as the source document writes it (line breaks joined with a space). */
  readonly label: string;
  /** First day the code may be used, 'YYYY-MM-DD', inclusive. */
  readonly validFrom: string;
  /** Last day the code may be used, inclusive; null while it is still valid. */
  readonly validTo: string | null;
  /** The registry requires a free-text `Presisering` with this code. */
  readonly needsPresisering?: boolean;
  readonly group?: CodeGroup;
}

export type CodeList<K extends string = string> = readonly Code<K>[];

/** The code values of a list as a union type, e.g. `CodeOf<typeof MELDER>`. */
export type CodeOf<L extends CodeList> = L[number]['code'];

function assertIsoDate(date: string): void {
  if (!isIsoDate(date)) throw new RangeError(`Expected a date as YYYY-MM-DD, got "${date}"`);
}

/** Whether one code is valid on `date` (both ends inclusive). ISO dates compare as strings. */
export function isCodeValidOn(entry: Code, date: string): boolean {
  assertIsoDate(date);
  return entry.validFrom <= date && (entry.validTo === null || date <= entry.validTo);
}

/** The codes of `list` that may be used on `date`, in the document's order. */
export function codesValidOn<C extends Code>(list: readonly C[], date: string): C[] {
  assertIsoDate(date);
  return list.filter((entry) => isCodeValidOn(entry, date));
}

/** Whether `code` is in `list` and valid on `date`. */
export function isValidCode(list: CodeList, code: string, date: string): boolean {
  assertIsoDate(date);
  return list.some((entry) => entry.code === code && isCodeValidOn(entry, date));
}

/**
 * The entry for `code`, or undefined. With `date`, only an entry valid on that date; without it, the
 * first entry (no list in the source reuses a code, which a test checks).
 */
export function findCode<C extends Code>(list: readonly C[], code: string, date?: string): C | undefined {
  if (date !== undefined) assertIsoDate(date);
  return list.find((entry) => entry.code === code && (date === undefined || isCodeValidOn(entry, date)));
}

/** Whether `code` in `list` requires a presisering (free text) in the registry. */
export function needsPresisering(list: CodeList, code: string): boolean {
  return findCode(list, code)?.needsPresisering === true;
}

/** Builds one entry; `const K` keeps the code as a literal type so lists yield code unions. */
export function code<const K extends string>(
  value: K,
  label: string,
  validFrom: string,
  validTo: string | null = null,
  extra: { needsPresisering?: boolean; group?: CodeGroup } = {},
): Code<K> {
  return {
    code: value,
    label,
    validFrom,
    validTo,
    ...(extra.needsPresisering ? { needsPresisering: true } : {}),
    ...(extra.group ? { group: extra.group } : {}),
  };
}

/** Shorthand for an entry that requires a presisering. */
export function codeWithPresisering<const K extends string>(
  value: K,
  label: string,
  validFrom: string,
  validTo: string | null = null,
  group?: CodeGroup,
): Code<K> {
  return code(value, label, validFrom, validTo, { needsPresisering: true, ...(group ? { group } : {}) });
}
