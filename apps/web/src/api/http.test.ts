import { describe, expect, it } from 'vitest';
import { apiGet, apiSend, toProblem } from './http';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('toProblem', () => {
  it('reads the API error body and keeps only well-formed details', () => {
    const body = {
      error: {
        code: 'INVALID_TRANSITION',
        message: 'Datoen kan ikke være etter i dag.',
        requestId: 'r1',
        details: [
          { field: 'command.dato', reason: 'Datoen kan ikke være etter i dag.', code: 'DATE_IN_FUTURE' },
          { nonsense: 1 },
        ],
      },
    };
    expect(toProblem(422, body)).toEqual({
      status: 422,
      code: 'INVALID_TRANSITION',
      message: 'Datoen kan ikke være etter i dag.',
      requestId: 'r1',
      details: [
        { field: 'command.dato', reason: 'Datoen kan ikke være etter i dag.', code: 'DATE_IN_FUTURE' },
      ],
    });
    expect(toProblem(502, '<html>')).toEqual({ status: 502, code: 'HTTP_502', message: '', details: [] });
  });
});

describe('apiSend and apiGet', () => {
  it('POST JSON with the CSRF token, and a file as its own bytes and type', async () => {
    const seen: { headers: Headers; body: unknown }[] = [];
    const spy: typeof fetch = async (_url, init) => {
      seen.push({ headers: new Headers(init?.headers), body: init?.body });
      return json(201, { id: 'x' });
    };
    expect(await apiSend('/api/x', 'tok', { a: 1 }, { fetchFn: spy })).toEqual({
      ok: true,
      data: { id: 'x' },
    });
    expect(seen[0]?.headers.get('x-csrf-token')).toBe('tok');
    expect(seen[0]?.headers.get('content-type')).toBe('application/json');
    expect(seen[0]?.body).toBe('{"a":1}');
    const file = new Blob(['hei'], { type: 'text/plain' });
    await apiSend('/api/doc', 'tok', file, { fetchFn: spy });
    expect(seen[1]?.headers.get('content-type')).toBe('text/plain');
    expect(seen[1]?.body).toBe(file);
  });

  it('never throws: a failed request or a network error is a problem value', async () => {
    const fail: typeof fetch = async () => json(404, { error: { code: 'NOT_FOUND', message: 'Not found' } });
    expect(await apiGet('/api/cases/x', fail)).toMatchObject({
      ok: false,
      problem: { status: 404, code: 'NOT_FOUND' },
    });
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await apiSend('/api/x', 't', {}, { fetchFn: offline })).toMatchObject({
      ok: false,
      problem: { status: 0, code: 'NETWORK' },
    });
    const noContent: typeof fetch = async () => new Response(null, { status: 204 });
    expect(await apiSend('/api/x', 't', {}, { fetchFn: noContent })).toEqual({ ok: true, data: null });
  });
});
