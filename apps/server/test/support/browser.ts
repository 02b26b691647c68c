/**
 * A tiny stand-in for a browser, for sign-in tests over real HTTP: a cookie jar per host and
 * manual redirects, so a test can see (and tamper with) every hop of an OpenID Connect flow.
 */
export class CookieJar {
  readonly #cookies = new Map<string, Map<string, string>>();

  /** Keeps the Set-Cookie headers of a response (expired or emptied cookies are dropped). */
  store(url: string, response: Response): void {
    const host = new URL(url).host;
    const jar = this.#cookies.get(host) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some(
        (a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=thu, 01 jan 1970/i.test(a),
      );
      if (expired || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    this.#cookies.set(host, jar);
  }

  set(url: string, name: string, value: string): void {
    const host = new URL(url).host;
    const jar = this.#cookies.get(host) ?? new Map<string, string>();
    jar.set(name, value);
    this.#cookies.set(host, jar);
  }

  get(url: string, name: string): string | undefined {
    return this.#cookies.get(new URL(url).host)?.get(name);
  }

  header(url: string): string {
    return [...(this.#cookies.get(new URL(url).host) ?? new Map<string, string>())]
      .map(([n, v]) => `${n}=${v}`)
      .join('; ');
  }
}

export interface Hop {
  url: string;
  response: Response;
}

/** One request with the jar's cookies, no redirect following. */
export async function request(jar: CookieJar, url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const cookie = jar.header(url);
  if (cookie) headers.set('cookie', cookie);
  const response = await fetch(url, { ...init, headers, redirect: 'manual' });
  jar.store(url, response);
  return response;
}

/**
 * Follows redirects from `response` with GETs while they stay on the identity provider or in
 * Vern's API, and returns every hop. It stops before a page outside /api (the front end), where a
 * real browser would render the app.
 */
export async function follow(jar: CookieJar, from: Hop, appOrigin: string): Promise<Hop[]> {
  const hops: Hop[] = [from];
  let current = from;
  for (let i = 0; i < 20; i++) {
    const location = current.response.headers.get('location');
    if (current.response.status < 300 || current.response.status >= 400 || !location) return hops;
    const next = new URL(location, current.url);
    if (next.origin === appOrigin && !next.pathname.startsWith('/api/')) return hops;
    await current.response.arrayBuffer();
    current = { url: next.href, response: await request(jar, next.href) };
    hops.push(current);
  }
  throw new Error('too many redirects');
}

/** The form action of a login page (the first form that posts to /interaction/.../login). */
export function loginFormAction(html: string, pageUrl: string): string {
  const match = /<form method="post" action="(\/interaction\/[A-Za-z0-9_-]+\/login)">/.exec(html);
  if (!match?.[1]) throw new Error('no login form on the page');
  return new URL(match[1], pageUrl).href;
}

export interface SignInRun {
  jar: CookieJar;
  /** Every hop from Vern's login endpoint to the IdP's login page. */
  toLoginPage: Hop[];
  loginPageHtml: string;
  /** Every hop from the login form's POST to Vern's callback answer. */
  afterLogin: Hop[];
  /** Vern's callback response (the last hop). */
  callback: Response;
}

/**
 * Signs in through the development IdP over HTTP as a browser would: Vern's login endpoint, the
 * IdP's authorization endpoint, its login page, the form post, and back to Vern's callback.
 */
export async function browserSignIn(
  appUrl: string,
  kind: 'staff' | 'citizen',
  form: Record<string, string>,
  options: { jar?: CookieJar; returnTo?: string } = {},
): Promise<SignInRun> {
  const jar = options.jar ?? new CookieJar();
  const appOrigin = new URL(appUrl).origin;
  const query = options.returnTo ? `?returnTo=${encodeURIComponent(options.returnTo)}` : '';
  const start = `${appUrl}/api/auth/${kind}/login${query}`;
  const toLoginPage = await follow(jar, { url: start, response: await request(jar, start) }, appOrigin);
  const page = toLoginPage.at(-1);
  if (!page || page.response.status !== 200) {
    throw new Error(`expected the IdP's login page, got ${page?.response.status} at ${page?.url}`);
  }
  const loginPageHtml = await page.response.text();
  const action = loginFormAction(loginPageHtml, page.url);
  const posted = await request(jar, action, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  const afterLogin = await follow(jar, { url: action, response: posted }, appOrigin);
  const last = afterLogin.at(-1);
  if (!last) throw new Error('no callback');
  return { jar, toLoginPage, loginPageHtml, afterLogin, callback: last.response };
}
