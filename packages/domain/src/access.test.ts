import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideCaseAccess, mayReadAddress, type AccessActor, type CaseAccessFacts } from './access.js';
import { capabilitiesOf, CAPABILITIES, ROLE_CAPABILITIES } from './capabilities.js';
import { StaffRole } from './staff.js';

const id = fc.constantFrom('a', 'b', 'c', 'd');
const actorArb: fc.Arbitrary<AccessActor> = fc.record({
  tenantId: fc.constantFrom('t1', 't2'),
  staffUserId: id,
  roles: fc.uniqueArray(fc.constantFrom(...StaffRole.options), { minLength: 1, maxLength: 3 }),
  unitId: fc.constantFrom('u1', 'u2', null),
});
const caseArb: fc.Arbitrary<CaseAccessFacts> = fc.record({
  tenantId: fc.constantFrom('t1', 't2'),
  unitId: fc.constantFrom('u1', 'u2'),
  caseworkerId: fc.option(id, { nil: null }),
  coWorkerIds: fc.uniqueArray(id, { maxLength: 2 }),
  blockedStaffIds: fc.uniqueArray(id, { maxLength: 2 }),
  breakGlass: fc.array(fc.record({ staffUserId: id, expiresAt: fc.integer({ min: 0, max: 2000 }) }), {
    maxLength: 2,
  }),
});
const NOW = 1000;

describe('decideCaseAccess', () => {
  it('a block beats every role, team place and break-the-glass grant', () => {
    fc.assert(
      fc.property(actorArb, caseArb, (actor, c) => {
        const blocked = {
          ...c,
          tenantId: actor.tenantId,
          blockedStaffIds: [actor.staffUserId],
          caseworkerId: actor.staffUserId,
          breakGlass: [{ staffUserId: actor.staffUserId, expiresAt: NOW + 1 }],
        };
        expect(decideCaseAccess(actor, blocked, NOW)).toEqual({ allowed: false, reason: 'blocked' });
      }),
    );
  });

  it('never crosses tenants', () => {
    fc.assert(
      fc.property(actorArb, caseArb, (actor, c) => {
        fc.pre(actor.tenantId !== c.tenantId);
        expect(decideCaseAccess(actor, c, NOW).allowed).toBe(false);
      }),
    );
  });

  it('a live break-the-glass grant opens an unblocked case; an expired one does not', () => {
    fc.assert(
      fc.property(actorArb, caseArb, (actor, c) => {
        const base = {
          ...c,
          tenantId: actor.tenantId,
          blockedStaffIds: c.blockedStaffIds.filter((s) => s !== actor.staffUserId),
        };
        expect(
          decideCaseAccess(
            actor,
            { ...base, breakGlass: [{ staffUserId: actor.staffUserId, expiresAt: NOW + 1 }] },
            NOW,
          ).allowed,
        ).toBe(true);
        const expired = decideCaseAccess(
          actor,
          { ...base, breakGlass: [{ staffUserId: actor.staffUserId, expiresAt: NOW }] },
          NOW,
        );
        if (expired.allowed) expect(expired.basis).not.toBe('break_glass');
      }),
    );
  });

  it('with no team place, role reach or grant, the answer is no', () => {
    fc.assert(
      fc.property(actorArb, caseArb, (actor, c) => {
        const stranger = {
          ...c,
          tenantId: actor.tenantId,
          caseworkerId: 'zz',
          coWorkerIds: [],
          blockedStaffIds: [],
          breakGlass: [],
          unitId: 'u-other',
        };
        const d = decideCaseAccess(actor, stranger, NOW);
        expect(d.allowed).toBe(actor.roles.includes('barnevernleder'));
      }),
    );
  });

  it.each([
    ['saksbehandler', { caseworkerId: 'a' }, 'caseworker'],
    ['saksbehandler', { coWorkerIds: ['a'] }, 'co_worker'],
    ['fagleder', { unitId: 'u1' }, 'unit_leader'],
    ['barnevernleder', { unitId: 'u2' }, 'head_of_service'],
    ['mottak', { caseworkerId: null }, 'intake_unassigned'],
  ] as const)('%s gets access as %s', (role, patch, basis) => {
    const actor: AccessActor = { tenantId: 't1', staffUserId: 'a', roles: [role], unitId: 'u1' };
    const c: CaseAccessFacts = {
      tenantId: 't1',
      unitId: 'u2',
      caseworkerId: 'b',
      coWorkerIds: [],
      blockedStaffIds: [],
      breakGlass: [],
      ...patch,
    };
    expect(decideCaseAccess(actor, c, NOW)).toEqual({ allowed: true, basis });
  });

  it('intake does not reach assigned cases; a systemansvarlig reaches no case', () => {
    const c: CaseAccessFacts = {
      tenantId: 't1',
      unitId: 'u1',
      caseworkerId: 'b',
      coWorkerIds: [],
      blockedStaffIds: [],
      breakGlass: [],
    };
    expect(
      decideCaseAccess({ tenantId: 't1', staffUserId: 'a', roles: ['mottak'], unitId: 'u1' }, c, NOW).allowed,
    ).toBe(false);
    expect(
      decideCaseAccess(
        { tenantId: 't1', staffUserId: 'a', roles: ['systemansvarlig'], unitId: 'u1' },
        { ...c, caseworkerId: null },
        NOW,
      ).allowed,
    ).toBe(false);
  });
});

describe('capabilities', () => {
  it('every role has capabilities from the one table, and every capability is used by some role', () => {
    const used = new Set(Object.values(ROLE_CAPABILITIES).flat());
    for (const cap of CAPABILITIES) expect(used.has(cap), cap).toBe(true);
    expect(capabilitiesOf(['mottak', 'saksbehandler']).has('case.read.unassigned')).toBe(true);
  });

  it('only the head of service sees a strengt fortrolig address by default', () => {
    for (const role of StaffRole.options) {
      expect(mayReadAddress([role], 'strengt_fortrolig')).toBe(role === 'barnevernleder');
      expect(mayReadAddress([role], 'strengt_fortrolig_utland')).toBe(role === 'barnevernleder');
      expect(mayReadAddress([role], 'fortrolig')).toBe(true);
    }
  });
});
