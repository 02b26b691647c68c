import { fetchSession } from '@vern/ui';

export { LOGOUT_URL, SESSION_URL, signOut } from '@vern/ui';

/** «Min side» in the portal's router. */
export const MIN_SIDE_PATH = '/min-side';

/** What GET /api/auth/session says about a signed-in citizen (the parts the portal uses). */
export interface CitizenSession {
  kind: 'citizen';
  /** The fødselsnummer with the personal number hidden; the full number never reaches the page. */
  pidMasked: string;
  /** The name ID-porten gave at sign-in, or null (MinID gives none). */
  name?: string | null;
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
    (b.name === null || b.name === undefined || typeof b.name === 'string') &&
    typeof b.csrfToken === 'string'
  );
}

/** The signed-in citizen, or null. */
export function fetchCitizenSession(fetchFn: typeof fetch = fetch): Promise<CitizenSession | null> {
  return fetchSession(isCitizenSession, fetchFn);
}

/** The sign-in problem the server sent us back with (?innlogging=...), as a message key. */
export function loginProblem(
  search: string,
): 'portal.login.error.cancelled' | 'portal.login.error.failed' | null {
  const code = new URLSearchParams(search).get('innlogging');
  if (code === null) return null;
  return code === 'avbrutt' ? 'portal.login.error.cancelled' : 'portal.login.error.failed';
}
