import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authRuntimeOf } from '../../platform/auth/auth-runtime.js';
import {
  appendSetCookie,
  clearCookieHeader,
  cookieHeader,
  FLOW_COOKIE,
  readCookie,
  SESSION_COOKIE,
} from '../../platform/auth/cookies.js';
import { requireStaff, sessionOf } from '../../platform/auth/session-hook.js';
import type { RoutePlugin } from '../../platform/http/app.js';
import { completeSignIn } from './complete-sign-in.js';
import { forceSignOut } from './force-sign-out.js';
import { getSession } from './get-session.js';
import { signOutEverywhere } from './sign-out-everywhere.js';
import { signOut } from './sign-out.js';
import { acrTooLowPage } from './sign-in-pages.js';
import { startSignIn } from './start-sign-in.js';

const KindParams = z.strictObject({ kind: z.enum(['staff', 'citizen']) });
const Times = { csrfToken: z.string(), expiresAt: z.date(), idleExpiresAt: z.date() };
const SessionView = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('staff'),
    displayName: z.string(),
    username: z.string(),
    roles: z.array(z.string()),
    tenant: z.object({ id: z.uuid(), name: z.string() }),
    unit: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    ...Times,
  }),
  z.object({
    kind: z.literal('citizen'),
    pidMasked: z.string(),
    name: z.string().nullable(),
    acr: z.string(),
    ...Times,
  }),
]);
const Revoked = z.object({ revokedSessions: z.number().int() });

/** Sign-in (OpenID Connect), the session, and sign-out. Tag `auth`: no person or case data. */
export const authRoutes: RoutePlugin = (app, deps) => {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { database } = deps;
  const runtime = authRuntimeOf(deps);
  const now = () => new Date(runtime.clock());

  api.get(
    '/auth/:kind/login',
    {
      schema: {
        summary: 'Start signing in through the identity provider (a browser navigation)',
        tags: ['auth'],
        params: KindParams,
        querystring: z.strictObject({ returnTo: z.string().max(2000).optional() }),
      },
    },
    async (request, reply) => {
      const started = await startSignIn(
        { database, runtime },
        request.params.kind,
        request.query.returnTo,
        request.headers.host,
      );
      appendSetCookie(
        reply,
        cookieHeader(FLOW_COOKIE, started.flowToken, { maxAgeSeconds: started.maxAgeSeconds }),
      );
      return reply.redirect(started.redirectTo, 303);
    },
  );

  api.get(
    '/auth/:kind/callback',
    {
      schema: {
        summary: "The identity provider's answer (a browser navigation); starts the session",
        tags: ['auth'],
        params: KindParams,
      },
    },
    async (request, reply) => {
      const q = request.url.indexOf('?');
      const outcome = await completeSignIn(
        { database, runtime, log: request.log, requestId: request.id },
        request.params.kind,
        {
          query: q >= 0 ? request.url.slice(q) : '',
          flowToken: readCookie(request.headers.cookie, FLOW_COOKIE),
          previous: sessionOf(request),
          host: request.headers.host,
        },
      );
      appendSetCookie(reply, clearCookieHeader(FLOW_COOKIE));
      if (outcome.ok) {
        appendSetCookie(reply, cookieHeader(SESSION_COOKIE, outcome.session.token));
        return reply.redirect(outcome.redirectTo, 303);
      }
      if (outcome.problem === 'acr_too_low') {
        return reply.status(403).type('text/html; charset=utf-8').send(acrTooLowPage());
      }
      return reply.redirect(outcome.redirectTo, 303);
    },
  );

  api.get(
    '/auth/session',
    {
      schema: {
        summary: 'Who is signed in, and the CSRF token to send with every change',
        tags: ['auth'],
        response: { 200: SessionView },
      },
    },
    async (request) => getSession(database, sessionOf(request)),
  );

  api.post(
    '/auth/logout',
    { schema: { summary: 'Sign out of this browser', tags: ['auth'] } },
    async (request, reply) => {
      await signOut({ database, now: now(), requestId: request.id }, sessionOf(request));
      appendSetCookie(reply, clearCookieHeader(SESSION_COOKIE));
      return reply.status(204).send();
    },
  );

  api.post(
    '/auth/logout-everywhere',
    { schema: { summary: 'Sign out of every browser', tags: ['auth'], response: { 200: Revoked } } },
    async (request, reply) => {
      const result = await signOutEverywhere(
        { database, now: now(), requestId: request.id },
        sessionOf(request),
      );
      appendSetCookie(reply, clearCookieHeader(SESSION_COOKIE));
      return result;
    },
  );

  api.post(
    '/staff/:staffUserId/force-logout',
    {
      schema: {
        summary: 'Sign a colleague out of every session (leaders and system administrators)',
        tags: ['auth'],
        params: z.strictObject({ staffUserId: z.uuid({ message: 'must be a UUID' }) }),
        response: { 200: Revoked },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      return forceSignOut({ database, now: now(), requestId: request.id }, actor, request.params.staffUserId);
    },
  );
};
