/**
 * The merge fields a letter template may use. Each field says where its value comes from (the case,
 * or what the caseworker fills in on the draft), what kind of value it is, and whether it is
 * protected: derived from where a child lives or is (address, municipality, school, GP,
 * institution). A protected field can only be written into a letter through `redact()`, which
 * yields a neutral text for a recipient without the right (template-language.ts checks this for
 * every template; render.ts keeps it when rendering).
 */
export type FieldType = 'text' | 'date' | 'flag' | 'longtext';

export interface FieldSpec {
  readonly type: FieldType;
  readonly source: 'case' | 'input';
  /** Derived from a protected address or whereabouts: only through redact(). */
  readonly protected?: true;
  /** May stand in a notification text or a title (it says nothing about the case). */
  readonly notificationSafe?: true;
}

export const LETTER_FIELDS = {
  'tjeneste.navn': { type: 'text', source: 'case', notificationSafe: true },
  'tjeneste.organisasjonsnummer': { type: 'text', source: 'case' },
  'brev.dato': { type: 'date', source: 'case' },
  'sak.journalnummer': { type: 'text', source: 'case' },
  'mottaker.navn': { type: 'text', source: 'case' },
  'barn.navn': { type: 'text', source: 'case' },
  'barn.fornavn': { type: 'text', source: 'case' },
  'barn.fodselsdato': { type: 'date', source: 'case' },
  'barn.adresse': { type: 'text', source: 'case', protected: true },
  'barn.kommune': { type: 'text', source: 'case', protected: true },
  'barn.skole': { type: 'text', source: 'input', protected: true },
  'barn.fastlege': { type: 'text', source: 'input', protected: true },
  'barn.institusjon': { type: 'text', source: 'input', protected: true },
  'foreldre.navn': { type: 'text', source: 'case' },
  'saksbehandler.navn': { type: 'text', source: 'case' },
  'saksbehandler.enhet': { type: 'text', source: 'case' },
  'vedtak.dato': { type: 'date', source: 'case' },
  'vedtak.hjemmel': { type: 'text', source: 'case' },
  'melding.mottatt': { type: 'date', source: 'case' },
  'melding.avklart': { type: 'flag', source: 'case' },
  'undersokelse.apnet': { type: 'flag', source: 'case' },
  'melder.offentlig': { type: 'flag', source: 'input' },
  'mote.dato': { type: 'date', source: 'input' },
  'mote.klokkeslett': { type: 'text', source: 'input' },
  'mote.sted': { type: 'text', source: 'input' },
  'svar.frist': { type: 'date', source: 'input' },
  'fritekst.vedtaket': { type: 'longtext', source: 'input' },
  'fritekst.begrunnelse': { type: 'longtext', source: 'input' },
  'fritekst.tema': { type: 'longtext', source: 'input' },
  'fritekst.opplysninger': { type: 'longtext', source: 'input' },
} as const satisfies Record<string, FieldSpec>;

export type FieldKey = keyof typeof LETTER_FIELDS;
export const FIELD_KEYS = Object.keys(LETTER_FIELDS) as FieldKey[];

export function isFieldKey(key: string): key is FieldKey {
  return Object.prototype.hasOwnProperty.call(LETTER_FIELDS, key);
}

export function fieldSpec(key: FieldKey): FieldSpec {
  return LETTER_FIELDS[key];
}

/** The fields derived from a protected address or whereabouts. */
export const PROTECTED_FIELDS = FIELD_KEYS.filter((k) => fieldSpec(k).protected === true);

/**
 * The values of one letter: case fields as snapshotted when the draft was made, inputs as the
 * caseworker wrote them. A date is an ISO day (YYYY-MM-DD); a missing value is absent or null.
 */
export type MergeData = Partial<Record<FieldKey, string | boolean | null>>;
