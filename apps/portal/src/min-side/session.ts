export const SESSION_URL = '/api/auth/session';
export const LOGOUT_URL = '/api/auth/logout';

/** What GET /api/auth/session says about a signed-in citizen (the parts the portal uses). */
export interface CitizenSession {
  kind: 'citizen';
  /** The fødselsnummer with the personal number hidden; the full number never reaches the page. */
  pidMasked: string;
  acr: string;
  csrfToken: string;
}

function isCitizenSession(body: unknown): body is CitizenSession {
  const b = body as Partial<CitizenSession> | null;
  return (
    typeof b === 'object' &&
    b !== null &&
    b.kind === 'citizen' &&
    typeof b.pidMasked === 'string' &&
    typeof b.csrfToken === 'string'
  );
}

/** The signed-in citizen, or null when nobody is (401) or the answer is anything else. */
export async function fetchCitizenSession(fetchFn: typeof fetch = fetch): Promise<CitizenSession | null> {
  try {
    const res = await fetchFn(SESSION_URL, { cache: 'no-store', headers: { accept: 'application/json' } });
    if (!res.ok) return null;
    const body: unknown = await res.json();
    return isCitizenSession(body) ? body : null;
  } catch {
    return null;
  }
}

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
): 'portal.login.error.cancelled' | 'portal.login.error.failed' | null {
  const code = new URLSearchParams(search).get('innlogging');
  if (code === null) return null;
  return code === 'avbrutt' ? 'portal.login.error.cancelled' : 'portal.login.error.failed';
}
