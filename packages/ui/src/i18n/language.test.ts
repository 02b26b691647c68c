import { describe, expect, it } from 'vitest';
import { LANG_STORAGE_KEY, detectLanguage, langFromTag, readSavedLanguage, saveLanguage } from './language';

describe('detectLanguage', () => {
  it('prefers a saved choice over the browser', () => {
    expect(detectLanguage('nn', ['en-GB'])).toBe('nn');
    expect(detectLanguage('en', ['nb-NO'])).toBe('en');
  });

  it('ignores a saved value that is not a language we speak', () => {
    expect(detectLanguage('sv', ['nn-NO'])).toBe('nn');
    expect(detectLanguage('{"lang":"nn"}', [])).toBe('nb');
  });

  it('maps Norwegian browser languages to bokmål or nynorsk', () => {
    expect(detectLanguage(null, ['nb-NO'])).toBe('nb');
    expect(detectLanguage(null, ['no'])).toBe('nb');
    expect(detectLanguage(null, ['nn-NO', 'nb'])).toBe('nn');
  });

  it('uses English for English browsers and takes the first supported preference', () => {
    expect(detectLanguage(null, ['en-US'])).toBe('en');
    expect(detectLanguage(null, ['de-DE', 'EN', 'nb'])).toBe('en');
  });

  it('falls back to bokmål', () => {
    expect(detectLanguage(null, ['sv-SE', 'da'])).toBe('nb');
    expect(detectLanguage(undefined, [])).toBe('nb');
  });
});

describe('langFromTag', () => {
  it('reads only the primary subtag', () => {
    expect(langFromTag('nn_NO')).toBe('nn');
    expect(langFromTag('english')).toBeUndefined();
    expect(langFromTag('')).toBeUndefined();
  });
});

describe('saved language', () => {
  it('stores only the language code under vern.lang', () => {
    const store = new Map<string, string>();
    saveLanguage({ setItem: (k, v) => void store.set(k, v) }, 'nn');
    expect([...store]).toEqual([[LANG_STORAGE_KEY, 'nn']]);
    expect(LANG_STORAGE_KEY).toBe('vern.lang');
    expect(readSavedLanguage({ getItem: (k) => store.get(k) ?? null })).toBe('nn');
  });

  it('survives storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readSavedLanguage(broken)).toBeNull();
    expect(() => saveLanguage(broken, 'en')).not.toThrow();
    expect(readSavedLanguage(undefined)).toBeNull();
  });
});
