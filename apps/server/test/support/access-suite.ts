import type { FastifyInstance, InjectOptions } from 'fastify';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../src/platform/auth/cookies.js';
import { createSession } from '../../src/platform/auth/session-store.js';
import type { TestDatabase } from './test-db.js';
import { actor, type World } from './world.js';

export interface SuiteContext {
  t: TestDatabase;
  app: FastifyInstance;
  w: World;
}

/** One expectation: who calls, what they get, and how many audit rows of which outcome it leaves. */
export interface AccessCase {
  /** A staff member of the test world, `citizen:<fødselsnummer>`, or 'anonymous' (no session). */
  who: string;
  /** Overrides the route's default request for this case (e.g. another case id). */
  request?: (w: World) => InjectOptions;
  status: number;
  /** Audit rows this request must add in the tenant, by outcome. Defaults: none for 401. */
  audit?: { allowed?: number; denied?: number };
  check?: (body: unknown, w: World) => void;
  name?: string;
}

const SESSION = { clock: Date.now, settings: { idleMs: 30 * 60_000, absoluteMs: 10 * 3_600_000 } };

/** Signs a world staff member in through the same session creation the OIDC callback uses. */
export async function sessionHeaders(
  t: TestDatabase,
  w: World,
  who: string,
  method = 'GET',
): Promise<Record<string, string>> {
  let s;
  if (who.startsWith('citizen:')) {
    s = await createSession(t.database, SESSION, {
      kind: 'citizen',
      pid: who.slice(8),
      acr: 'idporten-loa-high',
    });
  } else {
    const a = actor(w, who);
    s = await createSession(t.database, SESSION, {
      kind: 'staff',
      tenantId: a.tenantId,
      staffUserId: a.staffUserId,
    });
  }
  const headers: Record<string, string> = { cookie: `${SESSION_COOKIE}=${s.token}` };
  if (method !== 'GET' && method !== 'HEAD') headers['x-csrf-token'] = s.csrfToken;
  return headers;
}

async function auditCounts(t: TestDatabase, w: World): Promise<{ allowed: number; denied: number }> {
  const { rows } = await t.database.withTenant(w.tenantId, (trx) =>
    sql<{
      outcome: string;
      n: number;
    }>`SELECT outcome, count(*)::int AS n FROM audit_event WHERE action NOT IN ('sign_in', 'sign_out') GROUP BY outcome`.execute(
      trx,
    ),
  );
  const get = (o: string) => rows.find((r) => r.outcome === o)?.n ?? 0;
  return { allowed: get('allowed'), denied: get('denied') };
}

/**
 * The access test of one route: each case signs in as someone, calls the route, and checks the
 * status, the body and exactly the audit rows written. The string `accessSuite('METHOD /api/...')`
 * is what the coverage test looks for, so the route must be named exactly as in the OpenAPI document.
 */
export function accessSuite(
  route: string,
  ctx: () => SuiteContext,
  defaults: (w: World) => InjectOptions,
  cases: AccessCase[],
): void {
  describe(`access: ${route}`, () => {
    for (const c of cases) {
      it(c.name ?? `${c.who} gets ${c.status}`, async () => {
        const { t, app, w } = ctx();
        const base = (c.request ?? defaults)(w);
        const method = String(base.method ?? 'GET');
        const headers = c.who === 'anonymous' ? {} : await sessionHeaders(t, w, c.who, method);
        const before = await auditCounts(t, w);
        const res = await app.inject({
          ...base,
          headers: { ...(base.headers as Record<string, string>), ...headers },
        });
        expect(res.statusCode, res.body).toBe(c.status);
        const after = await auditCounts(t, w);
        const expected = c.audit ?? (c.status === 404 ? { denied: 1 } : c.status < 300 ? { allowed: 1 } : {});
        expect({ allowed: after.allowed - before.allowed, denied: after.denied - before.denied }).toEqual({
          allowed: expected.allowed ?? 0,
          denied: expected.denied ?? 0,
        });
        if (c.status === 404) expect(res.json().error.code).toBe('NOT_FOUND');
        if (c.check)
          c.check(
            res.body
              ? String(res.headers['content-type'] ?? '').includes('json')
                ? res.json()
                : res.body
              : null,
            w,
          );
      });
    }
  });
}
