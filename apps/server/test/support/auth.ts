import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { MODULES } from '../../src/modules/index.js';
import { DEMO_STAFF } from '../../src/modules/tenancy/demo-tenant.js';
import { findStaffAccounts } from '../../src/modules/auth/auth.queries.js';
import { AuthRuntime, authRuntimeOfApp } from '../../src/platform/auth/auth-runtime.js';
import { SESSION_COOKIE } from '../../src/platform/auth/cookies.js';
import { createSession, type NewSession } from '../../src/platform/auth/session-store.js';
import type { Database } from '../../src/platform/db/database.js';
import { buildApp, type RoutePlugin } from '../../src/platform/http/app.js';
import { loggerOptions } from '../../src/platform/logging/logger.js';
import { LogCapture, testConfig } from './test-app.js';
import type { TestDatabase } from './test-db.js';

/** A clock tests move by hand: sessions expire without anyone sleeping. */
export interface TestClock {
  (): number;
  advance(ms: number): void;
}

export function testClock(start = Date.parse('2026-11-24T08:00:00Z')): TestClock {
  let now = start;
  const clock = (() => now) as TestClock;
  clock.advance = (ms) => {
    now += ms;
  };
  return clock;
}

export interface SignedIn {
  /** For a `cookie` request header. */
  cookie: string;
  /** For the `x-csrf-token` header of POST, PUT, PATCH and DELETE. */
  csrfToken: string;
  sessionId: string;
}

function signedIn(session: NewSession): SignedIn {
  return {
    cookie: `${SESSION_COOKIE}=${session.token}`,
    csrfToken: session.csrfToken,
    sessionId: session.sessionId,
  };
}

/**
 * Signs a staff account in without the identity provider, through the same createSession the
 * sign-in callback uses (so it writes the same session row and sign_in audit row). Tests only:
 * production code has no way to create a session but the callback.
 */
export async function signInAsStaff(
  app: FastifyInstance,
  database: Database,
  username: string,
  options: { tenantId?: string } = {},
): Promise<SignedIn> {
  const accounts = (await findStaffAccounts(database, username)).filter(
    (a) => options.tenantId === undefined || a.tenantId === options.tenantId,
  );
  const [account] = accounts;
  if (!account || accounts.length > 1) {
    throw new Error(`signInAsStaff: ${accounts.length} accounts named ${username}; pass tenantId`);
  }
  const session = await createSession(database, authRuntimeOfApp(app), {
    kind: 'staff',
    tenantId: account.tenantId,
    staffUserId: account.staffUserId,
  });
  return signedIn(session);
}

/**
 * Signs a citizen in (fødselsnummer `pid`, and the name the IdP gave, if any) through the same
 * createSession as the callback.
 */
export async function signInAsCitizen(
  app: FastifyInstance,
  database: Database,
  pid: string,
  acr = 'idporten-loa-high',
  name?: string,
): Promise<SignedIn> {
  return signedIn(await createSession(database, authRuntimeOfApp(app), { kind: 'citizen', pid, acr, name }));
}

export interface AuthTestApp {
  app: FastifyInstance;
  runtime: AuthRuntime;
  logs: LogCapture;
  /** The base URL when listening (startAuthTestServer), e.g. http://127.0.0.1:41234. */
  url: string;
  close(): Promise<void>;
}

/**
 * The real app with a sign-in runtime the test controls (clock, the relying party's fetch). With
 * `listen: true` it listens on a free loopback port and starts the development IdP beside it, so
 * that a test can sign in over HTTP exactly as a browser would.
 */
export async function buildAuthTestApp(
  t: TestDatabase,
  options: {
    clock?: () => number;
    fetch?: typeof fetch;
    listen?: boolean;
    env?: NodeJS.ProcessEnv;
    extraModules?: RoutePlugin[];
  } = {},
): Promise<AuthTestApp> {
  const logs = new LogCapture();
  const config = testConfig(options.env);
  const logger = pino(loggerOptions('trace'), logs);
  const runtime = new AuthRuntime(config, { clock: options.clock, fetch: options.fetch, logger });
  const app = await buildApp({ config, database: t.database, logger, staticApps: false, auth: runtime }, [
    ...MODULES,
    ...(options.extraModules ?? []),
  ]);
  let url = config.http.publicUrl;
  if (options.listen) {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    await runtime.start({ publicUrl: url, demoStaff: DEMO_STAFF });
  } else {
    await app.ready();
  }
  return {
    app,
    runtime,
    logs,
    url,
    async close() {
      await app.close();
      await runtime.close();
    },
  };
}
