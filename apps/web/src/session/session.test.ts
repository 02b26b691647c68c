import { describe, expect, it } from 'vitest';
import { fetchStaffSession, loginProblem, LOGOUT_URL, SESSION_URL, signOut } from './session';

const respond =
  (status: number, body: unknown): typeof fetch =>
  async () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const STAFF = {
  kind: 'staff',
  displayName: 'Sara Saksbehandler',
  roles: ['saksbehandler'],
  tenant: { id: 't', name: 'Barneverntjenesten i Demo kommune' },
  csrfToken: 'c'.repeat(43),
};

describe('fetchStaffSession', () => {
  it('returns the staff session, and null for 401, a citizen, or garbage', async () => {
    expect(await fetchStaffSession(respond(200, STAFF))).toEqual(STAFF);
    expect(await fetchStaffSession(respond(401, { error: { code: 'UNAUTHENTICATED' } }))).toBeNull();
    expect(await fetchStaffSession(respond(200, { kind: 'citizen', csrfToken: 'x' }))).toBeNull();
    expect(await fetchStaffSession(respond(200, null))).toBeNull();
    expect(
      await fetchStaffSession(async () => {
        throw new TypeError('network');
      }),
    ).toBeNull();
  });

  it('asks the same-origin session endpoint', async () => {
    let asked = '';
    await fetchStaffSession(async (input) => {
      asked = String(input);
      return new Response('{}');
    });
    expect(asked).toBe(SESSION_URL);
  });
});

describe('signOut', () => {
  it('POSTs with the CSRF token in x-csrf-token', async () => {
    let seen: { url: string; method?: string; token?: string | null } = { url: '' };
    const ok = await signOut('tok', async (input, init) => {
      seen = {
        url: String(input),
        method: init?.method,
        token: new Headers(init?.headers).get('x-csrf-token'),
      };
      return new Response(null, { status: 204 });
    });
    expect(ok).toBe(true);
    expect(seen).toEqual({ url: LOGOUT_URL, method: 'POST', token: 'tok' });
    expect(await signOut('tok', respond(403, {}))).toBe(false);
  });
});

describe('loginProblem', () => {
  it('maps the server codes to messages', () => {
    expect(loginProblem('')).toBeNull();
    expect(loginProblem('?innlogging=ukjent-bruker')).toBe('staff.login.error.unknownUser');
    expect(loginProblem('?innlogging=flere-tjenester')).toBe('staff.login.error.ambiguous');
    expect(loginProblem('?innlogging=avbrutt')).toBe('staff.login.error.cancelled');
    expect(loginProblem('?innlogging=feilet')).toBe('staff.login.error.failed');
    expect(loginProblem('?innlogging=<script>')).toBe('staff.login.error.failed');
  });
});
