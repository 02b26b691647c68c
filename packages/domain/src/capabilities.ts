import type { StaffRole } from './staff.js';

/**
 * What a role may do, in one table. A capability opens a kind of action; which records it reaches
 * is decided by the need-to-know predicate (access.ts), and a block (sperring) overrides both.
 */
export const CAPABILITIES = [
  /** Open cases where one is caseworker or co-worker. */
  'case.read.team',
  /** Open the cases owned by one's own unit (team leader). */
  'case.read.unit',
  /** Open every case of the service (head of service). */
  'case.read.all',
  /** See and route unassigned reports (intake). */
  'case.read.unassigned',
  /** Open a case outside one's need-to-know with a written reason (break-the-glass). */
  'case.break_glass',
  /** See a strengt fortrolig address. */
  'address.read.protected',
  /** Review accesses to cases and break-the-glass events; export them. */
  'audit.review',
  /** Sign another user out of every session. */
  'session.force_logout',
  /** Block a case for named staff (sperring). */
  'case.block',
  /** Record steps, meldinger and proposals in the cases one may open (not through break-the-glass). */
  'case.write',
  /** Open a new case for a child (register the first melding). */
  'case.create',
  /** Move a case to a unit and caseworker (route intake, redistribute). */
  'case.assign',
  /** Keep the delegation of authority to make vedtak. */
  'delegation.manage',
  /** Register a person and change a person one may see (name, numbers, address, relations). */
  'person.register',
  /**
   * Find a person by exact fødselsnummer across the service, seeing only a minimal hit (id, name,
   * birth date, whether a case exists), so intake does not register a child twice. SECURITY.md.
   */
  'person.lookup',
  /** Export the whole service to the national registry and run its controls over every case. */
  'registry.export',
  /**
   * Work the inbox (meldingsmottak): see everything that arrived, register it as a melding, link it
   * to one, or record it as not a melding. Intake, leaders and the out-of-hours duty.
   */
  'intake.inbox',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

export const ROLE_CAPABILITIES: Readonly<Record<StaffRole, readonly Capability[]>> = {
  saksbehandler: [
    'case.read.team',
    'case.break_glass',
    'case.write',
    'case.create',
    'person.register',
    'person.lookup',
  ],
  fagleder: [
    'case.read.team',
    'case.read.unit',
    'case.break_glass',
    'audit.review',
    'session.force_logout',
    'case.block',
    'case.write',
    'case.create',
    'case.assign',
    'person.register',
    'person.lookup',
    'intake.inbox',
  ],
  barnevernleder: [
    'case.read.team',
    'case.read.unit',
    'case.read.all',
    'case.break_glass',
    'address.read.protected',
    'audit.review',
    'session.force_logout',
    'case.block',
    'case.write',
    'case.create',
    'case.assign',
    'delegation.manage',
    'person.register',
    'person.lookup',
    'registry.export',
    'intake.inbox',
  ],
  mottak: [
    'case.read.unassigned',
    'case.break_glass',
    'case.write',
    'case.create',
    'case.assign',
    'person.register',
    'person.lookup',
    'intake.inbox',
  ],
  systemansvarlig: ['session.force_logout', 'registry.export'],
  barnevernvakt: [
    'case.read.team',
    'case.break_glass',
    'case.write',
    'case.create',
    'person.register',
    'person.lookup',
    'intake.inbox',
  ],
};

export function capabilitiesOf(roles: readonly StaffRole[]): Set<Capability> {
  return new Set(roles.flatMap((role) => ROLE_CAPABILITIES[role]));
}

export function hasCapability(roles: readonly StaffRole[], capability: Capability): boolean {
  return roles.some((role) => ROLE_CAPABILITIES[role].includes(capability));
}
