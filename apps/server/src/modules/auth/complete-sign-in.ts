import { createHash } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { AuthRuntime } from '../../platform/auth/auth-runtime.js';
import { SignInRefused, type SignInFailure, type SignInKind } from '../../platform/auth/relying-party.js';
import { hashToken, isToken } from '../../platform/auth/secrets.js';
import {
  createSession,
  revokeSession,
  SessionRefused,
  type NewSession,
  type ResolvedSession,
} from '../../platform/auth/session-store.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { recordSecurityEvent } from '../../platform/audit/security-event.js';
import type { Database } from '../../platform/db/database.js';
import { findStaffAccounts, takeFlow, type StaffAccount } from './auth.queries.js';

export type SignInProblem = SignInFailure | 'flow_missing' | 'unknown_user' | 'ambiguous_user';

export type SignInOutcome =
  | { ok: true; session: NewSession; redirectTo: string }
  | { ok: false; problem: SignInProblem; redirectTo: string };

const HOME: Record<SignInKind, string> = { staff: '/', citizen: '/portal/min-side' };
const FAILURE_PAGE: Record<SignInKind, string> = { staff: '/', citizen: '/portal/' };

/** The code the front ends show a message for (?innlogging=...). */
export function problemCode(problem: SignInProblem): string {
  switch (problem) {
    case 'cancelled':
      return 'avbrutt';
    case 'unknown_user':
      return 'ukjent-bruker';
    case 'ambiguous_user':
      return 'flere-tjenester';
    case 'acr_too_low':
      return 'for-lavt-sikkerhetsniva';
    case 'flow_missing':
    case 'not_configured':
    case 'idp_unavailable':
    case 'invalid_response':
    case 'claims_missing':
      return 'feilet';
    default: {
      const unreachable: never = problem;
      throw new Error(`unknown sign-in problem ${String(unreachable)}`);
    }
  }
}

interface Context {
  database: Database;
  runtime: AuthRuntime;
  log: FastifyBaseLogger;
  requestId: string;
}

function shortHash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 12);
}

/** A refused staff sign-in is audited in every service the account belongs to. */
async function auditRefusal(context: Context, accounts: StaffAccount[]): Promise<void> {
  for (const account of accounts) {
    await context.database.withTenant(account.tenantId, (trx) =>
      recordAudit(
        trx,
        {
          tenantId: account.tenantId,
          kind: 'staff',
          actorId: account.staffUserId,
          roles: [],
          unitId: null,
          sessionId: null,
        },
        { action: 'sign_in', objectType: 'session', outcome: 'denied' },
        context.requestId,
      ),
    );
  }
}

/**
 * The callback: checks the identity provider's answer against the flow this browser started,
 * maps the person to a staff account or a citizen, and starts a new session. A session the
 * browser had before is revoked, never reused (session fixation). Only ids reach the log.
 */
export async function completeSignIn(
  context: Context,
  kind: SignInKind,
  input: {
    query: string;
    flowToken: string | undefined;
    previous: ResolvedSession | undefined;
    /** The request's Host header (see RelyingParty.redirectUri). */
    host?: string;
  },
): Promise<SignInOutcome> {
  const now = new Date(context.runtime.clock());
  // A citizen who set out from a page (the report form, with its draft in the tab) is sent back
  // there with the problem, not to the front page: they can go on without signing in.
  let failurePage = FAILURE_PAGE[kind];
  // Every refusal leaves a security event (no tenant is known yet) besides the log line.
  const refuse = async (
    problem: SignInProblem,
    detail?: string,
    subject?: string,
  ): Promise<SignInOutcome> => {
    context.log.warn({ event: 'sign-in-refused', kind, problem, detail }, 'sign-in refused');
    await recordSecurityEvent(context.database.db, {
      event: 'sign_in',
      actorKind: kind,
      outcome: 'denied',
      problem,
      subject,
      requestId: context.requestId,
    });
    const joiner = failurePage.includes('?') ? '&' : '?';
    return { ok: false, problem, redirectTo: `${failurePage}${joiner}innlogging=${problemCode(problem)}` };
  };
  const flow = isToken(input.flowToken)
    ? await takeFlow(context.database, hashToken(input.flowToken), kind, now)
    : undefined;
  if (!flow) return refuse('flow_missing');
  if (kind === 'citizen' && flow.returnTo) failurePage = flow.returnTo;

  let identity;
  try {
    identity = await context.runtime.relyingParty.finish(kind, input.query, flow.secrets, input.host);
  } catch (error) {
    if (error instanceof SignInRefused) return refuse(error.reason, error.detail);
    throw error;
  }

  let session: NewSession;
  if (identity.kind === 'staff') {
    const accounts = await findStaffAccounts(context.database, identity.username);
    const account = accounts[0];
    if (accounts.length > 1) {
      await auditRefusal(context, accounts);
      return refuse('ambiguous_user', `${accounts.length} services`);
    }
    // Unknown and deactivated look the same from outside: the browser learns nothing more.
    if (!account?.active) {
      if (account) await auditRefusal(context, [account]);
      context.log.warn(
        // The typed name may be anything, even a real person's name: only a short hash for correlation.
        {
          event: 'sign-in-unknown-staff',
          usernameHash: shortHash(identity.username),
          deactivated: !!account,
        },
        'no active staff account',
      );
      return refuse('unknown_user', undefined, identity.username);
    }
    try {
      session = await createSession(
        context.database,
        context.runtime,
        { kind: 'staff', tenantId: account.tenantId, staffUserId: account.staffUserId },
        { requestId: context.requestId },
      );
    } catch (error) {
      // deactivated between the lookup and now
      if (error instanceof SessionRefused) return refuse('unknown_user');
      throw error;
    }
  } else {
    session = await createSession(
      context.database,
      context.runtime,
      { kind: 'citizen', pid: identity.pid, acr: identity.acr, name: identity.name },
      { requestId: context.requestId },
    );
  }
  if (input.previous) await revokeSession(context.database, input.previous, 'replaced', now);
  context.log.info({ event: 'signed-in', kind, sessionId: session.sessionId }, 'signed in');
  return { ok: true, session, redirectTo: flow.returnTo ?? HOME[kind] };
}
