import { randomBytes, randomUUID } from 'node:crypto';
import type { ReportSubmission } from '@vern/domain';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const newStatusCode = () => [...randomBytes(12)].map((b) => CROCKFORD[b % 32]).join('');

/** An anonymous private report about one child, with fresh keys (tests and benches). */
export function privatReport(concern: string, extra: Partial<ReportSubmission> = {}): ReportSubmission {
  return {
    version: 1,
    idempotencyKey: randomUUID(),
    statusCode: newStatusCode(),
    lang: 'nb',
    melder: { kind: 'privat', anonymous: true },
    children: [{ name: 'Gutten i andre etasje', estimatedAge: '8', relation: 'Nabo' }],
    report: { concern },
    ...extra,
  };
}

/** A report from a teacher (offentlig melder) with every field KS's offentlig v2 schema has. */
export function offentligReport(concern: string, extra: Partial<ReportSubmission> = {}): ReportSubmission {
  return {
    version: 1,
    idempotencyKey: randomUUID(),
    statusCode: newStatusCode(),
    lang: 'nn',
    melder: {
      kind: 'offentlig',
      anonymous: false,
      name: 'Lærar Lærarsen',
      role: 'Kontaktlærar',
      phone: '+47 99 99 99 99',
      email: 'laerar@skule.no',
      organisation: {
        name: 'Demo skule',
        number: '999888777',
        address: { street: 'Skulevegen 1', postalCode: '9999', postalPlace: 'Demo' },
      },
    },
    children: [
      {
        name: 'Åse Ørnulfsdotter',
        fodselsnummer: '',
        address: { street: 'Rådhusgata 10', postalCode: '9999', postalPlace: 'Demo' },
        told: false,
        notToldWhy: 'Synest det er vanskeleg å snakke om.',
      },
    ],
    guardians: [{ name: 'Føresett Føresettsen', phone: '45444342', told: true }],
    report: { concern, background: 'Fråvær sidan hausten.', interpreter: 'Nei' },
    ...extra,
  };
}
