import { describe, expect, it } from 'vitest';
import { sendReport } from './submit';

const receipt = { reference: 'BM-AAAA-BBBB', receivedAt: '2026-01-01T10:00:00Z' };
const answer = (status: number, body: unknown = {}, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

function fakeFetch(steps: (Response | Error)[]) {
  const bodies: string[] = [];
  const fn = (async (_url: string, init?: RequestInit) => {
    bodies.push(String(init?.body));
    expect(init?.credentials).toBe('omit');
    const next = steps.shift();
    if (!next) throw new Error('no more answers');
    if (next instanceof Error) throw next;
    return next;
  }) as typeof fetch;
  return { fn, bodies };
}

describe('sending a report', () => {
  it('retries the same bytes after a network failure and a 5xx, and waits as Retry-After asks', async () => {
    const waits: number[] = [];
    const f = fakeFetch([
      new TypeError('offline'),
      answer(503),
      answer(429, {}, { 'retry-after': '7' }),
      answer(201, receipt),
    ]);
    const outcome = await sendReport('demo', '{"x":1}', {
      fetch: f.fn,
      sleep: async (ms) => void waits.push(ms),
      random: () => 0.5,
    });
    expect(outcome).toEqual({ kind: 'received', receipt });
    expect(new Set(f.bodies)).toEqual(new Set(['{"x":1}']));
    expect(f.bodies).toHaveLength(4);
    expect(waits).toEqual([500, 1000, 7000]);
  });

  it('does not retry an answer: field problems come back without the body. prefix', async () => {
    const f = fakeFetch([
      answer(400, { error: { details: [{ field: 'body.children.0.name', code: 'REQUIRED' }] } }),
    ]);
    expect(await sendReport('demo', '{}', { fetch: f.fn, sleep: async () => undefined })).toEqual({
      kind: 'invalid',
      problems: [{ field: 'children.0.name', code: 'REQUIRED' }],
    });
    const g = fakeFetch([answer(409)]);
    expect(await sendReport('demo', '{}', { fetch: g.fn })).toEqual({ kind: 'conflict' });
  });

  it('gives up after the last pause and says it could not tell', async () => {
    const f = fakeFetch([new TypeError('x'), new TypeError('x'), new TypeError('x')]);
    const outcome = await sendReport('demo', '{}', {
      fetch: f.fn,
      sleep: async () => undefined,
      backoffMs: [1, 1],
    });
    expect(outcome).toEqual({ kind: 'failed' });
    expect(f.bodies).toHaveLength(3);
  });
});
