import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from './support/test-app.js';
import { createTestDatabase, type TestDatabase } from './support/test-db.js';

const SERVER = fileURLToPath(new URL('..', import.meta.url));
const DATA_TAGS = new Set(['case-data', 'person-data']);

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(full).isDirectory()) return testFiles(full);
    return name.endsWith('.int.test.ts') ? [full] : [];
  });
}

/**
 * Every route that returns or changes person or case data (OpenAPI tag case-data or person-data)
 * must have an access suite: a call `accessSuite('METHOD /api/path/{param}', ...)` in some test
 * file, which checks who may, who may not (404) and the audit rows. New routes fail this test
 * until they have one; a route without a data tag must say so by its tags.
 */
describe('access-test coverage', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await createTestDatabase();
    ({ app } = await buildTestApp(t));
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  it('every person- or case-data route in the OpenAPI document has an access suite', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { tags?: string[] }>>;
    };
    const dataRoutes: string[] = [];
    for (const [p, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        if ((op.tags ?? []).some((tag) => DATA_TAGS.has(tag)))
          dataRoutes.push(`${method.toUpperCase()} ${p}`);
      }
    }
    expect(dataRoutes.length).toBeGreaterThan(5);
    const sources = testFiles(SERVER)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const covered = new Set(
      [...sources.matchAll(/accessSuite\(\s*'([A-Z]+ \/api\/[^']+)'/g)].map((m) => m[1]),
    );
    const missing = dataRoutes.filter((r) => !covered.has(r));
    expect(missing, `routes without an access suite: ${missing.join(', ')}`).toEqual([]);
  });

  it('every route is tagged, so none slips past the coverage check untagged', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { tags?: string[] }>>;
    };
    const untagged = Object.entries(doc.paths).flatMap(([p, methods]) =>
      Object.entries(methods)
        .filter(([, op]) => !op.tags || op.tags.length === 0)
        .map(([m]) => `${m.toUpperCase()} ${p}`),
    );
    expect(untagged).toEqual([]);
  });
});
