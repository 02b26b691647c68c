import type { FastifyReply } from 'fastify';

/**
 * The two cookies of sign-in. The `__Host-` prefix makes the browser refuse them unless they are
 * Secure, have Path=/ and no Domain: no subdomain and no plain-http page can set or shadow them.
 * Browsers treat http://localhost as secure, so this holds in development too.
 */
export const SESSION_COOKIE = '__Host-vern_session';
export const FLOW_COOKIE = '__Host-vern_flow';

const NAME = /^[A-Za-z0-9_-]+$/;

/** The value of the first cookie with this name in a Cookie header, or undefined. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** A Set-Cookie value with the attributes every Vern cookie has. */
export function cookieHeader(name: string, value: string, options: { maxAgeSeconds?: number } = {}): string {
  if (!NAME.test(value) && value !== '') throw new Error('cookie values are base64url tokens');
  const parts = [`${name}=${value}`, 'Path=/', 'HttpOnly', 'Secure', 'SameSite=Lax'];
  if (options.maxAgeSeconds !== undefined)
    parts.push(`Max-Age=${Math.max(0, Math.floor(options.maxAgeSeconds))}`);
  return parts.join('; ');
}

export function clearCookieHeader(name: string): string {
  return cookieHeader(name, '', { maxAgeSeconds: 0 });
}

/** Adds a Set-Cookie header without dropping one set earlier in the same response. */
export function appendSetCookie(reply: FastifyReply, value: string): void {
  const existing = reply.getHeader('set-cookie');
  const list =
    existing === undefined ? [] : Array.isArray(existing) ? existing.map(String) : [String(existing)];
  reply.removeHeader('set-cookie');
  reply.header('set-cookie', [...list.filter((c) => !sameCookie(c, value)), value]);
}

function sameCookie(a: string, b: string): boolean {
  return a.slice(0, a.indexOf('=')) === b.slice(0, b.indexOf('='));
}
