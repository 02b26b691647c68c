import type { StaffKey } from './nb';

export type { StaffKey } from './nb';

/** A complete staff-app translation: every bokmål key, no more (see packages/ui's Dictionary). */
export type StaffDictionary = Readonly<Record<StaffKey, string>>;
