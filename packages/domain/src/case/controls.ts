/**
 * The national registry's controls that concern one case (SSB Kravspesifikasjon.md, «Validéringer»),
 * run in the fagsystem so a caseworker sees what the registry will say before the case is reported.
 * Ids are the specification's headings in short form ('melding-2a' for «Melding Kontroll 2a»);
 * messages are the specification's, with its placeholders filled in.
 *
 * Left out: Avgiver kontroll 1 (about the reporting unit, not a case), Sak kontroll 6 (UTGÅR in the
 * specification) and Sak kontroll 22 (`Slettet` elements are not modelled: a deleted element is
 * absent). Data from KOSTRA carries a MigrertId; as the specification says, its ERRORs are WARNINGs.
 */
import { isIsoDate } from '../iso-date.js';
import { control, type Control, type ControlFinding, type ControlOptions } from './control-support.js';
import { MELDING_CONTROLS } from './controls-melding.js';
import { PLAN_CONTROLS } from './controls-plan.js';
import { SAK_CONTROLS } from './controls-sak.js';
import { UNDERSOKELSE_CONTROLS } from './controls-undersokelse.js';
import { TILTAK_CONTROLS } from './controls-tiltak.js';
import { VEDTAK_CONTROLS } from './controls-vedtak.js';
import { CaseHistory } from './history.js';

export type { Control, ControlFinding, ControlOptions, Severity } from './control-support.js';

/**
 * «Validéring av innhold mot filbeskrivelse»: the XSD check, here the zod schema of the case
 * history, which is stricter than the XSD in one respect: a code must be valid on its date.
 */
const filbeskrivelse = control(
  'filbeskrivelse',
  'Validéring av innhold mot filbeskrivelse',
  'FATAL',
  '2013-01-01',
  (h) => {
    const parsed = CaseHistory.safeParse(h);
    if (parsed.success) return [];
    return parsed.error.issues.map((issue) => ({
      message: `Innholdet er feil i forhold til filbeskrivelsen / XSD (${issue.message})`,
      field: issue.path.map(String).join('.'),
    }));
  },
);

/** Every single-case control, in the specification's order. */
export const CASE_CONTROLS: readonly Control[] = [
  filbeskrivelse,
  ...SAK_CONTROLS,
  ...MELDING_CONTROLS,
  ...UNDERSOKELSE_CONTROLS,
  ...VEDTAK_CONTROLS,
  ...TILTAK_CONTROLS,
  ...PLAN_CONTROLS,
];

/**
 * Runs every control in force on `options.reportingDate` against one case and returns the
 * findings, in the specification's order. Pure: the reporting date and birth date are parameters.
 * The other controls run even when the schema check fails, so the form can show everything at once.
 */
export function runControls(history: CaseHistory, options: ControlOptions): ControlFinding[] {
  if (!isIsoDate(options.reportingDate))
    throw new RangeError(`reportingDate must be YYYY-MM-DD, got "${options.reportingDate}"`);
  if (options.birthDate !== undefined && !isIsoDate(options.birthDate))
    throw new RangeError(`birthDate must be YYYY-MM-DD, got "${options.birthDate}"`);
  return CASE_CONTROLS.filter((c) => c.validFrom <= options.reportingDate).flatMap((c) =>
    c.run(history, options).map((raw): ControlFinding => {
      const severity = raw.severity ?? c.severity;
      return {
        controlId: c.id,
        severity: raw.migrert === true && severity === 'ERROR' ? 'WARNING' : severity,
        message: raw.message,
        field: raw.field,
        ...(raw.elementId === undefined ? {} : { elementId: raw.elementId }),
      };
    }),
  );
}
