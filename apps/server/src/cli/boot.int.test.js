import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../test/support/test-db.js';
const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
function run(script, args, env) {
    const result = spawnSync(process.execPath, [script, ...args], {
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
        encoding: 'utf8',
        timeout: 60_000,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
// The CLI and boot path use the embedded engine; they run once, in the PGlite pass of `npm test`.
describe.skipIf(testEngine() === 'postgres')('the built server and CLI', () => {
    let dataDir;
    beforeAll(() => {
        if (!existsSync(MAIN))
            throw new Error(`${MAIN} is missing: run npm run build first`);
        dataDir = mkdtempSync(path.join(tmpdir(), 'vern-boot-'));
    });
    afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
    it.each([
        [{ PORT: 'abc' }, 'PORT'],
        [{ VERN_ENV: 'production' }, 'DATABASE_URL'],
        [{ LOG_LEVEL: 'chatty' }, 'LOG_LEVEL'],
        [{ VERN_DATA_DIRECTORY: '/tmp/x' }, 'VERN_DATA_DIRECTORY'],
    ])('stops on bad configuration %j with one line naming %s, exit 1, no stack', (env, setting) => {
        const { status, stdout, stderr } = run(MAIN, [], { ...env, VERN_DATA_DIR: dataDir });
        expect(status).toBe(1);
        expect(stdout).toBe('');
        const lines = stderr.trim().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(new RegExp(`^vern: invalid configuration: ${setting}: `));
        expect(stderr).not.toMatch(/\n\s+at |\.js:\d+/);
    });
    it('stops with one line when the database cannot be reached, without printing the password', () => {
        const { status, stderr } = run(MAIN, [], { DATABASE_URL: 'postgres://vern:s3cr3tpw@127.0.0.1:1/vern' });
        expect(status).toBe(1);
        expect(stderr.trim().split('\n')).toHaveLength(1);
        expect(stderr).toMatch(/^vern: cannot use the database/);
        expect(stderr).not.toContain('s3cr3tpw');
    });
    it('vern --help lists the commands', () => {
        const { status, stdout } = run(CLI, ['--help'], {});
        expect(status).toBe(0);
        for (const cmd of ['serve', 'migrate', 'seed'])
            expect(stdout).toContain(cmd);
    });
    it('vern migrate then vern seed --demo work on a data folder, and repeat harmlessly', () => {
        const env = { VERN_DATA_DIR: dataDir };
        const first = run(CLI, ['migrate'], env);
        expect(first.stderr).toBe('');
        expect(first.stdout).toMatch(/^applied: 0001_foundation/);
        expect(run(CLI, ['migrate'], env).stdout.trim()).toBe('the database is up to date');
        expect(run(CLI, ['seed', '--demo'], env).stdout).toMatch(/^demo service created/);
        expect(run(CLI, ['seed', '--demo'], env).stdout.trim()).toBe('the demo service exists already');
        const bad = run(CLI, ['seed'], env);
        expect(bad.status).toBe(1);
        expect(bad.stderr).toMatch(/vern seed --demo/);
    });
});
//# sourceMappingURL=boot.int.test.js.map