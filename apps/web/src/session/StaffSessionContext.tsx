import { createContext, useContext, type ReactNode } from 'react';
import { useStaffSession, type SessionState } from './useStaffSession';

interface StaffSessionValue {
  state: SessionState;
  signOut: () => Promise<void>;
}

const StaffSessionContext = createContext<StaffSessionValue | null>(null);

/** Asks who is signed in once for the whole app, so every page shares one answer and one CSRF token. */
export function StaffSessionProvider({ children }: { children: ReactNode }): ReactNode {
  const [state, signOut] = useStaffSession();
  return <StaffSessionContext.Provider value={{ state, signOut }}>{children}</StaffSessionContext.Provider>;
}

export function useStaffSessionContext(): StaffSessionValue {
  const value = useContext(StaffSessionContext);
  if (!value) throw new Error('useStaffSessionContext() must be used inside <StaffSessionProvider>');
  return value;
}
