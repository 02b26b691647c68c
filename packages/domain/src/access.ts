import { hasCapability } from './capabilities.js';
import type { StaffRole } from './staff.js';

/** The facts about a staff member that decide case access. */
export interface AccessActor {
  tenantId: string;
  staffUserId: string;
  roles: readonly StaffRole[];
  unitId: string | null;
}

/** The facts about a case that decide who may see it. */
export interface CaseAccessFacts {
  tenantId: string;
  unitId: string;
  caseworkerId: string | null;
  coWorkerIds: readonly string[];
  blockedStaffIds: readonly string[];
  /** Break-the-glass grants on this case: who, until when (epoch ms). */
  breakGlass: readonly { staffUserId: string; expiresAt: number }[];
}

export type AccessBasis =
  'caseworker' | 'co_worker' | 'unit_leader' | 'head_of_service' | 'intake_unassigned' | 'break_glass';
export type AccessDecision =
  { allowed: true; basis: AccessBasis } | { allowed: false; reason: 'other_tenant' | 'blocked' | 'no_need' };

/**
 * Need-to-know (tjenstlig behov) for one case, as a pure function of the facts and the time.
 * The invariant it keeps: a block (sperring) beats every grant, break-the-glass included; without a
 * block, access needs a case-team place, a leader's reach over the owning unit, intake's reach over
 * unassigned cases, or a live break-the-glass grant. The SQL filter in the server must agree with
 * this function; a property test compares them.
 */
export function decideCaseAccess(actor: AccessActor, c: CaseAccessFacts, now: number): AccessDecision {
  if (actor.tenantId !== c.tenantId) return { allowed: false, reason: 'other_tenant' };
  if (c.blockedStaffIds.includes(actor.staffUserId)) return { allowed: false, reason: 'blocked' };
  if (hasCapability(actor.roles, 'case.read.team')) {
    if (c.caseworkerId === actor.staffUserId) return { allowed: true, basis: 'caseworker' };
    if (c.coWorkerIds.includes(actor.staffUserId)) return { allowed: true, basis: 'co_worker' };
  }
  if (hasCapability(actor.roles, 'case.read.all')) return { allowed: true, basis: 'head_of_service' };
  if (hasCapability(actor.roles, 'case.read.unit') && actor.unitId !== null && actor.unitId === c.unitId) {
    return { allowed: true, basis: 'unit_leader' };
  }
  if (hasCapability(actor.roles, 'case.read.unassigned') && c.caseworkerId === null) {
    return { allowed: true, basis: 'intake_unassigned' };
  }
  if (c.breakGlass.some((g) => g.staffUserId === actor.staffUserId && g.expiresAt > now)) {
    return { allowed: true, basis: 'break_glass' };
  }
  return { allowed: false, reason: 'no_need' };
}

/** Address protection levels whose address only holders of address.read.protected may see. */
export const HIDDEN_ADDRESS_LEVELS = ['strengt_fortrolig', 'strengt_fortrolig_utland'] as const;
export const ADDRESS_PROTECTION = [
  'ingen',
  'fortrolig',
  'strengt_fortrolig',
  'strengt_fortrolig_utland',
] as const;
export type AddressProtection = (typeof ADDRESS_PROTECTION)[number];

export function mayReadAddress(roles: readonly StaffRole[], protection: AddressProtection): boolean {
  return (
    !(HIDDEN_ADDRESS_LEVELS as readonly string[]).includes(protection) ||
    hasCapability(roles, 'address.read.protected')
  );
}
