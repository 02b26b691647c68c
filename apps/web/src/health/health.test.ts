import { describe, expect, it } from 'vitest';
import { HEALTH_URL, checkHealth } from './health';

const respond =
  (status: number, body: unknown): typeof fetch =>
  async () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('checkHealth', () => {
  it('is ok only for a 2xx {"status":"ok"}', async () => {
    expect(await checkHealth(respond(200, { status: 'ok' }))).toBe('ok');
    expect(await checkHealth(respond(200, { status: 'degraded' }))).toBe('down');
    expect(await checkHealth(respond(200, null))).toBe('down');
    expect(await checkHealth(respond(503, { status: 'ok' }))).toBe('down');
  });

  it('asks the same-origin health endpoint', async () => {
    let asked = '';
    const spy: typeof fetch = async (input) => {
      asked = String(input);
      return new Response('{"status":"ok"}');
    };
    await checkHealth(spy);
    expect(asked).toBe(HEALTH_URL);
    expect(HEALTH_URL).toBe('/api/health');
  });

  it('is down on a network error or a body that is not JSON', async () => {
    expect(
      await checkHealth(async () => {
        throw new TypeError('Failed to fetch');
      }),
    ).toBe('down');
    expect(await checkHealth(async () => new Response('<html>'))).toBe('down');
  });

  it('gives up after the time limit', async () => {
    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    expect(await checkHealth(hanging, 10)).toBe('down');
  });
});
