import type { Actor, CitizenActor, StaffActor } from '@vern/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, ErrorCode } from '../errors.js';
import type { AppDeps } from '../http/app.js';
import { authRuntimeOf, registerAuthRuntime } from './auth-runtime.js';
import { appendSetCookie, clearCookieHeader, readCookie, SESSION_COOKIE } from './cookies.js';
import { isToken, sameSecret } from './secrets.js';
import { resolveSession, type ResolvedSession } from './session-store.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is signed in, set by the session hook; undefined for an anonymous request. */
    actor?: Actor;
  }
}

export const CSRF_HEADER = 'x-csrf-token';
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const SESSIONS = new WeakMap<FastifyRequest, ResolvedSession>();

/** The session behind the request's actor, or undefined. */
export function sessionOf(request: FastifyRequest): ResolvedSession | undefined {
  return SESSIONS.get(request);
}

export function requireStaff(request: FastifyRequest): StaffActor {
  const actor = request.actor;
  if (actor?.kind !== 'staff') throw new AppError(ErrorCode.Unauthenticated, 'Sign in as staff to do this');
  return actor;
}

export function requireCitizen(request: FastifyRequest): CitizenActor {
  const actor = request.actor;
  if (actor?.kind !== 'citizen') throw new AppError(ErrorCode.Unauthenticated, 'Sign in to do this');
  return actor;
}

/**
 * Resolves the session cookie of every API request to `request.actor`, before anything else
 * runs. Keeps two invariants: an expired, idle, revoked or deactivated session gives no actor
 * (and its cookie is cleared), and no state-changing request of a session runs unless it carries
 * that session's CSRF token. A request without a valid session is anonymous: what it may do is
 * up to the route (requireStaff / requireCitizen), and a forged cross-site request can do no
 * more than the attacker could do directly.
 */
export function installSessions(api: FastifyInstance, deps: AppDeps): void {
  const runtime = authRuntimeOf(deps);
  registerAuthRuntime(api, runtime);
  api.decorateRequest('actor', undefined);
  api.addHook('onRequest', async (request, reply) => {
    const token = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (token === undefined) return;
    const session = isToken(token) ? await resolveSession(deps.database, runtime, token) : undefined;
    if (!session) {
      appendSetCookie(reply, clearCookieHeader(SESSION_COOKIE));
      return;
    }
    request.actor = session.actor;
    SESSIONS.set(request, session);
    if (STATE_CHANGING.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (!sameSecret(typeof sent === 'string' ? sent : undefined, session.csrfToken)) {
        request.log.info(
          { event: 'csrf-refused', sessionId: session.id },
          'request without the session CSRF token',
        );
        throw new AppError(
          ErrorCode.CsrfFailed,
          `The request lacks this session's CSRF token (${CSRF_HEADER})`,
        );
      }
    }
  });
}
