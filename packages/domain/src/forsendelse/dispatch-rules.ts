/**
 * The rules of outbound dispatch (forsendelse): what a channel's status means for the sender, how
 * long the relay waits before trying again, and when unopened confidential mail is escalated.
 * Pure: the clock and the random source are parameters.
 */

/** What the sender sees. `paper`: fallen back to (or sent as) print and post. */
export const FORSENDELSE_STATUSES = [
  'queued',
  'sent',
  'delivered',
  'opened',
  'failed',
  'dead_letter',
  'paper',
] as const;
export type ForsendelseStatus = (typeof FORSENDELSE_STATUSES)[number];

/** The routes a forsendelse can take: SvarUt-style forwarding, a digital mailbox, print and post. */
export const FORSENDELSE_CHANNELS = ['svarut', 'digital', 'print'] as const;
export type ForsendelseChannel = (typeof FORSENDELSE_CHANNELS)[number];

/**
 * The status values of Fiks SvarUt's forsendelse service (ForsendelseRestServiceV1 / REST v2), which
 * every channel adapter reports in, so one mapping serves them all.
 */
export const CHANNEL_STATUSES = [
  'MOTTATT',
  'AKSEPTERT',
  'KLAR_FOR_MOTTAK',
  'VARSLET',
  'LEST',
  'SENDT_PRINT',
  'PRINTET',
  'SENDT_DIGITALT',
  'SENDT_SDP',
  'LEVERT_SDP',
  'IKKE_LEVERT',
  'MANUELT_HANDTERT',
  'AVVIST',
] as const;
export type ChannelStatus = (typeof CHANNEL_STATUSES)[number];

/** What a channel status means for the sender. */
export function statusOfChannelStatus(status: ChannelStatus): ForsendelseStatus {
  switch (status) {
    case 'MOTTATT':
    case 'AKSEPTERT':
    case 'SENDT_SDP':
      return 'sent';
    case 'KLAR_FOR_MOTTAK':
    case 'VARSLET':
    case 'SENDT_DIGITALT':
    case 'LEVERT_SDP':
    case 'MANUELT_HANDTERT':
      return 'delivered';
    case 'LEST':
      return 'opened';
    case 'SENDT_PRINT':
    case 'PRINTET':
      return 'paper';
    case 'IKKE_LEVERT':
    case 'AVVIST':
      return 'failed';
    default: {
      const unreachable: never = status;
      throw new Error(`unknown channel status ${String(unreachable)}`);
    }
  }
}

const RANK: Record<ForsendelseStatus, number> = {
  queued: 0,
  sent: 1,
  failed: 1,
  dead_letter: 1,
  delivered: 2,
  // On paper after it lay in the inbox (SvarUt's own print after 40 hours, or our escalation).
  paper: 3,
  opened: 4,
};

/**
 * The status after a channel reported `reported`: a forsendelse only moves forward (a late
 * AKSEPTERT does not undo LEST). A failure of the channel counts while nothing better is known;
 * paper after a failure or a dead letter is the fallback having worked.
 */
export function nextStatus(current: ForsendelseStatus, reported: ForsendelseStatus): ForsendelseStatus {
  if (reported === current) return current;
  if (reported === 'failed' || reported === 'dead_letter')
    return current === 'queued' || current === 'sent' ? reported : current;
  return RANK[reported] > RANK[current] || current === 'failed' || current === 'dead_letter'
    ? reported
    : current;
}

export interface BackoffSettings {
  /** The wait after the first failed attempt, in ms. */
  baseMs: number;
  /** The longest wait, in ms. */
  maxMs: number;
}

/**
 * The wait before attempt `failedAttempts + 1`: exponential (base, 2 base, 4 base, ... up to max)
 * with "equal jitter" (a random half of it added to the other half), so relays that failed together
 * do not return together and the wait never shrinks below half the step. `random` in [0, 1).
 */
export function retryDelayMs(failedAttempts: number, settings: BackoffSettings, random: number): number {
  const n = Math.max(1, failedAttempts);
  const step = Math.min(settings.maxMs, settings.baseMs * 2 ** Math.min(n - 1, 30));
  const r = Math.min(Math.max(random, 0), 0.999_999);
  return Math.round(step / 2 + (step / 2) * r);
}

export interface EscalationSettings {
  /** Days after sending that unopened confidential mail is reported to the sender. */
  afterDays: number;
  /** Further days after that notice before it is sent again on paper. */
  resendAfterDays: number;
}

export interface EscalationFacts {
  confidential: boolean;
  status: ForsendelseStatus;
  sentAt: string | null;
  /** 0: not escalated, 1: the sender was told, 2: sent again on paper. */
  escalationLevel: number;
  escalatedAt: string | null;
}

export type EscalationStep = 'none' | 'notify_sender' | 'resend_paper';

const DAY_MS = 86_400_000;

/**
 * Unopened confidential mail is never silently left: after `afterDays` the sender is told; when it
 * is still unopened `resendAfterDays` later, it goes out again on paper. Mail that was opened, went
 * out on paper, or failed (which has its own fallback) is not escalated.
 */
export function escalationStep(f: EscalationFacts, now: Date, settings: EscalationSettings): EscalationStep {
  if (!f.confidential || f.sentAt === null) return 'none';
  if (f.status !== 'sent' && f.status !== 'delivered') return 'none';
  const since = (iso: string) => now.getTime() - new Date(iso).getTime();
  if (f.escalationLevel === 0)
    return since(f.sentAt) >= settings.afterDays * DAY_MS ? 'notify_sender' : 'none';
  if (f.escalationLevel === 1 && f.escalatedAt !== null)
    return since(f.escalatedAt) >= settings.resendAfterDays * DAY_MS ? 'resend_paper' : 'none';
  return 'none';
}
