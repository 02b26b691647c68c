import { describe, expect, it } from 'vitest';
import { isKnownKind, unreadFirst, type NotificationItem } from './notifications';

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
