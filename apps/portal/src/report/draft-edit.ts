import type { Draft } from './draft';

type Json = Record<string, unknown> | unknown[];

/**
 * The draft with one value changed at a dotted path (`children.1.address.street`), copying only the
 * objects and arrays along the path, so React sees a new draft and the rest is shared.
 */
export function setPath(draft: Draft, path: string, value: unknown): Draft {
  const keys = path.split('.');
  const set = (node: unknown, i: number): unknown => {
    const key = keys[i] ?? '';
    if (i === keys.length) return value;
    if (Array.isArray(node)) {
      const copy = [...node];
      copy[Number(key)] = set(node[Number(key)], i + 1);
      return copy;
    }
    const obj = (node ?? {}) as Record<string, unknown>;
    return { ...obj, [key]: set(obj[key], i + 1) };
  };
  return set(draft as unknown as Json, 0) as Draft;
}

/** The value at a dotted path, as a string ('' when absent). */
export function getPath(draft: Draft, path: string): string {
  let node: unknown = draft;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return '';
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'string' ? node : '';
}
