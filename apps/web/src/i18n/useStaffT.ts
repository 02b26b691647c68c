import { interpolate, useI18n, type Lang, type MessageParams } from '@vern/ui';
import { useCallback } from 'react';
import type { StaffDictionary, StaffKey } from './dictionary';
import { en } from './en';
import { nb } from './nb';
import { nn } from './nn';

export const STAFF_DICTIONARIES: Readonly<Record<Lang, StaffDictionary>> = { nb, nn, en };

export type StaffT = (key: StaffKey, params?: MessageParams) => string;

export function staffTranslate(lang: Lang, key: StaffKey, params?: MessageParams): string {
  return interpolate(STAFF_DICTIONARIES[lang][key], params);
}

/** The staff app's own texts in the language the shell has chosen. */
export function useStaffT(): StaffT {
  const { lang } = useI18n();
  return useCallback((key, params) => staffTranslate(lang, key, params), [lang]);
}
