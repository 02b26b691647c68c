import { saveDraft, type Draft } from './draft';

/** The server's ID-porten sign-in (a full-page navigation); the same as the front page's link. */
export const CITIZEN_SIGN_IN_URL = '/api/auth/citizen/login';

/**
 * Where «Logg inn med ID-porten» on the form goes: the sign-in, with the form's own path to come
 * back to (the server accepts only a path on this site). The query string is left out, so an old
 * ?innlogging=... does not come back with it.
 */
export function signInUrl(pathname: string): string {
  return `${CITIZEN_SIGN_IN_URL}?returnTo=${encodeURIComponent(pathname)}`;
}

/**
 * Leaves the form for ID-porten without losing the draft: it is written to this tab's session
 * storage once more, marked as on its way to sign-in, and the page goes to the sign-in in the same
 * tab, so the draft is there when the identity provider sends the reporter back (draft.ts says why
 * session storage survives the round trip, and why never a new tab).
 */
export function startSignIn(
  draft: Draft,
  location: { pathname: string; assign: (url: string) => void } = window.location,
  store?: Storage,
): void {
  saveDraft({ ...draft, signingIn: true }, store);
  location.assign(signInUrl(location.pathname));
}

/** What the form says when it loads: back from a sign-in that worked, did not, or neither. */
export function signInReturn(draft: Draft | null, signedIn: boolean): 'signed-in' | 'not-signed-in' | null {
  if (!draft?.signingIn) return null;
  return signedIn ? 'signed-in' : 'not-signed-in';
}
