import { describe, expect, it } from 'vitest';
import { isInboxFilter, mayWorkInbox, urgencyOf, type InboxSummary } from './inbox';

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
