import { describe, expect, it } from 'vitest';
import { fetchCitizenSession, loginProblem, signOut } from './session';

const respond =
  (status: number, body: unknown): typeof fetch =>
  async () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('citizen session', () => {
  it('returns the citizen session, and null for 401 or a staff session', async () => {
    const citizen = { kind: 'citizen', pidMasked: '148385*****', acr: 'idporten-loa-high', csrfToken: 't' };
    expect(await fetchCitizenSession(respond(200, citizen))).toEqual(citizen);
    expect(await fetchCitizenSession(respond(401, {}))).toBeNull();
    expect(await fetchCitizenSession(respond(200, { kind: 'staff', csrfToken: 't' }))).toBeNull();
  });

  it('signs out with the CSRF header', async () => {
    let token: string | null = null;
    await signOut('abc', async (_input, init) => {
      token = new Headers(init?.headers).get('x-csrf-token');
      return new Response(null, { status: 204 });
    });
    expect(token).toBe('abc');
  });

  it('maps ?innlogging= to a message', () => {
    expect(loginProblem('')).toBeNull();
    expect(loginProblem('?innlogging=avbrutt')).toBe('portal.login.error.cancelled');
    expect(loginProblem('?innlogging=feilet')).toBe('portal.login.error.failed');
  });
});
