import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHANNEL_STATUSES,
  escalationStep,
  FORSENDELSE_STATUSES,
  nextStatus,
  retryDelayMs,
  statusOfChannelStatus,
  type EscalationFacts,
} from './dispatch-rules.js';
import { NOTIFICATION_TEXTS, notificationTextKeyOf } from './notification-text.js';
import {
  isValidOrganisasjonsnummer,
  organisasjonsnummerCheckDigit,
  organisasjonsnummerProblem,
  Organisasjonsnummer,
} from './organisasjonsnummer.js';

describe('organisasjonsnummer', () => {
  it('accepts real numbers (Brønnøysundregistrene, a municipality) and refuses a changed digit', () => {
    expect(isValidOrganisasjonsnummer('974760673')).toBe(true);
    expect(isValidOrganisasjonsnummer('910000004')).toBe(true);
    expect(organisasjonsnummerProblem('974760674')?.code).toBe('CHECK_DIGIT');
    expect(organisasjonsnummerProblem('97476067')?.code).toBe('LENGTH');
    expect(organisasjonsnummerProblem('97476067x')?.code).toBe('NOT_DIGITS');
    expect(organisasjonsnummerProblem('974760673')).toBeNull();
  });
  it('a remainder of 1 has no check digit (such numbers are never issued)', () => {
    expect(organisasjonsnummerCheckDigit('91000008')).toBeNull();
    expect(isValidOrganisasjonsnummer('910000080')).toBe(false);
  });
  it('every single-digit change of a valid number is caught', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9]{8}$/),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (eight, pos, delta) => {
          const check = organisasjonsnummerCheckDigit(eight);
          fc.pre(check !== null);
          const valid = `${eight}${check}`;
          expect(isValidOrganisasjonsnummer(valid)).toBe(true);
          const changed =
            valid.slice(0, pos) + String((Number(valid[pos]) + delta) % 10) + valid.slice(pos + 1);
          expect(isValidOrganisasjonsnummer(changed)).toBe(false);
        },
      ),
    );
  });
  it('the zod schema removes spaces and names the reason', () => {
    expect(Organisasjonsnummer.parse('974 760 673')).toBe('974760673');
    const r = Organisasjonsnummer.safeParse('974760674');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/Kontrollsifferet/);
  });
});

describe('notification texts', () => {
  it('accepts a key or any of its wordings, and nothing else', () => {
    expect(notificationTextKeyOf('vedtak')).toBe('vedtak');
    expect(notificationTextKeyOf(NOTIFICATION_TEXTS.brev.nn)).toBe('brev');
    expect(notificationTextKeyOf(` ${NOTIFICATION_TEXTS.innkalling.en} `)).toBe('innkalling');
    expect(notificationTextKeyOf('Vedtak om omsorgsovertakelse for Emma')).toBeUndefined();
    expect(notificationTextKeyOf('')).toBeUndefined();
  });
});

describe('status rules', () => {
  it('maps SvarUt statuses to what the sender sees', () => {
    expect(statusOfChannelStatus('AKSEPTERT')).toBe('sent');
    expect(statusOfChannelStatus('VARSLET')).toBe('delivered');
    expect(statusOfChannelStatus('LEVERT_SDP')).toBe('delivered');
    expect(statusOfChannelStatus('LEST')).toBe('opened');
    expect(statusOfChannelStatus('SENDT_PRINT')).toBe('paper');
    expect(statusOfChannelStatus('IKKE_LEVERT')).toBe('failed');
    expect(statusOfChannelStatus('AVVIST')).toBe('failed');
  });
  it('a status never moves backwards, and paper after a failure is the fallback working', () => {
    expect(nextStatus('opened', 'delivered')).toBe('opened');
    expect(nextStatus('delivered', 'sent')).toBe('delivered');
    expect(nextStatus('sent', 'opened')).toBe('opened');
    expect(nextStatus('opened', 'failed')).toBe('opened');
    expect(nextStatus('sent', 'failed')).toBe('failed');
    expect(nextStatus('failed', 'paper')).toBe('paper');
    expect(nextStatus('dead_letter', 'sent')).toBe('sent');
    fc.assert(
      fc.property(fc.constantFrom(...FORSENDELSE_STATUSES), fc.constantFrom(...CHANNEL_STATUSES), (s, c) => {
        const after = nextStatus(s, statusOfChannelStatus(c));
        if (s === 'opened') expect(after).toBe('opened');
        expect(FORSENDELSE_STATUSES).toContain(after);
      }),
    );
  });
});

describe('retry delay', () => {
  const settings = { baseMs: 1000, maxMs: 60_000 };
  it('doubles per failed attempt up to the maximum, with jitter in the upper half', () => {
    expect(retryDelayMs(1, settings, 0)).toBe(500);
    expect(retryDelayMs(1, settings, 0.999_999)).toBe(1000);
    expect(retryDelayMs(3, settings, 0)).toBe(2000);
    expect(retryDelayMs(30, settings, 0.5)).toBe(45_000);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, r) => {
        const d = retryDelayMs(n, settings, r);
        const step = Math.min(settings.maxMs, settings.baseMs * 2 ** (n - 1));
        expect(d).toBeGreaterThanOrEqual(step / 2 - 1);
        expect(d).toBeLessThanOrEqual(step);
      }),
    );
  });
});

describe('escalation of unopened confidential mail', () => {
  const settings = { afterDays: 7, resendAfterDays: 3 };
  const sent = '2026-11-01T10:00:00.000Z';
  const facts = (over: Partial<EscalationFacts> = {}): EscalationFacts => ({
    confidential: true,
    status: 'delivered',
    sentAt: sent,
    escalationLevel: 0,
    escalatedAt: null,
    ...over,
  });
  const at = (iso: string) => new Date(iso);
  it('tells the sender after the days, then resends on paper, then stops', () => {
    expect(escalationStep(facts(), at('2026-11-08T09:59:59Z'), settings)).toBe('none');
    expect(escalationStep(facts(), at('2026-11-08T10:00:00Z'), settings)).toBe('notify_sender');
    const told = facts({ escalationLevel: 1, escalatedAt: '2026-11-08T10:00:00.000Z' });
    expect(escalationStep(told, at('2026-11-11T09:00:00Z'), settings)).toBe('none');
    expect(escalationStep(told, at('2026-11-11T10:00:00Z'), settings)).toBe('resend_paper');
    expect(
      escalationStep(facts({ escalationLevel: 2, escalatedAt: sent }), at('2027-01-01T00:00:00Z'), settings),
    ).toBe('none');
  });
  it('leaves opened, paper, failed and non-confidential mail alone', () => {
    const late = at('2027-01-01T00:00:00Z');
    expect(escalationStep(facts({ status: 'opened' }), late, settings)).toBe('none');
    expect(escalationStep(facts({ status: 'paper' }), late, settings)).toBe('none');
    expect(escalationStep(facts({ status: 'failed' }), late, settings)).toBe('none');
    expect(escalationStep(facts({ confidential: false }), late, settings)).toBe('none');
    expect(escalationStep(facts({ status: 'sent' }), late, settings)).toBe('notify_sender');
  });
});
