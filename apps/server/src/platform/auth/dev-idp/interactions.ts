import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import type { InteractionResults } from 'oidc-provider';
import {
  ACR_HIGH,
  ACR_LEVELS,
  CITIZEN_CLIENT_ID,
  STAFF_CLIENT_ID,
  subjectFor,
  type AccountStore,
} from './accounts.js';
import {
  citizenLoginPage,
  DEV_IDP_CSS,
  errorPage,
  staffLoginPage,
  STYLESHEET_PATH,
  type DevStaffUser,
} from './pages.js';
import { TEST_CITIZENS } from './test-users.js';

export interface DevIdpContext {
  provider: Provider;
  providerHandler: (req: IncomingMessage, res: ServerResponse) => unknown;
  accounts: AccountStore;
  staff: readonly DevStaffUser[];
  /** Where the login form's redirect chain ends (Vern's callback): allowed by form-action. */
  rpOrigins: readonly string[];
  /** The name of oidc-provider's session cookie (and the prefix of its signature cookie). */
  sessionCookie: string;
}

const INTERACTION = /^\/interaction\/([A-Za-z0-9_-]{1,64})(?:\/(login|abort))?$/;
const USERNAME = /^[a-z0-9._-]{2,64}$/;
const BODY_LIMIT = 4096;

function securityHeaders(res: ServerResponse, rpOrigins: readonly string[]): void {
  // The pages have no scripts and no inline styles; a login form may only go to us, and the
  // redirects after it end at Vern's callback, which form-action must allow as well.
  res.setHeader(
    'content-security-policy',
    `default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self' ${rpOrigins.join(' ')}; frame-ancestors 'none'; base-uri 'none'`,
  );
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('cache-control', 'no-store');
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  if (!String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
    return new URLSearchParams();
  }
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > BODY_LIMIT) throw new Error('form too large');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function requestedAcr(params: Record<string, unknown>): string | undefined {
  const values = typeof params.acr_values === 'string' ? params.acr_values.split(' ') : [];
  return values.find((v) => ACR_LEVELS.includes(v));
}

type Outcome = { result: InteractionResults } | { page: string };

function staffLogin(context: DevIdpContext, uid: string, form: URLSearchParams): Outcome {
  const username = (form.get('username') ?? '').trim().toLowerCase();
  if (!USERNAME.test(username)) {
    const error =
      'Skriv et brukernavn på 2 til 64 tegn: små bokstaver, tall, punktum, bindestrek eller understrek.';
    return { page: staffLoginPage({ uid, staff: context.staff, error, username: username.slice(0, 64) }) };
  }
  const known = context.staff.find((s) => s.username === username);
  const sub = subjectFor('staff', username);
  context.accounts.set(sub, { preferred_username: username, name: known?.displayName ?? username });
  return { result: { login: { accountId: sub, remember: false, amr: ['pwd'] } } };
}

function citizenLogin(
  context: DevIdpContext,
  uid: string,
  form: URLSearchParams,
  params: Record<string, unknown>,
): Outcome {
  const pid = (form.get('pid') ?? '').replace(/\s+/g, '');
  const requested = requestedAcr(params);
  if (!/^[0-9]{11}$/.test(pid)) {
    const error = 'Fødselsnummeret må ha 11 siffer.';
    return {
      page: citizenLoginPage({
        uid,
        citizens: TEST_CITIZENS,
        requestedAcr: requested,
        error,
        pid: pid.slice(0, 11),
      }),
    };
  }
  const chosen = form.get('acr');
  const acr = chosen && ACR_LEVELS.includes(chosen) ? chosen : (requested ?? ACR_HIGH);
  const sub = subjectFor('citizen', pid);
  // A test citizen's name comes with the profile scope, as BankID's does through ID-porten; a
  // number typed by hand has none, as with MinID.
  const known = TEST_CITIZENS.find((c) => c.pid === pid);
  context.accounts.set(sub, known ? { pid, name: known.name } : { pid });
  return { result: { login: { accountId: sub, acr, amr: ['TestID'], remember: false } } };
}

async function interaction(
  context: DevIdpContext,
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
  action: string | undefined,
): Promise<void> {
  let details;
  try {
    details = await context.provider.interactionDetails(req, res);
  } catch {
    const message =
      'Innloggingen er utløpt eller ble startet i en annen nettleser. Gå tilbake til Vern og logg inn på nytt.';
    return sendHtml(res, 400, errorPage('Innloggingen er utløpt', message));
  }
  if (details.uid !== uid)
    return sendHtml(res, 400, errorPage('Ugyldig innlogging', 'Adressen passer ikke til innloggingen.'));
  const clientId = details.params.client_id;
  const finish = (result: InteractionResults) =>
    context.provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });

  if (req.method === 'POST' && action === 'abort') {
    return finish({ error: 'access_denied', error_description: 'The user cancelled the sign-in' });
  }
  if (details.prompt.name !== 'login') {
    return sendHtml(res, 400, errorPage('Uventet steg', 'Utviklings-IdP-en ventet en innlogging her.'));
  }
  if (req.method === 'GET' && action === undefined) {
    if (clientId === STAFF_CLIENT_ID)
      return sendHtml(res, 200, staffLoginPage({ uid, staff: context.staff }));
    if (clientId === CITIZEN_CLIENT_ID) {
      const page = citizenLoginPage({
        uid,
        citizens: TEST_CITIZENS,
        requestedAcr: requestedAcr(details.params),
      });
      return sendHtml(res, 200, page);
    }
  }
  if (req.method === 'POST' && action === 'login') {
    const form = await readForm(req);
    const outcome =
      clientId === STAFF_CLIENT_ID
        ? staffLogin(context, uid, form)
        : clientId === CITIZEN_CLIENT_ID
          ? citizenLogin(context, uid, form, details.params)
          : undefined;
    if (outcome && 'page' in outcome) return sendHtml(res, 400, outcome.page);
    if (outcome) return finish(outcome.result);
  }
  res.writeHead(405, { allow: 'GET, POST' }).end();
}

/** Our own routes (stylesheet, login pages) first; everything else is oidc-provider's. */
export async function handleDevIdpRequest(
  context: DevIdpContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  securityHeaders(res, context.rpOrigins);
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  if (path === STYLESHEET_PATH && (req.method === 'GET' || req.method === 'HEAD')) {
    res.writeHead(200, { 'content-type': 'text/css; charset=utf-8' });
    res.end(req.method === 'HEAD' ? undefined : DEV_IDP_CSS);
    return;
  }
  const match = INTERACTION.exec(path);
  if (match?.[1]) return interaction(context, req, res, match[1], match[2]);
  if ((path === '/auth' || path.startsWith('/auth/')) && req.headers.cookie) {
    // A development IdP must let you switch users, so the authorization endpoint (and its resume
    // after login) never sees the IdP's own session: it asks who you are each time, and never has
    // an old account to sign out first (oidc-provider would do that with a self-submitting page
    // that a strict CSP stops).
    req.headers.cookie = req.headers.cookie
      .split(';')
      .filter((c) => !c.trim().startsWith(`${context.sessionCookie}`))
      .join(';');
  }
  await context.providerHandler(req, res);
}
