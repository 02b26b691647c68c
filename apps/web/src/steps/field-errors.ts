import type { ApiDetail } from '../api/http';
import { presiseringKey, type FieldSpec } from './field-spec';

/** Where each input's server errors arrive: `command.<path>` or a body field, by field key. */
function prefixesOf(f: FieldSpec): [string, string][] {
  const out: [string, string][] = [];
  const cmd = (p: string) => `command.${p}`;
  if (f.path) out.push([cmd(f.path), f.key]);
  if (f.bodyPath) out.push([f.bodyPath, f.key]);
  if (f.kind === 'element') f.paths.forEach((p) => out.push([cmd(p), f.key]));
  for (const p of f.errorPaths ?? []) out.push([cmd(p), f.key]);
  if (f.kind === 'code' && f.path) {
    const presisering = presiseringKey(f.key);
    if (f.shape === 'object') out.push([cmd(`${f.path}.presisering`), presisering]);
    if (f.shape === 'list') out.push([cmd(`${f.path}.0.presisering`), presisering]);
    if (f.presiseringPath) out.push([cmd(f.presiseringPath), presisering]);
  }
  return out;
}

const within = (field: string, prefix: string) => field === prefix || field.startsWith(`${prefix}.`);

/**
 * The input a server error names: the longest declared path that the error's field lies in
 * (`command.kategori.presisering` → the presisering input, not the kategori); failing that, the
 * first input inside the field the error names (`command.barnetsMedvirkning` → its code).
 * Undefined when the error is about the step as a whole.
 */
export function fieldForError(fields: readonly FieldSpec[], detailField: string): string | undefined {
  const prefixes = fields.flatMap(prefixesOf);
  const best = prefixes.filter(([p]) => within(detailField, p)).sort((a, b) => b[0].length - a[0].length)[0];
  if (best) return best[1];
  return prefixes.find(([p]) => within(p, detailField) && detailField.includes('.'))?.[1];
}

export interface MappedErrors {
  /** Messages to show at each input, by field key. */
  byField: Record<string, string[]>;
  /** Messages about the step as a whole, for the summary only. */
  general: string[];
}

/** Sorts the server's details to the inputs they name; `message` turns a detail into the text shown. */
export function mapErrors(
  fields: readonly FieldSpec[],
  details: readonly ApiDetail[],
  message: (d: ApiDetail) => string,
): MappedErrors {
  const byField: Record<string, string[]> = {};
  const general: string[] = [];
  for (const d of details) {
    const key = fieldForError(fields, d.field);
    const text = message(d);
    if (key === undefined) general.push(text);
    else if (!(byField[key] ?? []).includes(text)) byField[key] = [...(byField[key] ?? []), text];
  }
  return { byField, general };
}
