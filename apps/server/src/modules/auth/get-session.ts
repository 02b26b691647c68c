import type { ResolvedSession } from '../../platform/auth/session-store.js';
import type { Database } from '../../platform/db/database.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { staffPlacement } from './auth.queries.js';

export interface StaffSessionView {
  kind: 'staff';
  displayName: string;
  username: string;
  roles: string[];
  tenant: { id: string; name: string };
  unit: { id: string; name: string } | null;
  csrfToken: string;
  expiresAt: Date;
  idleExpiresAt: Date;
}

export interface CitizenSessionView {
  kind: 'citizen';
  /** The fødselsnummer with the personal number hidden: 148385*****. */
  pidMasked: string;
  /** The name the identity provider vouched for, or null (see CitizenActor.name). */
  name: string | null;
  acr: string;
  csrfToken: string;
  expiresAt: Date;
  idleExpiresAt: Date;
}

/** Who is signed in, for the front ends, with the CSRF token they must send back. */
export async function getSession(
  database: Database,
  session: ResolvedSession | undefined,
): Promise<StaffSessionView | CitizenSessionView> {
  if (!session) throw new AppError(ErrorCode.Unauthenticated, 'Not signed in');
  const { actor } = session;
  const times = {
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
    idleExpiresAt: session.idleExpiresAt,
  };
  if (actor.kind === 'citizen') {
    return {
      kind: 'citizen',
      pidMasked: `${actor.pid.slice(0, 6)}*****`,
      name: actor.name ?? null,
      acr: actor.acr,
      ...times,
    };
  }
  const placement = await database.withTenant(actor.tenantId, (trx) =>
    staffPlacement(trx, actor.staffUserId),
  );
  if (!placement) throw new AppError(ErrorCode.Unauthenticated, 'Not signed in');
  return {
    kind: 'staff',
    displayName: actor.displayName,
    username: actor.username,
    roles: [...actor.roles],
    tenant: { id: placement.tenantId, name: placement.tenantName },
    unit: placement.unitId && placement.unitName ? { id: placement.unitId, name: placement.unitName } : null,
    ...times,
  };
}
