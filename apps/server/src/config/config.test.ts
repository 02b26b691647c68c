import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, Secret } from './config.js';

/** The two external identity providers production needs (sign-in settings). */
const PRODUCTION_IDPS = {
  STAFF_OIDC_ISSUER: 'https://login.example.no/kommune/v2.0',
  STAFF_OIDC_CLIENT_ID: 'vern',
  STAFF_OIDC_CLIENT_SECRET: 'staff-secret-0123456789',
  CITIZEN_OIDC_ISSUER: 'https://idporten.example.no/',
  CITIZEN_OIDC_CLIENT_ID: 'vern-portal',
  CITIZEN_OIDC_CLIENT_SECRET: 'citizen-secret-0123456789',
};

describe('loadConfig', () => {
  it('gives development defaults: port 8080, embedded database in ./data, demo seed on', () => {
    const config = loadConfig({}, '/srv/vern');
    expect(config.env).toBe('development');
    expect(config.http.port).toBe(8080);
    expect(config.http.publicUrl).toBe('http://localhost:8080');
    expect(config.database).toEqual({ kind: 'pglite', dataDir: '/srv/vern/data' });
    expect(config.seedDemo).toBe(true);
    expect(config.http.behindTls).toBe(false);
  });

  it('is frozen all the way down', () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.http)).toBe(true);
    expect(() => {
      (config.http as { port: number }).port = 1;
    }).toThrow(TypeError);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT', 'must be a whole number from 0 to 65535 (got "abc")'],
    [{ PORT: '70000' }, 'PORT', 'must be a whole number'],
    [{ VERN_ENV: 'prod' }, 'VERN_ENV', 'got "prod"'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL', 'got "loud"'],
    [{ PUBLIC_URL: 'vern.example' }, 'PUBLIC_URL', 'must be an absolute http(s) URL'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL', 'must be a postgres:// or postgresql:// URL'],
    [{ VERN_SEED_DEMO: 'maybe' }, 'VERN_SEED_DEMO', 'must be true or false'],
    [{ VERN_DATADIR: './x' }, 'VERN_DATADIR', 'is not a setting Vern knows'],
    [{ VERN_ENV: 'production' }, 'DATABASE_URL', 'is required when VERN_ENV=production'],
    [{ MIGRATION_DATABASE_URL: 'postgres://m@h/db' }, 'MIGRATION_DATABASE_URL', 'needs DATABASE_URL'],
  ])('refuses %j naming %s', (env, setting, reason) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).setting).toBe(setting);
    expect((error as ConfigError).message).toContain(reason);
    expect((error as ConfigError).message).not.toContain('\n');
  });

  it("lets the test and debugging tools' own VERN_ variables through, and only those", () => {
    expect(() =>
      loadConfig({ VERN_E2E_ECHO: '1', VERN_TEST_ENGINE: 'postgres', VERN_DEBUG_STACK: 'true' }),
    ).not.toThrow();
    expect(() => loadConfig({ VERN_E2E: '1' })).toThrow(ConfigError);
  });

  it('never repeats a database URL (it holds a password) in its error', () => {
    try {
      loadConfig({ DATABASE_URL: 'mysql://user:hunter2@db/vern' });
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).not.toContain('hunter2');
    }
  });

  it('keeps secrets out of strings and JSON', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://app:hunter2@db:5432/vern' });
    expect(config.database.kind).toBe('postgres');
    if (config.database.kind !== 'postgres') return;
    expect(config.database.url).toBeInstanceOf(Secret);
    expect(config.database.url.reveal()).toContain('hunter2');
    expect(JSON.stringify(config)).not.toContain('hunter2');
    expect(String(config.database.url)).toBe('[secret]');
    expect(config.database.migrationUrl.reveal()).toBe(config.database.url.reveal());
  });

  it('reads the time of the daily deadline run in Oslo time, or off', () => {
    expect(loadConfig({}).dailyAtMinute).toBe(300);
    expect(loadConfig({ VERN_DAILY_AT: '23:45' }).dailyAtMinute).toBe(23 * 60 + 45);
    expect(loadConfig({ VERN_DAILY_AT: 'off' }).dailyAtMinute).toBeNull();
    for (const bad of ['24:00', '5:00', '05:60', 'never'])
      expect(() => loadConfig({ VERN_DAILY_AT: bad })).toThrow(
        `invalid configuration: VERN_DAILY_AT: must be a time of day HH:MM (Oslo time) or off (got "${bad}")`,
      );
  });

  it('reads the days before unopened confidential mail is escalated, fractions allowed for demos', () => {
    expect(loadConfig({}).forsendelse).toMatchObject({ escalateAfterDays: 7, resendAfterDays: 3 });
    expect(
      loadConfig({ VERN_FORSENDELSE_ESCALATE_DAYS: '14', VERN_FORSENDELSE_RESEND_DAYS: '0.0002' })
        .forsendelse,
    ).toMatchObject({ escalateAfterDays: 14, resendAfterDays: 0.0002 });
    for (const bad of ['0', '-1', '366', 'a week'])
      expect(() => loadConfig({ VERN_FORSENDELSE_ESCALATE_DAYS: bad })).toThrow(
        /VERN_FORSENDELSE_ESCALATE_DAYS: must be a number of days from 0.0001 to 365/,
      );
  });

  it('turns on HSTS when the public address is https', () => {
    const config = loadConfig({ PUBLIC_URL: 'https://vern.kommune.no/' });
    expect(config.http.behindTls).toBe(true);
    expect(config.http.publicUrl).toBe('https://vern.kommune.no');
  });

  it('defaults production to listen on all interfaces and not to seed', () => {
    const config = loadConfig({
      VERN_ENV: 'production',
      DATABASE_URL: 'postgres://a@b/c',
      ...PRODUCTION_IDPS,
    });
    expect(config.http.host).toBe('0.0.0.0');
    expect(config.seedDemo).toBe(false);
  });

  describe('sign-in settings', () => {
    it('outside production, the development IdP serves both kinds on PORT+1, sessions 30 min / 10 h', () => {
      const config = loadConfig({ PORT: '9000' });
      expect(config.auth.staff).toBe('dev');
      expect(config.auth.citizen).toBe('dev');
      expect(config.auth.devIdp).toEqual({ port: 9001, portIsDefault: true });
      expect(config.auth.session).toEqual({ idleMinutes: 30, absoluteHours: 10 });
      expect(loadConfig({ PORT: '0' }).auth.devIdp?.port).toBe(0);
      expect(loadConfig({ DEV_IDP_PORT: '7000' }).auth.devIdp).toEqual({ port: 7000, portIsDefault: false });
    });

    it('uses external issuers when configured, and then starts no development IdP', () => {
      const config = loadConfig({
        VERN_ENV: 'production',
        DATABASE_URL: 'postgres://a@b/c',
        ...PRODUCTION_IDPS,
      });
      expect(config.auth.devIdp).toBeNull();
      expect(config.auth.citizen).toMatchObject({
        issuer: 'https://idporten.example.no/',
        clientId: 'vern-portal',
      });
      expect(JSON.stringify(config)).not.toContain('secret-0123456789');
    });

    it.each([
      [
        { VERN_ENV: 'production', DATABASE_URL: 'postgres://a@b/c' },
        'STAFF_OIDC_ISSUER',
        'is required when VERN_ENV=production',
      ],
      [
        {
          VERN_ENV: 'production',
          DATABASE_URL: 'postgres://a@b/c',
          ...PRODUCTION_IDPS,
          CITIZEN_OIDC_ISSUER: '',
        },
        'CITIZEN_OIDC_ISSUER',
        'is required when VERN_ENV=production',
      ],
      [
        {
          VERN_ENV: 'production',
          DATABASE_URL: 'postgres://a@b/c',
          ...PRODUCTION_IDPS,
          STAFF_OIDC_ISSUER: 'http://idp.example.no',
        },
        'STAFF_OIDC_ISSUER',
        'must be an https:// URL',
      ],
      [{ STAFF_OIDC_ISSUER: 'https://idp.example.no' }, 'STAFF_OIDC_CLIENT_ID', 'is required'],
      [{ CITIZEN_OIDC_CLIENT_ID: 'x' }, 'CITIZEN_OIDC_ISSUER', 'is needed'],
      [{ SESSION_IDLE_MINUTES: '0' }, 'SESSION_IDLE_MINUTES', 'from 1 to 720'],
      [{ SESSION_ABSOLUTE_HOURS: 'ten' }, 'SESSION_ABSOLUTE_HOURS', 'from 1 to 24'],
      [{ PORT: '8080', DEV_IDP_PORT: '8080' }, 'DEV_IDP_PORT', 'must differ from PORT'],
    ])('refuses %j naming %s', (env, setting, reason) => {
      expect(() => loadConfig(env)).toThrow(ConfigError);
      try {
        loadConfig(env);
      } catch (e) {
        expect((e as ConfigError).setting).toBe(setting);
        expect((e as ConfigError).message).toContain(reason);
      }
    });

    it('never repeats a client secret in its error', () => {
      try {
        loadConfig({
          STAFF_OIDC_ISSUER: 'https://idp.example.no',
          STAFF_OIDC_CLIENT_ID: 'v',
          STAFF_OIDC_CLIENT_SECRET: 'short-pw',
        });
        expect.unreachable();
      } catch (e) {
        expect((e as ConfigError).setting).toBe('STAFF_OIDC_CLIENT_SECRET');
        expect((e as Error).message).not.toContain('short-pw');
      }
    });
  });
});
