import type { FastifyRequest } from 'fastify';
import { AppError, ErrorCode } from '../errors.js';

/**
 * A small fixed-window rate limiter, in memory, per client address: at most `perMinute` requests
 * in each minute that began with the address's first request. It is a brake on floods and on
 * guessing (a status code by trial), for routes anyone may call without signing in; it is not a
 * quota. Each server process counts for itself, so N processes behind a load balancer admit up to
 * N times the limit; that is enough for a brake, and needs no shared store. The address is the
 * socket's, or the proxy's X-Forwarded-For when TRUST_PROXY is set (Fastify's request.ip), and is
 * neither logged nor kept beyond the window. Memory is bounded: past `maxKeys` addresses the
 * expired windows are dropped, and if that is not enough, all of them (a flood from very many
 * addresses then meets a fresh limiter, never an ever-growing map).
 *
 * (@fastify/rate-limit does the same with more options; these routes need only this, and its
 * in-memory store has the same per-process semantics.)
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly clock: () => number = Date.now,
    private readonly maxKeys = 100_000,
  ) {}

  /** Counts one request; the seconds to wait when it is over the limit, else 0. */
  hit(key: string): number {
    if (this.perMinute <= 0) return 0;
    const now = this.clock();
    let w = this.windows.get(key);
    if (!w || now - w.start >= 60_000) {
      if (!w && this.windows.size >= this.maxKeys) this.prune(now);
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    w.count += 1;
    return w.count > this.perMinute ? Math.max(1, Math.ceil((w.start + 60_000 - now) / 1000)) : 0;
  }

  private prune(now: number): void {
    for (const [k, w] of this.windows) if (now - w.start >= 60_000) this.windows.delete(k);
    if (this.windows.size >= this.maxKeys) this.windows.clear();
  }

  /** Refuses the request with 429 and Retry-After when its address is over the limit. */
  check(request: FastifyRequest, bucket: string): void {
    const wait = this.hit(`${bucket} ${request.ip}`);
    if (wait > 0) throw new RateLimited(wait);
  }
}

export class RateLimited extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(ErrorCode.RateLimited, 'Too many requests from this address; try again shortly', [
      { field: 'request', reason: `wait ${retryAfterSeconds} s`, code: 'RATE_LIMITED' },
    ]);
  }
}
