import { randomUUID } from 'node:crypto';
import type { ManualItemBody } from './register-manual-item.js';

/** A manual registration of a phone call an hour ago, with a fresh client key (tests). */
export function manualBody(text: string, extra: Partial<ManualItemBody> = {}): ManualItemBody {
  return {
    clientKey: randomUUID(),
    channel: 'telefon',
    receivedAt: new Date(Date.now() - 3_600_000),
    text,
    melder: {
      name: 'Ringer Ringesen',
      anonymous: false,
      role: null,
      organisation: null,
      phone: null,
      email: null,
    },
    children: [],
    needsImmediateFollowUp: false,
    ...extra,
  };
}
