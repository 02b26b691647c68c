/** The languages Vern speaks. Bokmål first: it is the default. */
export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = 'nb';

/** localStorage key holding the chosen language code, and nothing else. */
export const LANG_STORAGE_KEY = 'vern.lang';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Maps one BCP 47 tag (`nb-NO`, `no`, `en-GB`) to a supported language, if any. */
export function langFromTag(tag: string): Lang | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  switch (primary) {
    case 'nb':
    case 'no':
      return 'nb';
    case 'nn':
      return 'nn';
    case 'en':
      return 'en';
    default:
      return undefined;
  }
}

/**
 * A saved choice wins; otherwise the first of the browser's preferred languages that we support;
 * otherwise bokmål.
 */
export function detectLanguage(saved: string | null | undefined, browserLanguages: readonly string[]): Lang {
  if (isLang(saved)) return saved;
  for (const tag of browserLanguages) {
    const lang = langFromTag(tag);
    if (lang) return lang;
  }
  return DEFAULT_LANG;
}

// Storage can throw (disabled cookies, some private modes); language choice is a nicety, so a
// failure to read or write it must never break the page.
export function readSavedLanguage(storage: Pick<Storage, 'getItem'> | undefined): string | null {
  try {
    return storage?.getItem(LANG_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function saveLanguage(storage: Pick<Storage, 'setItem'> | undefined, lang: Lang): void {
  try {
    storage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Not saved; the choice still applies until the page is closed.
  }
}
