import type { FastifyInstance } from 'fastify';
import pino, { type Logger } from 'pino';
import type { Config } from '../../config/config.js';
import type { AppDeps } from '../http/app.js';
import { startDevIdp, type DevIdp } from './dev-idp/dev-idp.js';
import type { DevStaffUser } from './dev-idp/pages.js';
import { RelyingParty, SIGN_IN_KINDS } from './relying-party.js';
import type { SessionContext } from './session-store.js';

export interface AuthRuntimeOptions {
  /** Milliseconds since the epoch. Tests pass a clock they can move; the server uses Date.now. */
  clock?: () => number;
  logger?: Logger;
  /** A fetch for the relying party's calls to the IdP (tests use it to play a forging IdP). */
  fetch?: typeof fetch;
}

/**
 * Everything sign-in needs at run time: the clock and limits of sessions, the relying party, and
 * the development IdP when the configuration asks for one. Made once per server.
 */
export class AuthRuntime implements SessionContext {
  readonly clock: () => number;
  readonly settings: SessionContext['settings'];
  readonly relyingParty: RelyingParty;
  #devIdp: DevIdp | undefined;
  readonly #logger: Logger;

  constructor(
    private readonly config: Config,
    options: AuthRuntimeOptions = {},
  ) {
    this.clock = options.clock ?? Date.now;
    this.#logger = options.logger ?? pino({ level: 'silent' });
    this.settings = {
      idleMs: config.auth.session.idleMinutes * 60_000,
      absoluteMs: config.auth.session.absoluteHours * 3_600_000,
    };
    this.relyingParty = new RelyingParty(config.http.publicUrl, { fetch: options.fetch });
    for (const kind of SIGN_IN_KINDS) {
      const settings = config.auth[kind];
      if (settings === 'dev') continue;
      this.relyingParty.use(kind, {
        issuer: settings.issuer,
        clientId: settings.clientId,
        clientSecret: settings.clientSecret.reveal(),
        allowHttp: false,
      });
    }
  }

  /**
   * Called once the server listens and knows its address: sets the redirect URIs and starts the
   * development IdP if a kind of user has no external issuer (never in production).
   */
  async start(options: { publicUrl: string; demoStaff: readonly DevStaffUser[] }): Promise<void> {
    this.relyingParty.setRedirectBase(options.publicUrl);
    const dev = this.config.auth.devIdp;
    if (!dev || this.#devIdp) return;
    if (this.config.env === 'production') throw new Error('the development IdP never runs in production');
    const rpBaseUrls = loopbackAliases(options.publicUrl);
    this.#devIdp = await startDevIdp({
      host: this.config.http.host,
      port: dev.port,
      portIsDefault: dev.portIsDefault,
      rpBaseUrls,
      staff: options.demoStaff,
      logger: this.#logger,
    });
    for (const kind of SIGN_IN_KINDS) {
      if (this.config.auth[kind] !== 'dev') continue;
      this.relyingParty.use(kind, {
        issuer: this.#devIdp.issuer,
        ...this.#devIdp.clients[kind],
        allowHttp: true,
        alternateBases: rpBaseUrls,
      });
    }
  }

  /** The development IdP's address, when it runs. */
  get devIdpUrl(): string | undefined {
    return this.#devIdp?.issuer;
  }

  async close(): Promise<void> {
    const idp = this.#devIdp;
    this.#devIdp = undefined;
    await idp?.close();
  }
}

const LOOPBACK = ['localhost', '127.0.0.1'];

/**
 * The public URL and, when it is on this machine, the same address by its other loopback name:
 * a developer (or a test) may open http://localhost:8080 or http://127.0.0.1:8080, and cookies
 * are per host name, so sign-in must come back to the one the browser used.
 */
export function loopbackAliases(publicUrl: string): string[] {
  const url = new URL(publicUrl);
  if (!LOOPBACK.includes(url.hostname)) return [publicUrl];
  const path = url.pathname.replace(/\/+$/, '');
  const others = LOOPBACK.filter((h) => h !== url.hostname).map(
    (h) => `${url.protocol}//${h}:${url.port}${path}`,
  );
  return [publicUrl.replace(/\/+$/, ''), ...others];
}

const DEFAULTS = new WeakMap<AppDeps, AuthRuntime>();
const BY_SERVER = new WeakMap<object, AuthRuntime>();

/** The app's runtime: the one it was given, or (tests of other modules) one made from the config. */
export function authRuntimeOf(deps: AppDeps): AuthRuntime {
  if (deps.auth) return deps.auth;
  let runtime = DEFAULTS.get(deps);
  if (!runtime) {
    runtime = new AuthRuntime(deps.config, { logger: deps.logger });
    DEFAULTS.set(deps, runtime);
  }
  return runtime;
}

/** Remembers which runtime serves an app, so test helpers can create sessions with its clock. */
export function registerAuthRuntime(app: FastifyInstance, runtime: AuthRuntime): void {
  BY_SERVER.set(app.server, runtime);
}

export function authRuntimeOfApp(app: FastifyInstance): AuthRuntime {
  const runtime = BY_SERVER.get(app.server);
  if (!runtime) throw new Error('this app has no sign-in runtime (was it built with buildApp?)');
  return runtime;
}
