import type { CitizenActor, ReportSubmission } from '@vern/domain';
import { AppError, ErrorCode } from '../../../platform/errors.js';

/** Who a signed-in reporter is, as their citizen session says (never as the request says). */
export interface ReporterIdentity {
  identifiedBy: 'idporten';
  pid: string;
  acr: string;
  /** The name the identity provider gave; undefined when none came (the report has the typed one). */
  verifiedName: string | undefined;
  sessionId: string;
}

/**
 * The verified identity behind a submission that claims one (identifiedBy), taken from the
 * request's citizen session, or undefined for a report sent without sign-in (whether or not the
 * browser happens to have a session: only the claim makes a report identified).
 *
 * Keeps the invariant that no identity reaches the service from the request body: a claim without
 * a citizen session is refused at `body.identifiedBy` (NOT_SIGNED_IN), the fødselsnummer is never
 * in the body at all, and when the identity provider gave a name the body's melder name must be
 * exactly that name (NOT_VERIFIED), so the stored report cannot say one name while the identity
 * says another.
 */
export function reporterIdentityOf(
  submission: ReportSubmission,
  actor: CitizenActor | undefined,
): ReporterIdentity | undefined {
  if (submission.identifiedBy === undefined) return undefined;
  if (!actor) {
    throw new AppError(ErrorCode.ValidationFailed, 'The report says the reporter is signed in, but is not', [
      {
        field: 'body.identifiedBy',
        reason:
          'needs the reporter to be signed in with ID-porten in this browser; sign in again, or send the report without signing in',
        code: 'NOT_SIGNED_IN',
      },
    ]);
  }
  if (actor.name !== undefined && (submission.melder.name ?? '').trim() !== actor.name) {
    throw new AppError(ErrorCode.ValidationFailed, 'The report is not complete', [
      {
        field: 'body.melder.name',
        reason: 'must be the name ID-porten gave at sign-in (it cannot be changed while signed in)',
        code: 'NOT_VERIFIED',
      },
    ]);
  }
  return {
    identifiedBy: submission.identifiedBy,
    pid: actor.pid,
    acr: actor.acr,
    verifiedName: actor.name,
    sessionId: actor.sessionId,
  };
}
