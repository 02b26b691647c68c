import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { DEFAULT_LANG, detectLanguage, readSavedLanguage, saveLanguage, type Lang } from './language';
import { createTranslator, type TranslateFn } from './translate';

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: TranslateFn;
}

const I18nContext = createContext<I18n | null>(null);

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The language to start in: the saved choice, else the browser's languages, else bokmål. */
export function initialLanguage(): Lang {
  if (typeof window === 'undefined') return DEFAULT_LANG;
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  return detectLanguage(readSavedLanguage(browserStorage()), preferred);
}

export function I18nProvider({ children, lang: fixedLang }: { children: ReactNode; lang?: Lang }): ReactNode {
  const [lang, setLangState] = useState<Lang>(() => fixedLang ?? initialLanguage());

  // Screen readers and hyphenation follow <html lang>, so it must always match the text shown.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    saveLanguage(browserStorage(), next);
    setLangState(next);
  }, []);

  const value = useMemo<I18n>(() => ({ lang, setLang, t: createTranslator(lang) }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n() must be used inside <I18nProvider>');
  return i18n;
}

/** The translate function for the current language: `t('common.skipLink')`. */
export function useT(): TranslateFn {
  return useI18n().t;
}
