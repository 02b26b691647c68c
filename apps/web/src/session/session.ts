export const SESSION_URL = '/api/auth/session';
export const LOGOUT_URL = '/api/auth/logout';

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

/**
 * The signed-in staff member, or null when nobody is (401) or the answer is anything else.
 * The session cookie is HttpOnly: this asking is the only way the page learns who is signed in.
 */
export async function fetchStaffSession(fetchFn: typeof fetch = fetch): Promise<StaffSession | null> {
  try {
    const res = await fetchFn(SESSION_URL, { cache: 'no-store', headers: { accept: 'application/json' } });
    if (!res.ok) return null;
    const body: unknown = await res.json();
    return isStaffSession(body) ? body : null;
  } catch {
    return null;
  }
}

/** Ends the session on the server; true when it is gone. */
export async function signOut(csrfToken: string, fetchFn: typeof fetch = fetch): Promise<boolean> {
  try {
    const res = await fetchFn(LOGOUT_URL, { method: 'POST', headers: { 'x-csrf-token': csrfToken } });
    return res.ok;
  } catch {
    return false;
  }
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
