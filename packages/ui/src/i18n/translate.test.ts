import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './language';
import { nb } from './nb';
import { dictionaries, interpolate, placeholders, translate } from './translate';

describe('interpolate', () => {
  it('fills named placeholders, every occurrence', () => {
    expect(interpolate('Hei {name}, {name}!', { name: 'Kari' })).toBe('Hei Kari, Kari!');
    expect(interpolate('{n} saker', { n: 3 })).toBe('3 saker');
  });

  it('leaves placeholders without a value, and text without params, untouched', () => {
    expect(interpolate('Adressen {path}', { other: 'x' })).toBe('Adressen {path}');
    expect(interpolate('Adressen {path}')).toBe('Adressen {path}');
  });

  it('does not treat a value as a template', () => {
    expect(interpolate('{a}', { a: '{b}', b: 'no' })).toBe('{b}');
  });
});

describe('translate', () => {
  it('looks up the key in the chosen language', () => {
    expect(translate('nb', 'common.skipLink')).toBe('Hopp til hovedinnhold');
    expect(translate('nn', 'common.notFound.title')).toBe('Fann ikkje sida');
    expect(translate('en', 'staff.health.ok')).toBe('The service is available');
    expect(translate('nb', 'common.notFound.body', { path: '/x' })).toContain('/x');
  });
});

describe('dictionaries', () => {
  const keys = Object.keys(nb).sort();

  it.each(LANGUAGES)('%s has exactly the keys of nb, none empty', (lang) => {
    const dict = dictionaries[lang];
    expect(Object.keys(dict).sort()).toEqual(keys);
    for (const [key, text] of Object.entries(dict)) expect(text.trim(), key).not.toBe('');
  });

  it.each(LANGUAGES)('%s uses the same placeholders as nb', (lang) => {
    for (const [key, text] of Object.entries(nb)) {
      expect(placeholders(dictionaries[lang][key as keyof typeof nb]), key).toEqual(placeholders(text));
    }
  });

  it('keeps the texts the brief and the e2e journeys rely on', () => {
    expect(nb['portal.front.reportAction']).toBe('Send en bekymringsmelding');
    expect(nb['portal.front.loginAction']).toBe('Logg inn på Min side');
    expect(nb['staff.front.login']).toBe('Logg inn');
    expect(nb['common.notFound.title']).toBe('Fant ikke siden');
  });
});
