import { existsSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';

/** Repository root, whatever the working directory of the test run. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The built server entry point; `npm run build` makes it. */
export const SERVER_ENTRY = join(REPO_ROOT, 'apps/server/dist/main.js');

/** Where failure screenshots go (git-ignored). */
export const ARTIFACTS_DIR = join(REPO_ROOT, 'e2e/artifacts');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const isCI = process.env.CI === 'true';
const chromiumFound = existsSync(CHROMIUM_PATH);

if (!chromiumFound && isCI) {
  // In CI a missing browser is a broken machine, not a reason to pass quietly.
  throw new Error(
    `e2e cannot run: Chromium not found at ${CHROMIUM_PATH} and CI=true. ` +
      'Install Debian\'s "chromium" package or set CHROMIUM_PATH to a Chromium binary.',
  );
}

/**
 * Why the browser journeys are skipped on this machine, or undefined when they run.
 * Use it as `describe.skipIf(e2eSkipReason !== undefined)(...)`: outside CI, a developer without
 * Chromium still gets a green `npm test`, with one line saying what was left out.
 */
export const e2eSkipReason: string | undefined = chromiumFound
  ? undefined
  : `e2e skipped: Chromium not found at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`;

/** True when this machine cannot run the browser journeys (see e2eSkipReason). */
export const skipE2e = e2eSkipReason !== undefined;

if (e2eSkipReason !== undefined) printOncePerRun(e2eSkipReason);

/**
 * Vitest runs every test file in its own worker, so a module-level print would repeat once per
 * file. A marker file keyed on the Vitest main process (pid plus start time, so a reused pid does
 * not match) keeps it to one line per run.
 */
function printOncePerRun(line: string): void {
  const mainPid = isMainThread ? process.ppid : process.pid;
  const marker = join(tmpdir(), `vern-e2e-notice-${mainPid}-${processStartTime(mainPid)}`);
  try {
    writeFileSync(marker, line, { flag: 'wx' });
  } catch {
    return; // another test file of this run printed it already
  }
  process.stderr.write(`${line}\n`);
}

function processStartTime(pid: number): string {
  try {
    // Field 22 of /proc/<pid>/stat is the start time in clock ticks since boot.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '0';
  } catch {
    return '0';
  }
}
