import { describe, expect, it } from 'vitest';
import { isPlainLeftClick, normalizeBase, normalizePath, toAppPath, toHref } from './paths';

describe('normalizeBase', () => {
  it('always has a leading and trailing slash', () => {
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/portal')).toBe('/portal/');
    expect(normalizeBase('portal/')).toBe('/portal/');
  });
});

describe('normalizePath', () => {
  it('treats a trailing slash and doubled slashes as the same route', () => {
    expect(normalizePath('/om/')).toBe('/om');
    expect(normalizePath('//om//x')).toBe('/om/x');
    expect(normalizePath('om')).toBe('/om');
    expect(normalizePath('/')).toBe('/');
  });
});

describe('toAppPath and toHref', () => {
  it('work at the root base', () => {
    expect(toAppPath('/', '/')).toBe('/');
    expect(toAppPath('/personvern', '/')).toBe('/personvern');
    expect(toHref('/personvern', '/')).toBe('/personvern');
    expect(toHref('/', '/')).toBe('/');
  });

  it('strip and add the portal base', () => {
    expect(toAppPath('/portal/', '/portal/')).toBe('/');
    expect(toAppPath('/portal', '/portal/')).toBe('/');
    expect(toAppPath('/portal/bekymring', '/portal/')).toBe('/bekymring');
    expect(toAppPath('/portal/bekymring/', '/portal/')).toBe('/bekymring');
    expect(toHref('/bekymring', '/portal/')).toBe('/portal/bekymring');
    expect(toHref('/', '/portal/')).toBe('/portal/');
  });

  it('does not mistake a look-alike prefix for the base', () => {
    expect(toAppPath('/portalen', '/portal/')).toBe('/portalen');
  });

  it('round-trips', () => {
    for (const base of ['/', '/portal/']) {
      for (const path of ['/', '/om', '/tilgjengelighet', '/a/b']) {
        expect(toAppPath(toHref(path, base), base)).toBe(path);
      }
    }
  });
});

describe('isPlainLeftClick', () => {
  const plain = {
    button: 0,
    metaKey: false,
    ctrlKey: false,
    shiftKey: false,
    altKey: false,
    defaultPrevented: false,
  };

  it('accepts only an unmodified primary click', () => {
    expect(isPlainLeftClick(plain)).toBe(true);
    expect(isPlainLeftClick({ ...plain, button: 1 })).toBe(false);
    expect(isPlainLeftClick({ ...plain, ctrlKey: true })).toBe(false);
    expect(isPlainLeftClick({ ...plain, metaKey: true })).toBe(false);
    expect(isPlainLeftClick({ ...plain, shiftKey: true })).toBe(false);
    expect(isPlainLeftClick({ ...plain, defaultPrevented: true })).toBe(false);
  });
});
