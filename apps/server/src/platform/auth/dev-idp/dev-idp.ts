import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type * as OidcProviderModule from 'oidc-provider';
import type { Configuration, JWK, KoaContextWithOIDC } from 'oidc-provider';
import type { Logger } from 'pino';
import { randomToken } from '../secrets.js';
import { ACR_LEVELS, CITIZEN_CLIENT_ID, STAFF_CLIENT_ID, type AccountStore } from './accounts.js';
import { handleDevIdpRequest } from './interactions.js';
import { createMemoryAdapter } from './memory-adapter.js';
import { errorPage, type DevStaffUser } from './pages.js';

export interface DevIdpClient {
  clientId: string;
  clientSecret: string;
}

export interface DevIdp {
  /** The issuer identifier, also the base URL people open: http://localhost:8081. */
  issuer: string;
  clients: { staff: DevIdpClient; citizen: DevIdpClient };
  close(): Promise<void>;
}

export interface DevIdpOptions {
  host: string;
  port: number;
  /** True when DEV_IDP_PORT was not set: then a taken default port falls back to any free one. */
  portIsDefault: boolean;
  /**
   * Vern's public base URL first, then any other address of it (localhost / 127.0.0.1): each gets
   * registered redirect URIs. The issuer uses the first one's host name.
   */
  rpBaseUrls: readonly string[];
  staff: readonly DevStaffUser[];
  logger: Logger;
}

let loading: Promise<typeof OidcProviderModule> | undefined;

/**
 * oidc-provider 9 prints, when loaded, that it supports Node 22 LTS and later. Vern runs it on
 * Node 20 only as the development IdP, where that line is noise on every start and test run; it
 * is held back here and written to the log at debug level instead. Its other warnings (dev keys,
 * dev interactions, memory adapter) are avoided by configuration, not hidden.
 */
function loadOidcProvider(logger: Logger): Promise<typeof OidcProviderModule> {
  loading ??= (async () => {
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      if (String(args[0]).includes('Unsupported runtime')) {
        logger.debug({ event: 'dev-idp-runtime-notice' }, String(args[0]));
      } else warn(...args);
    };
    try {
      return await import('oidc-provider');
    } finally {
      console.warn = warn;
    }
  })();
  return loading;
}

async function listen(server: Server, options: DevIdpOptions): Promise<number> {
  const attempt = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      server.once('error', onError);
      server.listen(port, options.host, () => {
        server.off('error', onError);
        resolve((server.address() as AddressInfo).port);
      });
    });
  try {
    return await attempt(options.port);
  } catch (error) {
    if ((error as { code?: string }).code !== 'EADDRINUSE' || !options.portIsDefault) throw error;
    options.logger.warn(
      { event: 'dev-idp-port-taken', port: options.port },
      'the default development IdP port is taken; using a free one (set DEV_IDP_PORT to choose)',
    );
    return attempt(0);
  }
}

/** A first-party client: the grant is made at login, so there is never a consent screen. */
async function loadExistingGrant(ctx: KoaContextWithOIDC) {
  const { oidc } = ctx;
  const client = oidc.client;
  const accountId = oidc.session?.accountId;
  if (!client || !accountId) return undefined;
  const existingId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(client.clientId);
  const existing = existingId ? await oidc.provider.Grant.find(existingId) : undefined;
  if (existing && existing.accountId === accountId) return existing;
  const grant = new oidc.provider.Grant({ clientId: client.clientId, accountId });
  grant.addOIDCScope(typeof oidc.params?.scope === 'string' ? oidc.params.scope : 'openid');
  await grant.save();
  return grant;
}

/**
 * Starts the development identity provider (OpenID Connect, oidc-provider 9) on its own port,
 * with keys, cookie keys and client secrets made now and never written anywhere. It knows two
 * clients, Vern's staff app and citizen portal, both confidential and both held to PKCE (S256).
 */
export async function startDevIdp(options: DevIdpOptions): Promise<DevIdp> {
  const { default: Provider } = await loadOidcProvider(options.logger);
  // The provider needs the issuer URL, so the port, so it is made after listening; until then: 503.
  const route: { handler?: RequestListener } = {};
  const server = createServer((req, res) => {
    if (route.handler) route.handler(req, res);
    else res.writeHead(503).end();
  });
  const port = await listen(server, options);
  const rpUrls = options.rpBaseUrls.map((u) => new URL(u));
  const issuer = `http://${rpUrls[0]?.hostname ?? 'localhost'}:${port}`;

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingKey = {
    ...privateKey.export({ format: 'jwk' }),
    kid: randomBytes(8).toString('hex'),
    alg: 'RS256',
    use: 'sig',
  } as JWK;
  const clients = {
    staff: { clientId: STAFF_CLIENT_ID, clientSecret: randomToken() },
    citizen: { clientId: CITIZEN_CLIENT_ID, clientSecret: randomToken() },
  };
  const accounts: AccountStore = new Map();
  const bases = rpUrls.map((u) => u.origin + u.pathname.replace(/\/+$/, ''));

  const configuration: Configuration = {
    adapter: createMemoryAdapter(),
    clients: (['staff', 'citizen'] as const).map((kind) => ({
      client_id: clients[kind].clientId,
      client_secret: clients[kind].clientSecret,
      redirect_uris: bases.map((base) => `${base}/api/auth/${kind}/callback`),
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
      id_token_signed_response_alg: 'RS256',
    })),
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomToken()] },
    findAccount: (_ctx, sub) => {
      const claims = accounts.get(sub);
      return claims ? { accountId: sub, claims: () => ({ ...claims, sub }) } : undefined;
    },
    scopes: ['openid', 'profile'],
    // pid rides on the openid scope, as in ID-porten.
    claims: { openid: ['sub', 'pid'], profile: ['name', 'preferred_username'] },
    acrValues: ACR_LEVELS,
    // Put the scope's claims in the ID token itself, as Entra ID and ID-porten do.
    conformIdTokenClaims: false,
    responseTypes: ['code'],
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    loadExistingGrant,
    clientBasedCORS: () => false,
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = errorPage(
        'Innloggingen kunne ikke fullføres',
        `Identitetsleverandøren svarte: ${String(out.error)}. Gå tilbake til Vern og prøv igjen.`,
      );
    },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
      Grant: 600,
    },
  };
  const provider = new Provider(issuer, configuration);
  const providerHandler = provider.callback();
  const context = {
    provider,
    providerHandler,
    accounts,
    staff: options.staff,
    rpOrigins: [...new Set(rpUrls.map((u) => u.origin))],
    sessionCookie: provider.cookieName('session'),
  };
  route.handler = (req, res) => {
    handleDevIdpRequest(context, req, res).catch((error: unknown) => {
      options.logger.error(
        { event: 'dev-idp-error', err: { type: (error as Error)?.name } },
        'dev IdP failed',
      );
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Intern feil i utviklings-IdP');
    });
  };
  options.logger.info({ event: 'dev-idp-started', issuer }, 'development identity provider started');

  return {
    issuer,
    clients,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
