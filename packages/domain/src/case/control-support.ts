/** Types and builders for the registry's single-case controls (SSB Kravspesifikasjon.md). */
import { isIsoDate } from '../iso-date.js';
import { ageOn } from './dates.js';
import type { CaseHistory } from './history.js';

export type Severity = 'FATAL' | 'ERROR' | 'WARNING' | 'INFO';

export interface ControlFinding {
  /** The control's id, e.g. 'melding-2a' for «Melding Kontroll 2a». */
  controlId: string;
  severity: Severity;
  /** The specification's message with its placeholders filled in. */
  message: string;
  /** Where to fix it, as a dotted path in the case history: 'meldinger.0.konklusjon.sluttDato'. */
  field: string;
  /** The id of the element the finding is about, when it is about one. */
  elementId?: string;
}

export interface ControlOptions {
  /** The registry's DatoUttrekk: the day the case is checked, 'YYYY-MM-DD'. */
  reportingDate: string;
  /** The child's birth date, for the age controls; they are skipped without it. */
  birthDate?: string;
  /**
   * Accept synthetic test numbers (month + 40 or + 80) in Personalia kontroll 12, as a test or demo
   * installation must: the registry itself never sees them. Off by default.
   */
  allowSyntheticNumbers?: boolean;
}

/** A finding before the control's id and default severity are added. */
export interface RawFinding {
  message: string;
  field: string;
  elementId?: string;
  /** Overrides the control's severity (Undersøkelse kontroll 21 depends on the code). */
  severity?: Severity;
  /** The element came from KOSTRA (has a MigrertId): ERROR becomes WARNING. */
  migrert?: boolean;
}

export interface Control {
  id: string;
  /** The heading in Kravspesifikasjon.md. */
  name: string;
  severity: Severity;
  /** «Gyldig fra»: the control runs when the reporting date is on or after it. */
  validFrom: string;
  /** Compares two dates of the case with each other (the «2a-2j» family). */
  dateOrder: boolean;
  run(h: CaseHistory, options: ControlOptions): RawFinding[];
}

export function control(
  id: string,
  name: string,
  severity: Severity,
  validFrom: string,
  run: Control['run'],
  dateOrder = false,
): Control {
  return { id, name, severity, validFrom, dateOrder, run };
}

interface Element {
  id: string;
  migrertId?: string | undefined;
}

/**
 * A control over each element of one collection: `check` returns the message and the field (under
 * the element) or null. Most of the specification's controls have this shape.
 */
export function perElement<T extends Element>(
  collection: string,
  pick: (h: CaseHistory) => readonly T[],
  check: (e: T, h: CaseHistory, o: ControlOptions) => { message: string; field: string } | null,
): Control['run'] {
  return (h, o) =>
    pick(h).flatMap((e, i) => {
      const found = check(e, h, o);
      if (!found) return [];
      const field = found.field === '' ? `${collection}.${i}` : `${collection}.${i}.${found.field}`;
      return [{ message: found.message, field, elementId: e.id, migrert: e.migrertId !== undefined }];
    });
}

/** Like `perElement`, for checks that may find several things in one element. */
export function perElementMany<T extends Element>(
  collection: string,
  pick: (h: CaseHistory) => readonly T[],
  check: (e: T, h: CaseHistory, o: ControlOptions) => { message: string; field: string }[],
): Control['run'] {
  return (h, o) =>
    pick(h).flatMap((e, i) =>
      check(e, h, o).map((f) => ({
        message: f.message,
        field: `${collection}.${i}.${f.field}`,
        elementId: e.id,
        migrert: e.migrertId !== undefined,
      })),
    );
}

/** Whether `a` is after `b`, both present and real dates. */
export function after(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && isIsoDate(a) && isIsoDate(b) && a > b;
}

/** The child's age on the reporting date, or null when the birth date is unknown or not a date. */
export function ageAtReporting(o: ControlOptions): number | null {
  if (o.birthDate === undefined || !isIsoDate(o.birthDate) || !isIsoDate(o.reportingDate)) return null;
  return ageOn(o.birthDate, o.reportingDate);
}

/** The sak's sub-elements that may have a sluttdato and lack one; `exceptVedtak` as Sak kontroll 7/8. */
export function openSubElements(h: CaseHistory, exceptVedtak: boolean): { field: string; id: string }[] {
  const open: { field: string; id: string }[] = [];
  const scan = (name: string, list: readonly { id: string; konklusjon?: unknown }[]) =>
    list.forEach((e, i) => e.konklusjon === undefined && open.push({ field: `${name}.${i}`, id: e.id }));
  scan('meldinger', h.meldinger);
  scan('undersokelser', h.undersokelser);
  scan('planer', h.planer);
  scan('tiltak', h.tiltak);
  if (!exceptVedtak) scan('vedtak', h.vedtak);
  scan('ettervern', h.ettervern);
  return open;
}

/**
 * The controls «Dublett på innhold, men forskjellige identer»: elements whose content, apart from
 * ids, is identical to an earlier one's.
 */
export function duplicates<T extends Element>(
  collection: string,
  list: readonly T[],
  message: string,
): RawFinding[] {
  const seen = new Map<string, string>();
  return list.flatMap((e, i) => {
    const key = stableJson(e);
    if (!seen.has(key)) {
      seen.set(key, e.id);
      return [];
    }
    return [{ message, field: `${collection}.${i}`, elementId: e.id, migrert: e.migrertId !== undefined }];
  });
}

// Ids, at any depth (status, krav, visits), are identity, not content.
const IDENTITY_KEYS = new Set(['id', 'migrertId']);

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([k, v]) => v !== undefined && !IDENTITY_KEYS.has(k))
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
