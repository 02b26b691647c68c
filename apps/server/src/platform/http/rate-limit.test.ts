import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit.js';

describe('the public routes’ rate limiter', () => {
  it('admits the limit per address and minute, then says how long to wait; a new minute starts afresh', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(3, () => now);
    expect([1, 2, 3, 4].map(() => limiter.hit('a'))).toEqual([0, 0, 0, 60]);
    expect(limiter.hit('b')).toBe(0);
    now += 45_000;
    expect(limiter.hit('a')).toBe(15);
    now += 15_000;
    expect(limiter.hit('a')).toBe(0);
  });

  it('is off at 0, and keeps its memory bounded under a flood of addresses', () => {
    expect(new RateLimiter(0).hit('a')).toBe(0);
    const limiter = new RateLimiter(1, () => 0, 100);
    for (let i = 0; i < 1000; i++) limiter.hit(`addr-${i}`);
    expect((limiter as unknown as { windows: Map<string, unknown> }).windows.size).toBeLessThanOrEqual(100);
  });
});
