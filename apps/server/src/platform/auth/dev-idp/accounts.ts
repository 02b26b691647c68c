import { createHash } from 'node:crypto';

export const STAFF_CLIENT_ID = 'vern-staff';
export const CITIZEN_CLIENT_ID = 'vern-citizen';
export const ACR_HIGH = 'idporten-loa-high';
export const ACR_SUBSTANTIAL = 'idporten-loa-substantial';
export const ACR_LEVELS: readonly string[] = [ACR_SUBSTANTIAL, ACR_HIGH];

/** The claims the IdP hands out, by subject; filled in at each login. */
export type AccountStore = Map<string, Record<string, string>>;

/** A subject that is the same for the same person across restarts, and reveals nothing. */
export function subjectFor(kind: 'staff' | 'citizen', id: string): string {
  return createHash('sha256').update(`vern-dev-idp:${kind}:${id}`).digest('base64url').slice(0, 32);
}
