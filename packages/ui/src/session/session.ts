import { useCallback, useEffect, useState } from 'react';

export const SESSION_URL = '/api/auth/session';
export const LOGOUT_URL = '/api/auth/logout';

/**
 * The signed-in session as GET /api/auth/session describes it, or null when nobody is signed in
 * (401) or the answer is not of the kind this app expects. The session cookie is HttpOnly: asking
 * is the only way a page learns who is signed in.
 */
export async function fetchSession<T>(
  isExpected: (body: unknown) => body is T,
  fetchFn: typeof fetch = fetch,
): Promise<T | null> {
  try {
    const res = await fetchFn(SESSION_URL, { cache: 'no-store', headers: { accept: 'application/json' } });
    if (!res.ok) return null;
    const body: unknown = await res.json();
    return isExpected(body) ? body : null;
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

export type SessionState<T> =
  | { status: 'loading' }
  | { status: 'anonymous'; signedOut: boolean; signOutFailed?: undefined }
  | { status: 'signed-in'; session: T; signOutFailed: boolean };

/** Who is signed in, asked once on load, and a sign-out that updates the answer. */
export function useSession<T extends { csrfToken: string }>(
  load: () => Promise<T | null>,
): [SessionState<T>, () => Promise<void>] {
  const [state, setState] = useState<SessionState<T>>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    void load().then((session) => {
      if (!current) return;
      setState(
        session
          ? { status: 'signed-in', session, signOutFailed: false }
          : { status: 'anonymous', signedOut: false },
      );
    });
    return () => {
      current = false;
    };
  }, [load]);

  const logout = useCallback(async () => {
    if (state.status !== 'signed-in') return;
    const ok = await signOut(state.session.csrfToken);
    setState(ok ? { status: 'anonymous', signedOut: true } : { ...state, signOutFailed: true });
  }, [state]);

  return [state, logout];
}
