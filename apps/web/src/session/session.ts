import { fetchSession } from '@vern/ui';

export { LOGOUT_URL, SESSION_URL, signOut } from '@vern/ui';

/** What GET /api/auth/session says about a signed-in staff member (the parts this app uses). */
export interface StaffSession {
  kind: 'staff';
  displayName: string;
  roles: string[];
  tenant: { id: string; name: string };
  /** Sent back as x-csrf-token with every POST, PUT, PATCH and DELETE. */
  csrfToken: string;
}

function isStaffSession(body: unknown): body is StaffSession {
  const b = body as Partial<StaffSession> | null;
  return (
    typeof b === 'object' &&
    b !== null &&
    b.kind === 'staff' &&
    typeof b.displayName === 'string' &&
    typeof b.csrfToken === 'string' &&
    typeof b.tenant?.name === 'string'
  );
}

/** The signed-in staff member, or null. */
export function fetchStaffSession(fetchFn: typeof fetch = fetch): Promise<StaffSession | null> {
  return fetchSession(isStaffSession, fetchFn);
}

/** The sign-in problem the server sent us back with (?innlogging=...), as a message key. */
export function loginProblem(
  search: string,
):
  | 'staff.login.error.unknownUser'
  | 'staff.login.error.ambiguous'
  | 'staff.login.error.cancelled'
  | 'staff.login.error.failed'
  | null {
  switch (new URLSearchParams(search).get('innlogging')) {
    case null:
      return null;
    case 'ukjent-bruker':
      return 'staff.login.error.unknownUser';
    case 'flere-tjenester':
      return 'staff.login.error.ambiguous';
    case 'avbrutt':
      return 'staff.login.error.cancelled';
    default:
      return 'staff.login.error.failed';
  }
}
