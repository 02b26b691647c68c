import type { nb } from './nb';

/** Every message key; the bokmål dictionary is the source of truth. */
export type MessageKey = keyof typeof nb;

/**
 * A complete translation. Assigning an object literal to this type fails to compile if a key is
 * missing (Record requires every key) or extra (excess property check), so nn and en cannot drift
 * from nb.
 */
export type Dictionary = Readonly<Record<MessageKey, string>>;

/** Parameters for `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;
