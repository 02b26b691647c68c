import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2019Module, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2019.js';

/** The folder of KS's schemas, copied unchanged (the same from src/ in tests and dist/ at run time). */
export const FIKS_SCHEMA_DIR = fileURLToPath(new URL('../../../../fiks-schemas/', import.meta.url));

/** The concern-report message types of the protocol, with the schema file of each. */
export const BEKYMRINGSMELDING_TYPES = {
  'no.ks.fiks.bekymringsmelding.privat.v1': 'privat.bekymringsmelding.v1.json',
  'no.ks.fiks.bekymringsmelding.privat.v2': 'v2/privat.bekymringsmelding.v2.json',
  'no.ks.fiks.bekymringsmelding.offentlig.v1': 'offentlig.bekymringsmelding.v1.json',
  'no.ks.fiks.bekymringsmelding.offentlig.v2': 'v2/offentlig.bekymringsmelding.v2.json',
} as const;
export type BekymringsmeldingType = keyof typeof BEKYMRINGSMELDING_TYPES;

export const MOTTATT_TYPE = 'no.ks.fiks.bekymringsmelding.mottatt.v1';
export const FEILET_TYPE = 'no.ks.fiks.bekymringsmelding.feilet.v1';

export function isBekymringsmeldingType(type: string): type is BekymringsmeldingType {
  return Object.hasOwn(BEKYMRINGSMELDING_TYPES, type);
}

/**
 * RFC 3339 date-time with the offset optional. Draft 2019-09 makes `format` an annotation, not an
 * assertion, and KS's own examples send local times without an offset ("2020-03-16T13:29:33"), so
 * the strict RFC 3339 check would refuse what KS sends. Vern still asserts that the value is a real
 * date and time, because it records it (the sender's own time of sending).
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})?$/i;
export function isDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return (
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d &&
    h < 24 &&
    mi < 60 &&
    s < 61
  );
}

const readSchema = (file: string) =>
  JSON.parse(readFileSync(`${FIKS_SCHEMA_DIR}${file}`, 'utf8')) as Record<string, unknown> & { $id: string };

let validators: Map<BekymringsmeldingType, ValidateFunction> | undefined;

/**
 * One validator per message type, compiled once from KS's schemas with Ajv's draft 2019-09 class.
 * The schemas refer to the address schema as `./adresse.json`, `adresse.json` or `../adresse.json`,
 * which all resolve to https://fiks.ks.no/adresse.json, while the address schema names itself
 * https://fiks.ks.no/bekymringsmelding.adresse.json: it is registered under both. Strict mode is off
 * because the schemas use keywords Ajv's strict mode objects to (`minLength` on an array, which
 * draft 2019-09 ignores, so an empty privatBarn is valid by KS's schema).
 */
export function bekymringsmeldingValidator(type: BekymringsmeldingType): ValidateFunction {
  if (!validators) {
    const Ajv2019 = Ajv2019Module.default;
    const ajv = new Ajv2019({ allErrors: true, strict: false, formats: { 'date-time': isDateTime } });
    const adresse = readSchema('adresse.json');
    ajv.addSchema(adresse);
    ajv.addSchema({ ...adresse, $id: 'https://fiks.ks.no/adresse.json' });
    validators = new Map(
      Object.entries(BEKYMRINGSMELDING_TYPES).map(([t, file]) => [
        t as BekymringsmeldingType,
        ajv.compile(readSchema(file)),
      ]),
    );
  }
  const validate = validators.get(type);
  if (!validate) throw new Error(`no schema for ${type}`);
  return validate;
}

export interface FieldProblem {
  /** Where, as a dotted path from the root of the message (`offentligBarn.0.fnr`). */
  field: string;
  reason: string;
}

const pathOf = (pointer: string) =>
  pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
const join = (...parts: string[]) => parts.filter(Boolean).join('.');

/** Ajv's errors as field and reason, never the value that was sent. */
export function schemaProblems(errors: readonly ErrorObject[], prefix: string): FieldProblem[] {
  return errors.map((e) => {
    const at = pathOf(e.instancePath);
    const p = e.params as Record<string, unknown>;
    switch (e.keyword) {
      case 'required':
        return { field: join(prefix, at, String(p['missingProperty'])), reason: 'is required' };
      case 'type':
        return { field: join(prefix, at), reason: `must be of type ${String(p['type'])}` };
      case 'pattern':
        return { field: join(prefix, at), reason: `does not match the pattern ${String(p['pattern'])}` };
      case 'format':
        return {
          field: join(prefix, at),
          reason: `must be a ${String(p['format'])} (e.g. 2020-03-16T13:29:33)`,
        };
      case 'minItems':
        return { field: join(prefix, at), reason: `must have at least ${String(p['limit'])} item(s)` };
      case 'maxItems':
        return { field: join(prefix, at), reason: `must have at most ${String(p['limit'])} item(s)` };
      default:
        return { field: join(prefix, at), reason: e.message ?? `fails ${e.keyword}` };
    }
  });
}
