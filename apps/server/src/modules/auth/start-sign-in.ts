import type { AuthRuntime } from '../../platform/auth/auth-runtime.js';
import { SignInRefused, type SignInKind } from '../../platform/auth/relying-party.js';
import { hashToken, randomToken } from '../../platform/auth/secrets.js';
import type { Database } from '../../platform/db/database.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { saveFlow } from './auth.queries.js';

/** How long a browser may spend at the identity provider before the flow is forgotten. */
export const FLOW_TTL_MS = 10 * 60_000;

/**
 * A path on this site to come back to after sign-in. Only a relative path: one leading slash,
 * never two, and no backslash (browsers read `/\host` as `//host`), no control characters.
 */
export function isSafeReturnTo(value: string): boolean {
  return (
    value.length <= 2000 &&
    value.startsWith('/') &&
    !value.startsWith('//') &&
    !value.includes('\\') &&
    ![...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)
  );
}

export interface StartedSignIn {
  /** The identity provider's authorization endpoint, with this flow's parameters. */
  redirectTo: string;
  /** The flow cookie's value; the database keeps only its hash. */
  flowToken: string;
  maxAgeSeconds: number;
}

/**
 * Starts an authorization code flow with PKCE, state and nonce. The secrets stay in auth_flow,
 * bound to this browser by a random flow cookie; nothing the browser could tamper with carries them.
 */
export async function startSignIn(
  context: { database: Database; runtime: AuthRuntime },
  kind: SignInKind,
  returnTo: string | undefined,
  /** The request's Host header: picks which registered address of Vern the IdP returns to. */
  host?: string,
): Promise<StartedSignIn> {
  if (returnTo !== undefined && !isSafeReturnTo(returnTo)) {
    throw new AppError(ErrorCode.ValidationFailed, 'The request is invalid', [
      { field: 'query.returnTo', reason: 'must be a path on this site, starting with a single /' },
    ]);
  }
  const { relyingParty } = context.runtime;
  if (!relyingParty.isConfigured(kind)) {
    throw new AppError(ErrorCode.Unavailable, 'Sign-in is not available right now');
  }
  let begun;
  try {
    begun = await relyingParty.begin(kind, host);
  } catch (error) {
    if (error instanceof SignInRefused) {
      throw new AppError(ErrorCode.Unavailable, 'The identity provider does not answer; try again shortly');
    }
    throw error;
  }
  const flowToken = randomToken();
  const now = new Date(context.runtime.clock());
  await saveFlow(context.database, {
    idHash: hashToken(flowToken),
    kind,
    secrets: begun.secrets,
    returnTo: returnTo ?? null,
    now,
    expiresAt: new Date(now.getTime() + FLOW_TTL_MS),
  });
  return { redirectTo: begun.url.href, flowToken, maxAgeSeconds: FLOW_TTL_MS / 1000 };
}
