import path from 'node:path';
import { z } from 'zod';
/**
 * Every setting Vern reads, validated once at boot. The result is frozen; nothing else in the
 * server reads process.env. Secrets are wrapped in `Secret` so that they cannot end up in a log
 * line or an error message by accident (their toString/toJSON print a placeholder).
 */
export class Secret {
    #value;
    constructor(value) {
        this.#value = value;
    }
    reveal() {
        return this.#value;
    }
    toString() {
        return '[secret]';
    }
    toJSON() {
        return '[secret]';
    }
}
export class ConfigError extends Error {
    setting;
    reason;
    constructor(setting, reason) {
        super(`invalid configuration: ${setting}: ${reason}`);
        this.setting = setting;
        this.reason = reason;
        this.name = 'ConfigError';
    }
}
const Env = z.enum(['development', 'test', 'production']);
const LogLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);
const booleanText = z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
    .transform((v) => v === 'true' || v === '1' || v === 'yes');
const postgresUrl = z
    .string()
    .refine((v) => /^postgres(ql)?:\/\//.test(v), { message: 'must be a postgres:// or postgresql:// URL' });
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
});
const KNOWN_VERN_VARS = new Set(Object.keys(RawSettings.shape).filter((k) => k.startsWith('VERN_')));
function deepFreeze(value) {
    if (value && typeof value === 'object' && !(value instanceof Secret)) {
        for (const v of Object.values(value))
            deepFreeze(v);
        Object.freeze(value);
    }
    return value;
}
/** Reads and validates the settings; throws ConfigError naming the first bad setting. */
export function loadConfig(env, cwd = process.cwd()) {
    for (const name of Object.keys(env)) {
        if (name.startsWith('VERN_') && !KNOWN_VERN_VARS.has(name) && !name.startsWith('VERN_TEST_')) {
            throw new ConfigError(name, 'is not a setting Vern knows (check the spelling)');
        }
    }
    const input = Object.fromEntries(Object.keys(RawSettings.shape)
        .filter((k) => env[k] !== undefined && env[k] !== '')
        .map((k) => [k, env[k]]));
    const parsed = RawSettings.safeParse(input);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const setting = String(issue?.path[0] ?? 'configuration');
        const secretSetting = setting.includes('URL') && setting.includes('DATABASE');
        const got = !secretSetting && env[setting] !== undefined ? ` (got "${env[setting]}")` : '';
        throw new ConfigError(setting, `${issue?.message ?? 'is invalid'}${got}`);
    }
    const s = parsed.data;
    if (s.VERN_ENV === 'production' && !s.DATABASE_URL) {
        throw new ConfigError('DATABASE_URL', 'is required when VERN_ENV=production (embedded PostgreSQL is for development)');
    }
    if (s.MIGRATION_DATABASE_URL && !s.DATABASE_URL) {
        throw new ConfigError('MIGRATION_DATABASE_URL', 'needs DATABASE_URL as well');
    }
    const host = s.HOST ?? (s.VERN_ENV === 'production' ? '0.0.0.0' : '127.0.0.1');
    const shownHost = host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
    const publicUrl = (s.PUBLIC_URL ?? `http://${shownHost}:${s.PORT}`).replace(/\/+$/, '');
    const config = {
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
    };
    return deepFreeze(config);
}
//# sourceMappingURL=config.js.map