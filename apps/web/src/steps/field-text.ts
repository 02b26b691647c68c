import type { StaffKey } from '../i18n/dictionary';
import { nb } from '../i18n/nb';
import type { StaffT } from '../i18n/useStaffT';

const isKey = (key: string): key is StaffKey => Object.hasOwn(nb, key);

/** A text whose key is built at run time (field labels, choices, step titles); the key if missing. */
export function dynamicText(t: StaffT, key: string, params?: Record<string, string | number>): string {
  return isKey(key) ? t(key, params) : key;
}

export const fieldLabel = (t: StaffT, key: string): string => dynamicText(t, `field.${key}.label`);
export const fieldHelp = (t: StaffT, key: string): string => dynamicText(t, `field.${key}.help`);
export const stepTitle = (t: StaffT, type: string): string => dynamicText(t, `step.${type}`);

/** The id of a step form's input: errors link to it and labels point at it. */
export const inputId = (key: string): string => `felt-${key}`;
