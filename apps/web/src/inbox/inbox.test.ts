import { describe, expect, it } from 'vitest';
import {
  isInboxFilter,
  isOpen,
  journalnumreOf,
  linkTargets,
  mayWorkInbox,
  registerRequestFor,
  resolutionKind,
  resolveUrl,
  sortResolveProblem,
  urgencyOf,
  type InboxSummary,
  type MatchCandidate,
  type Registration,
} from './inbox';

const item = (over: Partial<InboxSummary> = {}): InboxSummary => ({
  id: 'i1',
  channel: 'fiks_io',
  messageType: 'no.ks.fiks.bekymringsmelding.privat.v2',
  receivedAt: '2026-11-20T10:00:00Z',
  reviewDueDate: '2026-11-27',
  status: 'new',
  needsImmediateFollowUp: false,
  childNames: ['Barn'],
  melderName: null,
  problemCount: 0,
  ...over,
});

describe('inbox', () => {
  it('is worked by intake, leaders and the out-of-hours duty, not by caseworkers or system admins', () => {
    for (const role of ['mottak', 'fagleder', 'barnevernleder', 'barnevernvakt'])
      expect(mayWorkInbox([role])).toBe(true);
    for (const role of ['saksbehandler', 'systemansvarlig', 'unknown'])
      expect(mayWorkInbox([role])).toBe(false);
  });

  it('marks urgent, quarantined and overdue items red, the last two days yellow, dealt-with ones neutral', () => {
    expect(urgencyOf(item(), '2026-11-21')).toBe('info');
    expect(urgencyOf(item(), '2026-11-25')).toBe('warning');
    expect(urgencyOf(item(), '2026-11-28')).toBe('danger');
    expect(urgencyOf(item({ needsImmediateFollowUp: true }), '2026-11-21')).toBe('danger');
    expect(urgencyOf(item({ status: 'quarantined' }), '2026-11-21')).toBe('danger');
    expect(urgencyOf(item({ status: 'registered' }), '2026-11-28')).toBe('neutral');
  });

  it('knows its filters', () => {
    expect(isInboxFilter('open')).toBe(true);
    expect(isInboxFilter('deleted')).toBe(false);
  });
});

const caseOf = (over: Partial<NonNullable<MatchCandidate['case']>> = {}): MatchCandidate['case'] => ({
  sakId: 's1',
  journalnummer: '2026/7',
  status: 'open',
  visible: true,
  activeUndersokelse: false,
  activeTiltak: false,
  ...over,
});
const reg = (over: Partial<Registration> = {}): Registration => ({
  sakId: 's1',
  journalnummer: '2026/7',
  meldingId: 'M2',
  personId: 'p1',
  kind: 'existing_case',
  createdAt: '2026-11-20T10:00:00Z',
  ...over,
});

describe('resolving an item', () => {
  it('is offered only while the item is new or refused, at its own route', () => {
    expect(isOpen(item())).toBe(true);
    expect(isOpen(item({ status: 'quarantined' }))).toBe(true);
    for (const status of ['registered', 'linked', 'not_melding'] as const)
      expect(isOpen(item({ status }))).toBe(false);
    expect(resolveUrl('i1', 'not-melding')).toBe('/api/intake/items/i1/not-melding');
  });

  it('registers in the child’s case one can open, a new case when it has none, never beside a hidden one', () => {
    expect(registerRequestFor({ personId: 'p1', case: caseOf() })).toEqual({
      children: [{ personId: 'p1', sakId: 's1' }],
    });
    expect(registerRequestFor({ personId: 'p1', case: caseOf({ status: 'closed' }) })).toEqual({
      children: [{ personId: 'p1', sakId: 's1' }],
    });
    expect(registerRequestFor({ personId: 'p1', case: null }, '  Ordene  ')).toEqual({
      children: [{ personId: 'p1' }],
      text: 'Ordene',
    });
    expect(registerRequestFor({ personId: 'p1', case: caseOf() }, '   ')).not.toHaveProperty('text');
    expect(registerRequestFor({ personId: 'p1', case: caseOf({ visible: false, sakId: null }) })).toBeNull();
  });

  it('links only to a melding the duplicates name with its case', () => {
    const d = { receivedAt: '2026-11-20T10:00:00Z', similarity: 0.9 };
    expect(
      linkTargets({
        duplicates: [
          { ...d, kind: 'inbox_item', itemId: 'i2', sakId: null, meldingId: null },
          { ...d, kind: 'melding', itemId: null, sakId: 's1', meldingId: 'M1' },
        ],
      }),
    ).toEqual([{ sakId: 's1', meldingId: 'M1' }]);
  });

  it('sorts the server’s reasons to the inputs, a conflict, and the rest', () => {
    const problem = (details: { field: string; reason: string; code?: string }[]) => ({
      status: 422,
      code: 'VALIDATION_FAILED',
      message: '',
      details,
    });
    expect(
      sortResolveProblem(
        problem([
          { field: 'body.reason', reason: 'must say why' },
          { field: 'body.text', reason: 'is required' },
          { field: 'body.reason', reason: 'too long' },
          { field: 'body.children.0.sakId', reason: 'is the case of another child' },
        ]),
      ),
    ).toEqual({
      fields: ['reason', 'text'],
      alreadyResolved: false,
      rest: [{ field: 'body.children.0.sakId', reason: 'is the case of another child' }],
    });
    expect(
      sortResolveProblem(problem([{ field: 'status', reason: 'is linked', code: 'ALREADY_RESOLVED' }])),
    ).toEqual({ fields: [], alreadyResolved: true, rest: [] });
  });

  it('says what the item became and in which cases', () => {
    expect(resolutionKind({ itemId: 'i1', registrations: [reg()] })).toBe('registered');
    expect(resolutionKind({ itemId: 'i1', registrations: [reg({ kind: 'new_case' })] })).toBe('newCase');
    expect(resolutionKind({ itemId: 'i1', registrations: [reg({ kind: 'linked' })] })).toBe('linked');
    expect(
      journalnumreOf({
        itemId: 'i1',
        registrations: [reg(), reg({ journalnummer: '2026/9' }), reg({ meldingId: 'M3' })],
      }),
    ).toBe('2026/7, 2026/9');
  });
});
