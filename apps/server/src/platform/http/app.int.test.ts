import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildTestApp, type LogCapture } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import type { RoutePlugin } from './app.js';

// Values that must never appear in a log line, whatever the level.
const CANARY_FNR = '24117812345';
const CANARY_NAME = 'Kanari Fuglesang';

/** A route that exists only in this test, to exercise the HTTP floor's validation and errors. */
const probeRoutes: RoutePlugin = (app) => {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post(
    '/test/probe',
    {
      schema: {
        body: z.strictObject({
          name: z.string().min(1),
          age: z.number().int().min(0),
          child: z.strictObject({ fnr: z.string() }).optional(),
        }),
        response: { 200: z.object({ greeting: z.string() }) },
      },
    },
    async (request) => ({ greeting: `hei ${request.body.name.length}` }),
  );
  api.get('/test/boom', async () => {
    throw new Error(
      `duplicate key value violates unique constraint "person_fnr_key" DETAIL: Key (fnr)=(${CANARY_FNR})`,
    );
  });
};

describe('HTTP floor', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let logs: LogCapture;

  beforeAll(async () => {
    t = await createTestDatabase();
    ({ app, logs } = await buildTestApp(t, { extraModules: [probeRoutes] }));
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  it('GET /api/health answers ok after asking the database', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('GET /api/health answers 503 with the code when the database is gone', async () => {
    const broken = await createTestDatabase();
    const { app: app2 } = await buildTestApp(broken);
    await broken.database.close();
    const res = await app2.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(503);
    expect(res.json().error.code).toBe('UNAVAILABLE');
    await app2.close();
    await broken.close().catch(() => undefined);
  });

  it('serves an OpenAPI 3 document generated from the zod schemas', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths['/api/health'].get.responses['200']).toBeDefined();
    const probe = doc.paths['/api/test/probe'].post.requestBody.content['application/json'].schema;
    expect(probe.required).toEqual(['name', 'age']);
    expect(probe.additionalProperties).toBe(false);
    // every $ref resolves inside the document
    const refs = JSON.stringify(doc).match(/"#\/components\/schemas\/[^"]+"/g) ?? [];
    for (const ref of refs) expect(doc.components.schemas[ref.slice(23, -1)], ref).toBeDefined();
  });

  it('malformed JSON gives 400 naming the body', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/test/probe',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": "x",',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'MALFORMED_JSON',
      details: [{ field: 'body', reason: 'is not valid JSON' }],
    });
  });

  it('wrong types give 400 with each field and reason', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/test/probe',
      payload: { name: 42, age: 'ti' },
    });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('VALIDATION_FAILED');
    const fields = error.details.map((d: { field: string }) => d.field).sort();
    expect(fields).toEqual(['body.age', 'body.name']);
    for (const d of error.details) expect(d.reason).toMatch(/expected (string|number)/i);
  });

  it('a missing field gives 400 naming it', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/test/probe', payload: { name: 'Ola' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      { field: 'body.age', reason: expect.stringMatching(/expected number/i) },
    ]);
  });

  it('unknown fields give 400 naming them, nested ones too, including __proto__', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/test/probe',
      headers: { 'content-type': 'application/json' },
      payload: '{"name":"Ola","age":3,"isAdmin":true,"child":{"fnr":"1","extra":1}}',
    });
    expect(res.statusCode).toBe(400);
    const fields = res
      .json()
      .error.details.map((d: { field: string }) => d.field)
      .sort();
    expect(fields).toEqual(['body.child.extra', 'body.isAdmin']);
    const proto = await app.inject({
      method: 'POST',
      url: '/api/test/probe',
      headers: { 'content-type': 'application/json' },
      payload: '{"name":"Ola","age":3,"__proto__":{"x":1}}',
    });
    expect(proto.statusCode).toBe(400);
  });

  it('a body that is not JSON gives 415', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/test/probe',
      headers: { 'content-type': 'text/plain' },
      payload: 'name=Ola',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('a valid request passes', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/test/probe',
      payload: { name: 'Ola', age: 3 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ greeting: 'hei 3' });
  });

  it('an internal error gives 500 with a request id and no internals', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/test/boom' });
    expect(res.statusCode).toBe(500);
    const body = res.json();
    expect(body.error.code).toBe('INTERNAL');
    expect(body.error.requestId).toBe(res.headers['x-request-id']);
    expect(res.body).not.toMatch(/constraint|person_fnr|Error:|at \w+ \(|\.ts:|SELECT/);
    expect(res.body).not.toContain(CANARY_FNR);
    // the process keeps serving
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });

  it('an unknown API path gives a JSON 404', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  });

  it('sets the security headers on every response, errors included', async () => {
    for (const url of ['/api/health', '/api/nothing-here', '/api/test/boom']) {
      const res = await app.inject({ method: 'GET', url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['x-request-id']).toBeTruthy();
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('sends HSTS for a year when Vern is reached over TLS', async () => {
    const { app: tlsApp } = await buildTestApp(t, { env: { PUBLIC_URL: 'https://vern.example.kommune.no' } });
    const res = await tlsApp.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    await tlsApp.close();
  });

  it('writes a request id in every log line and no personal data, even at trace level', async () => {
    logs.lines.length = 0;
    await app.inject({
      method: 'POST',
      url: `/api/test/probe?fnr=${CANARY_FNR}`,
      payload: { name: CANARY_NAME, age: 'x' },
    });
    await app.inject({
      method: 'POST',
      url: '/api/test/probe',
      payload: { name: CANARY_NAME, age: 1, child: { fnr: CANARY_FNR } },
    });
    await app.inject({ method: 'GET', url: `/api/persons/${CANARY_FNR}` });
    await app.inject({ method: 'GET', url: '/api/test/boom' });
    const requestLines = logs.lines.map((l) => JSON.parse(l)).filter((l) => l.msg !== 'Server listening');
    expect(requestLines.length).toBeGreaterThanOrEqual(4);
    for (const line of requestLines) expect(line.requestId, JSON.stringify(line)).toBeTruthy();
    expect(logs.text).not.toContain(CANARY_FNR);
    expect(logs.text).not.toContain(CANARY_NAME);
    expect(logs.text).not.toContain('Fuglesang');
  });
});
