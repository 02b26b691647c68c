import type { CodeList } from '@vern/domain';
import type { ElementQuery } from './elements';

/**
 * One input of a step form, declared as data: what it asks for (`kind`), where its value goes in
 * the request (`path` inside the command, or `bodyPath` beside it), and the i18n key of its label
 * and help text (`key`, also its id and the place server errors are shown).
 */
interface Base {
  key: string;
  /** Dotted path inside `command` ('kategori.kode'); errors `command.<path>…` land here. */
  path?: string;
  /** Dotted path in the request body outside the command ('melding.channel', 'begrunnelse'). */
  bodyPath?: string;
  optional?: boolean;
  /** Set only when this other field has a value (the date of barnets medvirkning). */
  onlyWith?: string;
  /** More command paths whose server errors belong to this input. */
  errorPaths?: readonly string[];
  /** Which date decides which codes are valid: the step's (default) or the melding's receipt. */
  validOn?: 'dato' | 'receivedAt';
}

/**
 * A code from a registry list, offered only if valid on the step's date. `shape` says how it is
 * sent: the bare code, `{ kode, presisering }`, or a one-element list of that (melder).
 */
export interface CodeFieldSpec extends Base {
  kind: 'code';
  list: CodeList;
  shape: 'value' | 'object' | 'list';
  /** For shape 'value': where a required presisering goes. */
  presiseringPath?: string;
  /** Codes never offered here (melding kode 2 has its own step). */
  exclude?: readonly string[];
}

export interface CodesFieldSpec extends Base {
  kind: 'codes';
  list: CodeList;
}

export interface ElementFieldSpec extends Base {
  kind: 'element';
  of: ElementQuery;
  /** Each option's value is its ids joined with '|', one per path. */
  paths: readonly string[];
}

export interface ChoiceFieldSpec extends Base {
  kind: 'choice';
  /** Option values; labels are `choice.<key>.<value>` or the code list's label. */
  options: readonly string[];
  labels?: CodeList;
}

export interface TextFieldSpec extends Base {
  kind: 'text';
  multiline?: boolean;
  /** A comma-separated list sent as an array of strings (ledd, bokstav, punktum). */
  list?: boolean;
  inputMode?: 'numeric' | 'text';
}

export interface SimpleFieldSpec extends Base {
  kind: 'date' | 'datetime' | 'checkbox';
}

export type FieldSpec =
  CodeFieldSpec | CodesFieldSpec | ElementFieldSpec | ChoiceFieldSpec | TextFieldSpec | SimpleFieldSpec;

/** What a form holds: text for most inputs, a list for multi-selects, a flag for checkboxes. */
export type FieldValue = string | string[] | boolean;
export type FormValues = Readonly<Record<string, FieldValue>>;

/** The key of the presisering input that follows a code field. */
export const presiseringKey = (key: string): string => `${key}Presisering`;
