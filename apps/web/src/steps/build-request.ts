import { needsPresisering } from '@vern/domain';
import type { FieldSpec, FormValues } from './field-spec';
import { presiseringKey } from './field-spec';
import type { StepFormType } from './step-specs';

export type Json = string | boolean | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface BuiltRequest {
  /** The step as the API takes it, without the ids of what it creates. */
  command: JsonObject;
  /** What goes beside the command in the body (melding, begrunnelse). */
  body: JsonObject;
  /** Inputs that still need a (well-formed) value, by field key. */
  missing: Record<string, 'required' | 'presisering' | 'format'>;
}

function setPath(target: JsonObject, path: string, value: Json): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (typeof next === 'object' && next !== null && !Array.isArray(next)) node = next;
    else {
      const created: JsonObject = {};
      node[part] = created;
      node = created;
    }
  }
  node[parts[parts.length - 1] ?? path] = value;
}

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

export function isEmpty(v: FormValues[string] | undefined): boolean {
  return v === undefined || v === false || (Array.isArray(v) ? v.length === 0 : text(v) === '');
}

/** A datetime-local value ('2026-11-24T09:30', the browser's own time) as an ISO instant. */
export function localDateTimeToIso(value: string): string {
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : d.toISOString();
}

/**
 * Turns a form's values into the request for its step: each value placed at its path in the
 * command or the body, codes in the shape the API wants, with a presisering where the code needs
 * one. Empty optional inputs are left out; empty required ones are listed in `missing`.
 */
export function buildRequest(
  type: StepFormType,
  fields: readonly FieldSpec[],
  values: FormValues,
  newId: () => string,
): BuiltRequest {
  const command: JsonObject = type === 'propose-vedtak' ? {} : { type };
  const body: JsonObject = {};
  const missing: BuiltRequest['missing'] = {};
  const put = (f: FieldSpec, v: Json) => {
    if (f.path) setPath(command, f.path, v);
    else if (f.bodyPath) setPath(body, f.bodyPath, v);
  };
  for (const f of fields) {
    const v = values[f.key];
    if (f.onlyWith !== undefined && isEmpty(values[f.onlyWith])) continue;
    if (f.kind === 'checkbox') {
      put(f, v === true);
      continue;
    }
    if (isEmpty(v)) {
      if (!f.optional) missing[f.key] = 'required';
      continue;
    }
    switch (f.kind) {
      case 'code': {
        const kode = text(v);
        const presisering = text(values[presiseringKey(f.key)]);
        const needs = needsPresisering(f.list, kode);
        if (needs && presisering === '') missing[presiseringKey(f.key)] = 'presisering';
        const coded: JsonObject = needs && presisering ? { kode, presisering } : { kode };
        if (f.shape === 'object') put(f, coded);
        else if (f.shape === 'list') put(f, [coded]);
        else {
          put(f, kode);
          if (needs && presisering && f.presiseringPath) setPath(command, f.presiseringPath, presisering);
        }
        break;
      }
      case 'codes':
        put(
          f,
          (Array.isArray(v) ? v : []).map((kode) => ({ kode })),
        );
        break;
      case 'element': {
        const ids = text(v).split('|');
        f.paths.forEach((p, i) => setPath(command, p, ids[i] ?? ''));
        break;
      }
      case 'text':
        put(
          f,
          f.list
            ? text(v)
                .split(',')
                .map((s) => s.trim())
                .filter((s) => s !== '')
            : text(v),
        );
        break;
      case 'datetime':
        put(f, localDateTimeToIso(text(v)));
        break;
      case 'date':
      case 'choice':
        put(f, text(v));
        break;
      default:
        // checkboxes are handled above
        break;
    }
  }
  if (type === 'start-tiltak') addFollowUp(command, values, newId, missing);
  if (type === 'propose-vedtak') addJmfr(command, values, missing);
  return { command, body, missing };
}

/**
 * Up to three «jf.» references, written «4-2, 3-1 2» (kapittel-paragraf, optionally a ledd), in the
 * same law as the vedtak's own hjemmel.
 */
function addJmfr(command: JsonObject, values: FormValues, missing: BuiltRequest['missing']): void {
  const raw = text(values['jmfr']);
  if (!raw) return;
  const lov = text(values['lov']);
  const refs = raw.split(',').map((r) => /^\s*(\d+[a-z]*)-(\d+[a-z]*)(?:\s+(\d{1,3}))?\s*$/.exec(r));
  if (refs.some((m) => m === null)) {
    missing['jmfr'] = 'format';
    return;
  }
  command['jmfrLovhjemmel'] = refs.map((m) => ({
    lov,
    kapittel: m?.[1] ?? '',
    paragraf: m?.[2] ?? '',
    ledd: m?.[3] ? [m[3]] : [],
    bokstav: [],
    punktum: [],
  }));
}

/** Oppfølging and tilsyn of a placement apply from the tiltak's start (Tiltak kontroll 21 ff.). */
function addFollowUp(
  command: JsonObject,
  values: FormValues,
  newId: () => string,
  missing: BuiltRequest['missing'],
): void {
  const startDato = text(values['dato']);
  const oppfolging = text(values['oppfolgingHyppighet']);
  if (oppfolging)
    command['oppfolging'] = { hyppighet: [{ id: newId(), startDato, kode: oppfolging }], utfort: [] };
  const kommune = text(values['tilsynKommune']);
  const tilsyn = text(values['tilsynHyppighet']);
  if (!kommune && !tilsyn) return;
  if (!kommune) missing['tilsynKommune'] = 'required';
  if (!tilsyn) missing['tilsynHyppighet'] = 'required';
  command['tilsyn'] = {
    ansvarlig: [{ id: newId(), startDato, kommunenummer: kommune }],
    hyppighet: [{ id: newId(), startDato, kode: tilsyn }],
    utfort: [],
  };
}
