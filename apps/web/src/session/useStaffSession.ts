import { useCallback, useEffect, useState } from 'react';
import { fetchStaffSession, signOut, type StaffSession } from './session';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; signedOut: boolean; signOutFailed?: undefined }
  | { status: 'signed-in'; session: StaffSession; signOutFailed: boolean };

/** Who is signed in, asked once on load, and a sign-out that updates the answer. */
export function useStaffSession(): [SessionState, () => Promise<void>] {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    void fetchStaffSession().then((session) => {
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
  }, []);

  const logout = useCallback(async () => {
    if (state.status !== 'signed-in') return;
    const ok = await signOut(state.session.csrfToken);
    setState(ok ? { status: 'anonymous', signedOut: true } : { ...state, signOutFailed: true });
  }, [state]);

  return [state, logout];
}
