import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionHeaders } from '../../../test/support/access-suite.js';
import { buildTestApp } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { buildWorld, type World } from '../../../test/support/world.js';

describe('the delegation table', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let w: World;
  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
    ({ app } = await buildTestApp(t));
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });
  const call = async (who: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({
      method,
      url,
      headers: await sessionHeaders(t, w, who, method),
      ...(payload ? { payload } : {}),
    });

  it('is kept by the head of service and seen by everyone in the service', async () => {
    const granted = await call('berit', 'POST', '/api/delegations', {
      lov: 'BVL2021',
      kapittel: '3',
      role: 'fagleder',
    });
    expect(granted.statusCode, granted.body).toBe(201);
    const id = granted.json<{ id: string }>().id;
    const named = await call('berit', 'POST', '/api/delegations', {
      lov: 'BVL2021',
      kapittel: '4',
      paragraf: '2',
      staffUserId: w.staff['frode']?.staffUserId,
    });
    expect(named.statusCode, named.body).toBe(201);
    const list = await call('sara', 'GET', '/api/delegations');
    expect(list.statusCode).toBe(200);
    const items = list.json<{
      items: { id: string; role: string | null; staffName: string | null; revokedAt: string | null }[];
    }>().items;
    expect(items).toHaveLength(2);
    expect(items.find((d) => d.role === null)?.staffName).toMatch(/Frode/);
    expect((await call('berit', 'POST', `/api/delegations/${id}/revoke`)).statusCode).toBe(204);
    expect((await call('berit', 'POST', `/api/delegations/${id}/revoke`)).statusCode).toBe(404);
    const after = (await call('sara', 'GET', '/api/delegations')).json<{
      items: { id: string; revokedAt: string | null }[];
    }>();
    expect(after.items.find((d) => d.id === id)?.revokedAt).not.toBeNull();
  });

  it('refuses others and malformed rows with the field that is wrong', async () => {
    expect(
      (await call('frode', 'POST', '/api/delegations', { lov: 'BVL2021', role: 'fagleder' })).statusCode,
    ).toBe(403);
    const both = await call('berit', 'POST', '/api/delegations', {
      lov: 'BVL2021',
      role: 'fagleder',
      staffUserId: w.staff['sara']?.staffUserId,
    });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.details[0].field).toBe('role');
    const orphan = await call('berit', 'POST', '/api/delegations', {
      lov: 'BVL2021',
      paragraf: '1',
      role: 'fagleder',
    });
    expect(orphan.json().error.details[0].field).toBe('kapittel');
    const zero = await call('berit', 'POST', '/api/delegations', {
      lov: 'BVL2021',
      kapittel: '0',
      role: 'fagleder',
    });
    expect(zero.statusCode).toBe(400);
    expect(zero.json().error.details[0].field).toBe('body.kapittel');
  });
});
