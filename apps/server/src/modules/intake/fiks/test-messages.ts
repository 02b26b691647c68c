import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BekymringsmeldingType } from './schemas.js';

/** KS's reference folder beside the repository (../shared), where the schemas' examples are. */
export const FIKS_REFERENCE_DIR = fileURLToPath(
  new URL('../../../../../../../shared/reference/fiks-bekymringsmelding/', import.meta.url),
);

/** Each message type with KS's own example of it. */
export const EXAMPLES: Record<BekymringsmeldingType, string> = {
  'no.ks.fiks.bekymringsmelding.privat.v1': 'privatBekymringsmeldingV1.json',
  'no.ks.fiks.bekymringsmelding.privat.v2': 'privatBekymringsmeldingV2.json',
  'no.ks.fiks.bekymringsmelding.offentlig.v1': 'offentligBekymringsmeldingV1.json',
  'no.ks.fiks.bekymringsmelding.offentlig.v2': 'offentligBekymringsmeldingV2.json',
};

export function examplePath(type: BekymringsmeldingType): string {
  return `${FIKS_REFERENCE_DIR}examples/${EXAMPLES[type]}`;
}

export function example(type: BekymringsmeldingType): Record<string, unknown> {
  return JSON.parse(readFileSync(examplePath(type), 'utf8')) as Record<string, unknown>;
}

/** A small, complete PDF. */
export const PDF = Buffer.from(
  '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

type Mutation = [name: string, field: string, change: (m: Record<string, unknown>) => void];
const at = (m: Record<string, unknown>, ...path: (string | number)[]) =>
  path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], m) as Record<string, unknown>;

/**
 * Invalid variants of KS's offentlig v2 example: each breaks one rule of the schema, or one of
 * Vern's limits, and names the field the refusal must name.
 */
export const INVALID_OFFENTLIG_V2: Mutation[] = [
  ['missing required field', 'offentligMelder.epost', (m) => delete at(m, 'offentligMelder')['epost']],
  ['missing required top-level field', 'foresatte', (m) => delete m['foresatte']],
  ['wrong pattern (kommunenummer)', 'kommunenummer', (m) => (m['kommunenummer'] = '12011')],
  [
    'wrong pattern (telefonnummer)',
    'offentligMelder.telefonnummer',
    (m) => (at(m, 'offentligMelder')['telefonnummer'] = 'ring meg'),
  ],
  [
    'wrong pattern (epost)',
    'offentligMelder.epost',
    (m) => (at(m, 'offentligMelder')['epost'] = 'ikke en adresse'),
  ],
  ['wrong type (ufoedt)', 'offentligBarn.0.ufoedt', (m) => (at(m, 'offentligBarn', 0)['ufoedt'] = 'nei')],
  ['wrong type (melding)', 'melding', (m) => (m['melding'] = 'bare tekst')],
  ['no child', 'offentligBarn', (m) => (m['offentligBarn'] = [])],
  [
    'three guardians',
    'foresatte',
    (m) => {
      const f = m['foresatte'] as unknown[];
      m['foresatte'] = [f[0], f[0], f[0]];
    },
  ],
  ['not a date-time', 'sendingstidspunkt', (m) => (m['sendingstidspunkt'] = '16. mars 2020')],
  ['oversized text', 'melding.melding', (m) => (at(m, 'melding')['melding'] = 'x'.repeat(100_001))],
  [
    'oversized name',
    'offentligBarn.0.personnavn',
    (m) => (at(m, 'offentligBarn', 0)['personnavn'] = 'N'.repeat(201)),
  ],
];
