import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, Secret } from './config.js';
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
            config.http.port = 1;
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
        let error;
        try {
            loadConfig(env);
        }
        catch (e) {
            error = e;
        }
        expect(error).toBeInstanceOf(ConfigError);
        expect(error.setting).toBe(setting);
        expect(error.message).toContain(reason);
        expect(error.message).not.toContain('\n');
    });
    it('never repeats a database URL (it holds a password) in its error', () => {
        try {
            loadConfig({ DATABASE_URL: 'mysql://user:hunter2@db/vern' });
            expect.unreachable();
        }
        catch (e) {
            expect(e.message).not.toContain('hunter2');
        }
    });
    it('keeps secrets out of strings and JSON', () => {
        const config = loadConfig({ DATABASE_URL: 'postgres://app:hunter2@db:5432/vern' });
        expect(config.database.kind).toBe('postgres');
        if (config.database.kind !== 'postgres')
            return;
        expect(config.database.url).toBeInstanceOf(Secret);
        expect(config.database.url.reveal()).toContain('hunter2');
        expect(JSON.stringify(config)).not.toContain('hunter2');
        expect(String(config.database.url)).toBe('[secret]');
        expect(config.database.migrationUrl.reveal()).toBe(config.database.url.reveal());
    });
    it('turns on HSTS when the public address is https', () => {
        const config = loadConfig({ PUBLIC_URL: 'https://vern.kommune.no/' });
        expect(config.http.behindTls).toBe(true);
        expect(config.http.publicUrl).toBe('https://vern.kommune.no');
    });
    it('defaults production to listen on all interfaces and not to seed', () => {
        const config = loadConfig({ VERN_ENV: 'production', DATABASE_URL: 'postgres://a@b/c' });
        expect(config.http.host).toBe('0.0.0.0');
        expect(config.seedDemo).toBe(false);
    });
});
//# sourceMappingURL=config.test.js.map