import * as oidc from 'openid-client';

export type SignInKind = 'staff' | 'citizen';
export const SIGN_IN_KINDS: readonly SignInKind[] = ['staff', 'citizen'];

/** The assurance level a citizen must have signed in with: ID-porten "high" (e.g. BankID). */
export const CITIZEN_ACR = 'idporten-loa-high';

export interface IssuerSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Plain http to the issuer; only for the development IdP on this machine. */
  allowHttp: boolean;
  /**
   * Other addresses of Vern registered at this issuer besides the public URL (the development
   * IdP registers localhost and 127.0.0.1 alike). A sign-in uses the one the browser came to.
   */
  alternateBases?: readonly string[];
}

/** What the callback must check the answer against; kept server-side between the two requests. */
export interface FlowSecrets {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export type VerifiedIdentity =
  | { kind: 'staff'; sub: string; username: string; name: string | undefined }
  | { kind: 'citizen'; sub: string; pid: string; acr: string; name: string | undefined };

export type SignInFailure =
  'not_configured' | 'idp_unavailable' | 'cancelled' | 'invalid_response' | 'claims_missing' | 'acr_too_low';

/** A refused sign-in. `detail` is an error code for the log; it never holds a token or a claim value. */
export class SignInRefused extends Error {
  override name = 'SignInRefused';
  constructor(
    readonly reason: SignInFailure,
    readonly detail?: string,
  ) {
    super(`sign-in refused: ${reason}${detail ? ` (${detail})` : ''}`);
  }
}

/**
 * ID-porten's ID token holds the fødselsnummer (pid) only; with `profile` the eIDs that know the
 * name (BankID, Buypass) add it, so a signed-in reporter's name is vouched for, not typed.
 */
const SCOPES: Record<SignInKind, string> = { staff: 'openid profile', citizen: 'openid profile' };

/**
 * The OpenID Connect relying party (openid-client 6): authorization code flow with PKCE (S256),
 * state and nonce. The ID token is checked in full on every sign-in, signature included, even
 * though it comes straight from the token endpoint: issuer, audience, expiry, nonce, and an RS256
 * signature by a key in the issuer's JWKS. Anything else is refused.
 */
export class RelyingParty {
  readonly #issuers = new Map<SignInKind, IssuerSettings>();
  readonly #configurations = new Map<SignInKind, Promise<oidc.Configuration>>();
  #redirectBase: string;

  constructor(
    redirectBase: string,
    private readonly options: { fetch?: typeof fetch } = {},
  ) {
    this.#redirectBase = redirectBase.replace(/\/+$/, '');
  }

  /** Vern's public base URL, once the server knows its real port. */
  setRedirectBase(url: string): void {
    this.#redirectBase = url.replace(/\/+$/, '');
  }

  use(kind: SignInKind, settings: IssuerSettings): void {
    this.#issuers.set(kind, settings);
    this.#configurations.delete(kind);
  }

  isConfigured(kind: SignInKind): boolean {
    return this.#issuers.has(kind);
  }

  issuerOf(kind: SignInKind): string | undefined {
    return this.#issuers.get(kind)?.issuer;
  }

  /**
   * Where the identity provider sends the browser back: the public URL, or a registered alternate
   * with the same host as the request (`host` is the request's Host header). Only registered
   * addresses are ever used, so the Host header cannot send anyone elsewhere.
   */
  redirectUri(kind: SignInKind, host?: string): string {
    const alternate = this.#issuers
      .get(kind)
      ?.alternateBases?.find((base) => host !== undefined && new URL(base).host === host);
    return `${(alternate ?? this.#redirectBase).replace(/\/+$/, '')}/api/auth/${kind}/callback`;
  }

  #configuration(kind: SignInKind): Promise<oidc.Configuration> {
    const cached = this.#configurations.get(kind);
    if (cached) return cached;
    const settings = this.#issuers.get(kind);
    if (!settings) return Promise.reject(new SignInRefused('not_configured'));
    const execute = [
      oidc.enableNonRepudiationChecks,
      ...(settings.allowHttp ? [oidc.allowInsecureRequests] : []),
    ];
    const discovered = oidc
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        { client_secret: settings.clientSecret, id_token_signed_response_alg: 'RS256' },
        oidc.ClientSecretBasic(settings.clientSecret),
        { execute, ...(this.options.fetch ? { [oidc.customFetch]: this.options.fetch } : {}) },
      )
      .catch((error: unknown) => {
        // Try again on the next sign-in: the IdP may just have been down.
        this.#configurations.delete(kind);
        throw new SignInRefused('idp_unavailable', codeOf(error));
      });
    this.#configurations.set(kind, discovered);
    return discovered;
  }

  /** The authorization request to send the browser to, and the secrets to keep for the callback. */
  async begin(kind: SignInKind, host?: string): Promise<{ url: URL; secrets: FlowSecrets }> {
    const configuration = await this.#configuration(kind);
    const secrets: FlowSecrets = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
    };
    const parameters: Record<string, string> = {
      redirect_uri: this.redirectUri(kind, host),
      scope: SCOPES[kind],
      state: secrets.state,
      nonce: secrets.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(secrets.codeVerifier),
      code_challenge_method: 'S256',
    };
    if (kind === 'citizen') parameters.acr_values = CITIZEN_ACR;
    return { url: oidc.buildAuthorizationUrl(configuration, parameters), secrets };
  }

  /**
   * Checks the identity provider's answer (the callback's query string) against the flow's
   * secrets, redeems the code and returns who signed in. Throws SignInRefused otherwise.
   */
  async finish(
    kind: SignInKind,
    query: string,
    secrets: FlowSecrets,
    host?: string,
  ): Promise<VerifiedIdentity> {
    const configuration = await this.#configuration(kind);
    // The flow cookie is bound to the host the flow started on, so this is the same redirect URI.
    const currentUrl = new URL(this.redirectUri(kind, host));
    currentUrl.search = query;
    let claims: oidc.IDToken | undefined;
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: secrets.codeVerifier,
        expectedState: secrets.state,
        expectedNonce: secrets.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
    } catch (error) {
      if (error instanceof oidc.AuthorizationResponseError) throw new SignInRefused('cancelled', error.error);
      throw new SignInRefused('invalid_response', codeOf(error));
    }
    if (!claims) throw new SignInRefused('invalid_response', 'no_id_token');
    return identityOf(kind, claims);
  }
}

/** Our own rules on top of the protocol: who the claims say this is, and how strongly. */
export function identityOf(kind: SignInKind, claims: oidc.IDToken): VerifiedIdentity {
  switch (kind) {
    case 'staff': {
      const username = claims.preferred_username;
      if (typeof username !== 'string' || username.length === 0 || username.length > 256) {
        throw new SignInRefused('claims_missing', 'preferred_username');
      }
      const name = typeof claims.name === 'string' ? claims.name : undefined;
      return { kind, sub: claims.sub, username: username.toLowerCase(), name };
    }
    case 'citizen': {
      const { pid, acr } = claims;
      if (acr !== CITIZEN_ACR)
        throw new SignInRefused('acr_too_low', typeof acr === 'string' ? acr.slice(0, 40) : 'none');
      if (typeof pid !== 'string' || !/^[0-9]{11}$/.test(pid))
        throw new SignInRefused('claims_missing', 'pid');
      return { kind, sub: claims.sub, pid, acr, name: citizenName(claims) };
    }
    default: {
      const unreachable: never = kind;
      throw new Error(`unknown sign-in kind ${String(unreachable)}`);
    }
  }
}

/** The name in the ID token (name, or given and family name), tidied; undefined if none or odd. */
export function citizenName(claims: oidc.IDToken): string | undefined {
  const parts = [claims.given_name, claims.family_name].filter((p) => typeof p === 'string');
  const raw = typeof claims.name === 'string' ? claims.name : parts.join(' ');
  const control = [...raw].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
  const name = raw.replace(/\s+/g, ' ').trim();
  return !control && name.length > 0 && name.length <= 200 ? name : undefined;
}

function codeOf(error: unknown): string {
  const e = error as { code?: unknown; name?: unknown };
  return typeof e?.code === 'string' ? e.code : typeof e?.name === 'string' ? e.name : 'unknown';
}
