/**
 * Delegated authority to make a vedtak (delegeringsreglement). The head of a child welfare service
 * holds the authority of the law and delegates parts of it: a row names a law, optionally narrowed
 * to a chapter or one paragraph, and a role or a named staff member. A decision on a legal basis
 * may be made by whoever holds a row that covers it.
 */
import type { Lovhjemmel } from '../codes/lovhjemmel.js';
import type { StaffRole } from '../staff.js';

export interface VedtakDelegation {
  lov: Lovhjemmel['lov'];
  /** null: the whole law. */
  kapittel: string | null;
  /** null: the whole chapter (or law). */
  paragraf: string | null;
  role: StaffRole | null;
  staffUserId: string | null;
}

/** Whether one delegation row covers the legal basis. */
export function delegationCovers(
  d: VedtakDelegation,
  hjemmel: Pick<Lovhjemmel, 'lov' | 'kapittel' | 'paragraf'>,
): boolean {
  if (d.lov !== hjemmel.lov) return false;
  if (d.kapittel !== null && d.kapittel !== hjemmel.kapittel) return false;
  return d.paragraf === null || d.paragraf === hjemmel.paragraf;
}

/** Whether the actor may decide on `hjemmel`, by a row naming them or one of their roles. */
export function mayDecideVedtak(
  actor: { staffUserId: string; roles: readonly StaffRole[] },
  delegations: readonly VedtakDelegation[],
  hjemmel: Pick<Lovhjemmel, 'lov' | 'kapittel' | 'paragraf'>,
): boolean {
  return delegations.some(
    (d) =>
      (d.staffUserId === actor.staffUserId || (d.role !== null && actor.roles.includes(d.role))) &&
      delegationCovers(d, hjemmel),
  );
}

/** «BVL2021 § 4-2», as a person reads a legal basis. */
export function formatHjemmel(h: Pick<Lovhjemmel, 'lov' | 'kapittel' | 'paragraf'>): string {
  return `${h.lov} § ${h.kapittel}-${h.paragraf}`;
}
