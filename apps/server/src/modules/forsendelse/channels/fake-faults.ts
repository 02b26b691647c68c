/**
 * How a fake service misbehaves, per call. Rates are fractions of calls (0 to 1); a failure or a
 * timeout happens before the service did anything or after it did (then only the answer is lost),
 * half and half, as with a real network.
 */
export interface FakeFaults {
  /** Answers 5xx. */
  failRate: number;
  /** Does not answer in time: the HTTP fake holds the answer for `hangMs`, the in-process one throws. */
  timeoutRate: number;
  /** Answers, but only after `slowMs`. */
  slowRate: number;
  slowMs: number;
  hangMs: number;
  /** Messages whose recipient never opens them (chosen per message). */
  neverOpenedRate: number;
  /** After this long a message is in the recipient's inbox (VARSLET, LEVERT_SDP, SENDT_PRINT). */
  deliverAfterMs: number;
  /** After this long it is read (LEST; PRINTET for print), unless it is never opened. */
  readAfterMs: number;
}

export const NO_FAULTS: FakeFaults = {
  failRate: 0,
  timeoutRate: 0,
  slowRate: 0,
  slowMs: 0,
  hangMs: 0,
  neverOpenedRate: 0,
  deliverAfterMs: 0,
  readAfterMs: 0,
};

export type Fault = 'none' | 'fail_before' | 'fail_after' | 'timeout_before' | 'timeout_after' | 'slow';

/** The fault of one call, from one random number in [0, 1) and another for before/after. */
export function pickFault(faults: FakeFaults, r: number, r2: number): Fault {
  if (r < faults.failRate) return r2 < 0.5 ? 'fail_before' : 'fail_after';
  if (r < faults.failRate + faults.timeoutRate) return r2 < 0.5 ? 'timeout_before' : 'timeout_after';
  if (r < faults.failRate + faults.timeoutRate + faults.slowRate) return 'slow';
  return 'none';
}

/** Fault settings from a compact text: `fail=0.3,timeout=0.1,slow=0.05,slowMs=800,...`. */
export function parseFaults(text: string | undefined, base: FakeFaults = NO_FAULTS): FakeFaults {
  const out = { ...base };
  const names: Record<string, keyof FakeFaults> = {
    fail: 'failRate',
    timeout: 'timeoutRate',
    slow: 'slowRate',
    slowMs: 'slowMs',
    hangMs: 'hangMs',
    neverOpened: 'neverOpenedRate',
    deliverAfterMs: 'deliverAfterMs',
    readAfterMs: 'readAfterMs',
  };
  for (const part of (text ?? '').split(',').filter(Boolean)) {
    const [k, v] = part.split('=');
    const key = names[k?.trim() ?? ''];
    const n = Number(v);
    if (!key || !Number.isFinite(n) || n < 0) throw new Error(`unknown fault setting "${part}"`);
    out[key] = n;
  }
  return out;
}
