import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * Every setting Vern reads, validated once at boot. The result is frozen; nothing else in the
 * server reads process.env. Secrets are wrapped in `Secret` so that they cannot end up in a log
 * line or an error message by accident (their toString/toJSON print a placeholder).
 */
export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  toString(): string {
    return '[secret]';
  }
  toJSON(): string {
    return '[secret]';
  }
}

export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    readonly reason: string,
  ) {
    super(`invalid configuration: ${setting}: ${reason}`);
    this.name = 'ConfigError';
  }
}

/** In development the XSD is in the reference folder beside the repository; set it in an installation. */
const DEFAULT_REGISTRY_XSD = fileURLToPath(
  new URL('../../../../../shared/reference/ssb-barnevern/Barnevern_v4.xsd', import.meta.url),
);

const Env = z.enum(['development', 'test', 'production']);
const LogLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

const booleanText = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), { message: 'must be a postgres:// or postgresql:// URL' });

const portNumber = z.coerce
  .number({ message: 'must be a whole number from 0 to 65535' })
  .int({ message: 'must be a whole number from 0 to 65535' })
  .min(0, { message: 'must be a whole number from 0 to 65535' })
  .max(65535, { message: 'must be a whole number from 0 to 65535' });

const issuerUrl = z.url({ message: 'must be the absolute URL of an OpenID Connect issuer' });

const clientSecret = z.string().min(16, { message: 'must be at least 16 characters' });

function wholeNumber(min: number, max: number) {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ message }).int({ message }).min(min, { message }).max(max, { message });
}

/** A number of days from 0.0001 (about 9 seconds) to 365. */
const dayCount = z.coerce
  .number({ message: 'must be a number of days from 0.0001 to 365' })
  .min(0.0001, { message: 'must be a number of days from 0.0001 to 365' })
  .max(365, { message: 'must be a number of days from 0.0001 to 365' });

/** The environment variables, by name, as they come in. Unknown VERN_* variables are refused. */
const RawSettings = z.object({
  VERN_ENV: Env.default('development'),
  PORT: z.coerce
    .number({ message: 'must be a whole number from 0 to 65535' })
    .int({ message: 'must be a whole number from 0 to 65535' })
    .min(0, { message: 'must be a whole number from 0 to 65535' })
    .max(65535, { message: 'must be a whole number from 0 to 65535' })
    .default(8080),
  HOST: z.string().min(1).optional(),
  PUBLIC_URL: z.url({ message: 'must be an absolute http(s) URL' }).optional(),
  VERN_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: postgresUrl.optional(),
  MIGRATION_DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce
    .number({ message: 'must be a whole number from 1 to 200' })
    .int()
    .min(1, { message: 'must be a whole number from 1 to 200' })
    .max(200, { message: 'must be a whole number from 1 to 200' })
    .default(10),
  LOG_LEVEL: LogLevel.optional(),
  VERN_SEED_DEMO: booleanText.optional(),
  TRUST_PROXY: booleanText.default(false),
  STAFF_OIDC_ISSUER: issuerUrl.optional(),
  STAFF_OIDC_CLIENT_ID: z.string().min(1).max(200).optional(),
  STAFF_OIDC_CLIENT_SECRET: clientSecret.optional(),
  CITIZEN_OIDC_ISSUER: issuerUrl.optional(),
  CITIZEN_OIDC_CLIENT_ID: z.string().min(1).max(200).optional(),
  CITIZEN_OIDC_CLIENT_SECRET: clientSecret.optional(),
  DEV_IDP_PORT: portNumber.optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number({ message: 'must be a whole number of minutes from 1 to 720' })
    .int({ message: 'must be a whole number of minutes from 1 to 720' })
    .min(1, { message: 'must be a whole number of minutes from 1 to 720' })
    .max(720, { message: 'must be a whole number of minutes from 1 to 720' })
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number({ message: 'must be a whole number of hours from 1 to 24' })
    .int({ message: 'must be a whole number of hours from 1 to 24' })
    .min(1, { message: 'must be a whole number of hours from 1 to 24' })
    .max(24, { message: 'must be a whole number of hours from 1 to 24' })
    .default(10),
  VERN_REGISTRY_XSD: z.string().min(1).optional(),
  VERN_XMLLINT: z.string().min(1).default('xmllint'),
  VERN_DAILY_AT: z
    .string()
    .regex(/^(off|([01]\d|2[0-3]):[0-5]\d)$/, { message: 'must be a time of day HH:MM (Oslo time) or off' })
    .default('05:00'),
  VERN_REPORT_RATE_LIMIT: z.coerce
    .number({ message: 'must be a whole number of requests per minute from 0 (off) to 100000' })
    .int({ message: 'must be a whole number of requests per minute from 0 (off) to 100000' })
    .min(0, { message: 'must be a whole number of requests per minute from 0 (off) to 100000' })
    .max(100_000, { message: 'must be a whole number of requests per minute from 0 (off) to 100000' })
    .default(20),
  VERN_FORSENDELSE_RELAY: booleanText.default(true),
  VERN_FORSENDELSE_MAX_ATTEMPTS: wholeNumber(1, 100).default(8),
  VERN_FORSENDELSE_BACKOFF_MS: wholeNumber(10, 86_400_000).default(10_000),
  VERN_FORSENDELSE_BACKOFF_MAX_MS: wholeNumber(10, 86_400_000).default(3_600_000),
  VERN_FORSENDELSE_TIMEOUT_MS: wholeNumber(100, 960_000).default(60_000),
  VERN_FORSENDELSE_RELAY_EVERY_MS: wholeNumber(50, 3_600_000).default(1000),
  VERN_FORSENDELSE_POLL_EVERY_MS: wholeNumber(50, 86_400_000).default(60_000),
  // Days, and a fraction of a day where a demo or a test needs to see escalation in seconds.
  VERN_FORSENDELSE_ESCALATE_DAYS: dayCount.default(7),
  VERN_FORSENDELSE_RESEND_DAYS: dayCount.default(3),
  VERN_FORSENDELSE_CHANNELS_URL: z.url({ message: 'must be an absolute http(s) URL' }).optional(),
  VERN_FORSENDELSE_FAKE_FAULTS: z
    .string()
    .regex(/^([a-zA-Z]+=[0-9.]+)(,[a-zA-Z]+=[0-9.]+)*$/, {
      message: 'must be name=number pairs separated by commas',
    })
    .optional(),
  VERN_ENHETSREGISTERET_URL: z.url({ message: 'must be an absolute http(s) URL' }).optional(),
});

/** Variables of the test, benchmark and debugging tools, which the server itself does not read. */
const TOOL_VARS = /^VERN_(TEST|E2E|BENCH)_[A-Z0-9_]+$|^VERN_DEBUG_STACK$/;

const KNOWN_VERN_VARS = new Set(Object.keys(RawSettings.shape).filter((k) => k.startsWith('VERN_')));

export type VernEnv = z.infer<typeof Env>;

export interface Config {
  readonly env: VernEnv;
  readonly http: {
    readonly port: number;
    readonly host: string;
    /** The address people use to reach Vern; https here turns on HSTS and Secure-only cookies. */
    readonly publicUrl: string;
    readonly behindTls: boolean;
    readonly trustProxy: boolean;
  };
  readonly database:
    | { readonly kind: 'pglite'; readonly dataDir: string }
    | {
        readonly kind: 'postgres';
        readonly url: Secret;
        readonly migrationUrl: Secret;
        readonly poolSize: number;
      };
  readonly logLevel: z.infer<typeof LogLevel>;
  readonly seedDemo: boolean;
  readonly auth: {
    /** An external identity provider, or `dev`: the bundled development IdP serves this kind. */
    readonly staff: OidcClientSettings | 'dev';
    readonly citizen: OidcClientSettings | 'dev';
    /** Where the development IdP listens (0 = any free port); null when it is not started. */
    readonly devIdp: { readonly port: number; readonly portIsDefault: boolean } | null;
    readonly session: { readonly idleMinutes: number; readonly absoluteHours: number };
  };
  /** The national registry export: the XSD its files are validated against, and the validator. */
  readonly registry: { readonly xsdPath: string; readonly xmllint: string };
  /** When the daily deadline run starts each day (Oslo time, minutes after midnight); null: never. */
  readonly dailyAtMinute: number | null;
  /** Requests per minute one client address may make to the public report form's routes; 0: no limit. */
  readonly reportRateLimit: number;
  /** Outbound dispatch (forsendelse): the relay, the channels and Enhetsregisteret. */
  readonly forsendelse: ForsendelseSettings;
}

export interface ForsendelseSettings {
  /** Whether this process runs the outbox relay and status poller (any number of processes may). */
  readonly relay: boolean;
  readonly maxAttempts: number;
  readonly backoffBaseMs: number;
  readonly backoffMaxMs: number;
  /** How long one channel call may take before it counts as a timeout (outcome unknown). */
  readonly timeoutMs: number;
  /** How long a claim holds an outbox row: two channel calls (lookup and send) and a margin. */
  readonly leaseMs: number;
  readonly relayEveryMs: number;
  readonly pollEveryMs: number;
  readonly escalateAfterDays: number;
  readonly resendAfterDays: number;
  /**
   * Where the channels are (SvarUt's forsendelse API under /svarut, the digital mailbox under
   * /digital, print under /print, KRR under /krr); null: the local fakes in this process (outside
   * production), or none (production: queued mail waits until it is set).
   */
  readonly channelsUrl: string | null;
  /** Fault settings of the in-process fakes (demo and manual tests), e.g. `fail=0.3,timeout=0.1`. */
  readonly fakeFaults: string | null;
  /** Enhetsregisteret's API; null: the local fake (outside production only). */
  readonly enhetsregisteretUrl: string | null;
}

export interface OidcClientSettings {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: Secret;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !(value instanceof Secret)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Reads and validates the settings; throws ConfigError naming the first bad setting. */
export function loadConfig(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): Config {
  for (const name of Object.keys(env)) {
    if (name.startsWith('VERN_') && !KNOWN_VERN_VARS.has(name) && !TOOL_VARS.test(name)) {
      throw new ConfigError(name, 'is not a setting Vern knows (check the spelling)');
    }
  }
  const input = Object.fromEntries(
    Object.keys(RawSettings.shape)
      .filter((k) => env[k] !== undefined && env[k] !== '')
      .map((k) => [k, env[k]]),
  );
  const parsed = RawSettings.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const setting = String(issue?.path[0] ?? 'configuration');
    const secretSetting =
      (setting.includes('URL') && setting.includes('DATABASE')) || setting.includes('SECRET');
    const got = !secretSetting && env[setting] !== undefined ? ` (got "${env[setting]}")` : '';
    throw new ConfigError(setting, `${issue?.message ?? 'is invalid'}${got}`);
  }
  const s = parsed.data;
  if (s.VERN_ENV === 'production' && !s.DATABASE_URL) {
    throw new ConfigError(
      'DATABASE_URL',
      'is required when VERN_ENV=production (embedded PostgreSQL is for development)',
    );
  }
  if (s.MIGRATION_DATABASE_URL && !s.DATABASE_URL) {
    throw new ConfigError('MIGRATION_DATABASE_URL', 'needs DATABASE_URL as well');
  }
  const auth = authSettings(s);
  const host = s.HOST ?? (s.VERN_ENV === 'production' ? '0.0.0.0' : '127.0.0.1');
  const shownHost = host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  const publicUrl = (s.PUBLIC_URL ?? `http://${shownHost}:${s.PORT}`).replace(/\/+$/, '');
  const config: Config = {
    env: s.VERN_ENV,
    http: {
      port: s.PORT,
      host,
      publicUrl,
      behindTls: publicUrl.startsWith('https://'),
      trustProxy: s.TRUST_PROXY,
    },
    database: s.DATABASE_URL
      ? {
          kind: 'postgres',
          url: new Secret(s.DATABASE_URL),
          migrationUrl: new Secret(s.MIGRATION_DATABASE_URL ?? s.DATABASE_URL),
          poolSize: s.DATABASE_POOL_SIZE,
        }
      : { kind: 'pglite', dataDir: path.resolve(cwd, s.VERN_DATA_DIR) },
    logLevel: s.LOG_LEVEL ?? (s.VERN_ENV === 'test' ? 'warn' : 'info'),
    seedDemo: s.VERN_SEED_DEMO ?? s.VERN_ENV !== 'production',
    auth,
    registry: {
      xsdPath: s.VERN_REGISTRY_XSD ? path.resolve(cwd, s.VERN_REGISTRY_XSD) : DEFAULT_REGISTRY_XSD,
      xmllint: s.VERN_XMLLINT,
    },
    dailyAtMinute:
      s.VERN_DAILY_AT === 'off'
        ? null
        : Number(s.VERN_DAILY_AT.slice(0, 2)) * 60 + Number(s.VERN_DAILY_AT.slice(3, 5)),
    reportRateLimit: s.VERN_REPORT_RATE_LIMIT,
    forsendelse: {
      relay: s.VERN_FORSENDELSE_RELAY,
      maxAttempts: s.VERN_FORSENDELSE_MAX_ATTEMPTS,
      backoffBaseMs: s.VERN_FORSENDELSE_BACKOFF_MS,
      backoffMaxMs: Math.max(s.VERN_FORSENDELSE_BACKOFF_MS, s.VERN_FORSENDELSE_BACKOFF_MAX_MS),
      timeoutMs: s.VERN_FORSENDELSE_TIMEOUT_MS,
      leaseMs: 2 * s.VERN_FORSENDELSE_TIMEOUT_MS + 10_000,
      relayEveryMs: s.VERN_FORSENDELSE_RELAY_EVERY_MS,
      pollEveryMs: s.VERN_FORSENDELSE_POLL_EVERY_MS,
      escalateAfterDays: s.VERN_FORSENDELSE_ESCALATE_DAYS,
      resendAfterDays: s.VERN_FORSENDELSE_RESEND_DAYS,
      channelsUrl: s.VERN_FORSENDELSE_CHANNELS_URL?.replace(/\/+$/, '') ?? null,
      fakeFaults: s.VERN_FORSENDELSE_FAKE_FAULTS ?? null,
      enhetsregisteretUrl:
        s.VERN_ENHETSREGISTERET_URL?.replace(/\/+$/, '') ??
        (s.VERN_ENV === 'production' ? 'https://data.brreg.no/enhetsregisteret/api' : null),
    },
  };
  return deepFreeze(config);
}

/**
 * Sign-in settings. Each kind of user (staff, citizen) signs in through an external issuer when
 * its three OIDC settings are given; otherwise, outside production, through the development IdP
 * that the server starts itself. Production refuses to start without both external issuers.
 */
function authSettings(s: z.infer<typeof RawSettings>): Config['auth'] {
  const client = (kind: 'STAFF' | 'CITIZEN'): OidcClientSettings | 'dev' => {
    const issuer = s[`${kind}_OIDC_ISSUER`];
    const clientId = s[`${kind}_OIDC_CLIENT_ID`];
    const secret = s[`${kind}_OIDC_CLIENT_SECRET`];
    if (!issuer) {
      if (s.VERN_ENV === 'production') {
        throw new ConfigError(
          `${kind}_OIDC_ISSUER`,
          'is required when VERN_ENV=production (the development IdP is for development)',
        );
      }
      if (clientId || secret) {
        throw new ConfigError(
          `${kind}_OIDC_ISSUER`,
          `is needed when ${kind}_OIDC_CLIENT_ID or _SECRET is set`,
        );
      }
      return 'dev';
    }
    if (s.VERN_ENV === 'production' && !issuer.startsWith('https://')) {
      throw new ConfigError(`${kind}_OIDC_ISSUER`, 'must be an https:// URL in production');
    }
    if (!clientId) throw new ConfigError(`${kind}_OIDC_CLIENT_ID`, `is required with ${kind}_OIDC_ISSUER`);
    if (!secret) throw new ConfigError(`${kind}_OIDC_CLIENT_SECRET`, `is required with ${kind}_OIDC_ISSUER`);
    // The issuer is used exactly as given: discovery compares it byte for byte with the IdP's own.
    return { issuer, clientId, clientSecret: new Secret(secret) };
  };
  const staff = client('STAFF');
  const citizen = client('CITIZEN');
  const needsDevIdp = staff === 'dev' || citizen === 'dev';
  if (s.DEV_IDP_PORT !== undefined && s.DEV_IDP_PORT !== 0 && s.DEV_IDP_PORT === s.PORT) {
    throw new ConfigError('DEV_IDP_PORT', `must differ from PORT (${s.PORT})`);
  }
  const defaultPort = s.PORT === 0 || s.PORT === 65535 ? 0 : s.PORT + 1;
  return {
    staff,
    citizen,
    devIdp: needsDevIdp
      ? { port: s.DEV_IDP_PORT ?? defaultPort, portIsDefault: s.DEV_IDP_PORT === undefined }
      : null,
    session: { idleMinutes: s.SESSION_IDLE_MINUTES, absoluteHours: s.SESSION_ABSOLUTE_HOURS },
  };
}
