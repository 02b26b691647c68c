import { useSession, type SessionState as GenericSessionState } from '@vern/ui';
import { fetchStaffSession, type StaffSession } from './session';

export type SessionState = GenericSessionState<StaffSession>;

const load = () => fetchStaffSession();

/** Who is signed in, asked once on load, and a sign-out that updates the answer. */
export function useStaffSession(): [SessionState, () => Promise<void>] {
  return useSession(load);
}
