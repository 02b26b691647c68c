import { describe, expect, it } from 'vitest';
import type { WorklistItem } from '../work/worklists';
import { contextOf, isKnownKind, unreadFirst, type NotificationItem } from './notifications';

const item = (id: string, sakId: string, journalnummer: string): WorklistItem => ({
  id,
  sakId,
  journalnummer,
  childName: `Barn ${journalnummer}`,
  kind: 'melding',
  ruleId: 'melding-gjennomgang',
  legalReference: 'barnevernsloven § 2-1',
  element: { type: 'Melding', id: 'm' },
  dueDate: '2026-11-30',
  status: 'open',
  explanation: '',
  owner: null,
  unit: { id: 'u', name: 'U' },
});

const note = (
  id: string,
  kind: string,
  sakId: string | null,
  refId: string | null,
  readAt: string | null = null,
): NotificationItem => ({
  id,
  kind,
  sakId,
  refId,
  createdAt: '2026-11-24T08:00:00Z',
  readAt,
});

describe('notifications', () => {
  const mine = [item('d1', 's1', '2026/1'), item('d2', 's1', '2026/1'), item('d3', 's2', '2026/2')];

  it('name the deadline a deadline notice points at, from what «Mitt arbeid» already holds', () => {
    expect(contextOf(note('n', 'deadline_overdue', 's1', 'd2'), mine)?.id).toBe('d2');
    // A deadline no longer in the list: the case is still named by another of its deadlines.
    expect(contextOf(note('n', 'deadline_approaching', 's1', 'gone'), mine)?.id).toBe('d1');
    expect(contextOf(note('n', 'case_assigned', 's2', null), mine)?.journalnummer).toBe('2026/2');
    expect(contextOf(note('n', 'case_assigned', 's9', null), mine)).toBeUndefined();
    expect(contextOf(note('n', 'break_glass', null, null), mine)).toBeUndefined();
  });

  it('put unread first, keeping the newest-first order within each', () => {
    const list = [
      note('a', 'x', null, null, '2026-11-24T09:00:00Z'),
      note('b', 'x', null, null),
      note('c', 'x', null, null),
    ];
    expect(unreadFirst(list).map((n) => n.id)).toEqual(['b', 'c', 'a']);
  });

  it('know the kinds the server writes', () => {
    expect(isKnownKind('proposal_returned')).toBe(true);
    expect(isKnownKind('something_else')).toBe(false);
  });
});
