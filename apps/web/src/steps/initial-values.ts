import type { FormValues } from './field-spec';
import { STEP_FIELDS, type StepFormType } from './step-specs';

/** '2026-11-24T09:30' in the browser's own time, for a datetime-local input. */
export function localDateTime(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/**
 * What a step form starts with: today's date, the receipt time now, the element the step was
 * opened for, and the obvious choice where there is one (an undersøkelsesplan for an undersøkelse,
 * a tiltaksplan for a tiltak, a vedtak under barnevernsloven 2021).
 */
export function initialValues(type: StepFormType, today: string, now: Date, target?: string): FormValues {
  const values: Record<string, string | boolean | string[]> = {};
  for (const f of STEP_FIELDS[type]) {
    if (f.kind === 'date') values[f.key] = today;
    if (f.kind === 'datetime') values[f.key] = localDateTime(now);
    if (f.kind === 'checkbox') values[f.key] = false;
    if (f.kind === 'codes') values[f.key] = [];
  }
  const element = STEP_FIELDS[type].find((f) => f.kind === 'element');
  if (target !== undefined && element) values[element.key] = target;
  if (type === 'add-plan' && target?.startsWith('Undersokelse|')) values['plantype'] = '7';
  if (type === 'add-plan' && target?.startsWith('Tiltak|')) values['plantype'] = '1';
  if (type === 'propose-vedtak') {
    values['lov'] = 'BVL2021';
    values['vedtakStatus'] = '1';
  }
  return values;
}
