import type { CaseHistory } from '@vern/domain';
import type { StaffT } from '../i18n/useStaffT';
import { elementOptions, type ElementQuery } from './elements';
import { dynamicText } from './field-text';

const ALL: readonly ElementQuery[] = [
  'open-melding',
  'open-undersokelse',
  'undersokelse-for-vedtak',
  'live-vedtak',
  'open-krav',
  'open-tiltak',
  'open-plan',
  'open-ettervern',
  'plan-source',
];

/** «Melding mottatt 2026-11-24»: the element a next step or form is about, for people. */
export function describeTarget(t: StaffT, h: CaseHistory, target: string | undefined): string | undefined {
  if (target === undefined) return undefined;
  for (const q of ALL) {
    const o = elementOptions(h, q).find((x) => x.value === target);
    if (o) return dynamicText(t, `element.${o.kind}`, { date: o.dato, detail: o.detail ?? '' });
  }
  return undefined;
}
