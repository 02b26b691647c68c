import { describe, expect, it } from 'vitest';
import { nb } from '../i18n/nb';
import {
  actionsFor,
  escalationKey,
  eventKey,
  FORSENDELSE_STATUSES,
  historyOf,
  isSendingerFilter,
  maySend,
  mineUrl,
  newestFirst,
  statusColor,
  statusKey,
  type MyForsendelse,
} from './sendinger';

const letter = (id: string, createdAt: string, over: Partial<MyForsendelse> = {}): MyForsendelse => ({
  id,
  sakId: null,
  letterId: null,
  title: `Brev ${id}`,
  recipient: { kind: 'person', name: 'Mor', organisasjonsnummer: null },
  confidential: false,
  status: 'sent',
  statusAt: createdAt,
  statusReason: null,
  channel: 'digital',
  createdAt,
  createdBy: 'u',
  sentAt: null,
  deliveredAt: null,
  openedAt: null,
  escalationLevel: 0,
  events: [],
  ...over,
});

describe('status in words', () => {
  it('names every status as the brief words it', () => {
    expect(FORSENDELSE_STATUSES.map((s) => nb[statusKey(s)])).toEqual([
      'I kø for sending',
      'Sendt',
      'Levert',
      'Åpnet',
      'Ikke levert',
      'Kunne ikke sendes',
      'Sendt på papir',
    ]);
  });

  it('marks a dead letter as danger and what arrived as success', () => {
    expect(statusColor('dead_letter')).toBe('danger');
    expect(statusColor('failed')).toBe('warning');
    expect(statusColor('opened')).toBe('success');
    expect(statusColor('paper')).toBe('success');
    expect(statusColor('queued')).toBe('info');
  });

  it('says how far unopened mail was escalated', () => {
    expect(escalationKey(0)).toBeNull();
    expect(escalationKey(1)).toBe('sendinger.escalated.sender');
    expect(escalationKey(2)).toBe('sendinger.escalated.paper');
  });

  it('names the events the server writes, and leaves an unknown one to be shown as it is', () => {
    for (const kind of [
      'queued',
      'sent',
      'channel_status',
      'retry_scheduled',
      'refused',
      'fallback_paper',
      'dead_letter',
      'retry_requested',
      'print_requested',
      'escalated_sender',
      'resent_paper',
      'escalation_no_paper',
    ])
      expect(eventKey(kind), kind).not.toBeNull();
    expect(eventKey('something_new')).toBeNull();
  });
});

describe('what the sender may do', () => {
  it('offers retry only for a dead letter, print for a dead letter or a failed one', () => {
    const offered = FORSENDELSE_STATUSES.map((s) => [s, actionsFor(s)] as const);
    expect(offered.filter(([, a]) => a.retry).map(([s]) => s)).toEqual(['dead_letter']);
    expect(offered.filter(([, a]) => a.print).map(([s]) => s)).toEqual(['failed', 'dead_letter']);
  });

  it('shows the page to those who can send (case.write), not to a reader', () => {
    expect(maySend(['saksbehandler'])).toBe(true);
    expect(maySend(['systemansvarlig'])).toBe(false);
    expect(maySend([])).toBe(false);
    expect(maySend(['not-a-role'])).toBe(false);
  });
});

describe('the list', () => {
  it('asks the API for the filter chosen', () => {
    expect(mineUrl('unopened')).toContain('filter=unopened');
    expect(isSendingerFilter('failed')).toBe(true);
    expect(isSendingerFilter('opened')).toBe(false);
  });

  it('puts the newest first and the history in the order it happened', () => {
    const items = [
      letter('a', '2026-11-01T08:00:00Z'),
      letter('c', '2026-11-03T08:00:00Z'),
      letter('b', '2026-11-02T08:00:00Z'),
    ];
    expect(newestFirst(items).map((f) => f.id)).toEqual(['c', 'b', 'a']);
    const history = historyOf({
      events: [
        { at: '2026-11-01T09:00:00Z', kind: 'sent', channel: 'digital', detail: null },
        { at: '2026-11-01T08:00:00Z', kind: 'queued', channel: null, detail: null },
      ],
    });
    expect(history.map((e) => e.kind)).toEqual(['queued', 'sent']);
  });
});
