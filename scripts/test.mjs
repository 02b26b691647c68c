#!/usr/bin/env node
// `npm test`: the whole gate, in the order a failure is cheapest to find. Stops at the first failing
// stage. Vitest stages write a JSON report so the totals below come from Vitest, not from parsing its
// terminal output. The line `N passed, N failed, N skipped` is what CI reads.
//
//   npm test                         every stage
//   npm test -- --only unit,int      just those stages ("int" means both engines)
//   npm test -- --skip lint,e2e      every stage but those
//   npm test -- --list               the stage names
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VITEST = join(ROOT, 'node_modules/vitest/vitest.mjs');
const isCI = process.env.CI === 'true';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * @typedef {{ passed: number, failed: number, skipped: number, files: number }} Counts
 * @typedef {{ status: 'passed' | 'failed' | 'skipped' | 'not run', seconds?: number, counts?: Counts, note?: string }} Outcome
 * @typedef {{ name: string, run: () => Promise<Outcome> }} Stage
 */

/** @type {Stage[]} */
const STAGES = [
  { name: 'lint', run: () => command([npm, 'run', 'lint']) },
  { name: 'typecheck', run: () => command([npm, 'run', 'typecheck']) },
  { name: 'build', run: () => command([npm, 'run', 'build']) },
  { name: 'unit', run: () => vitest('unit') },
  // The integration project may be empty while the first modules are written; once it has
  // files, they must pass.
  {
    name: 'int:pglite',
    run: () => vitest('int', { env: { VERN_TEST_ENGINE: 'pglite' }, allowNoFiles: true }),
  },
  {
    name: 'int:postgres',
    run: async () => {
      if (!process.env.TEST_DATABASE_URL) {
        if (isCI) {
          console.log('integration on PostgreSQL cannot be skipped in CI: TEST_DATABASE_URL not set');
          return { status: 'failed', note: 'TEST_DATABASE_URL not set' };
        }
        console.log('integration on PostgreSQL skipped: TEST_DATABASE_URL not set');
        return { status: 'skipped', note: 'TEST_DATABASE_URL not set' };
      }
      return vitest('int', { env: { VERN_TEST_ENGINE: 'postgres' }, allowNoFiles: true });
    },
  },
  { name: 'e2e', run: () => vitest('e2e') },
];

/** Vitest's JSON reports; made after the arguments are checked, removed at the end. */
let reportDir = '';

// Ctrl-C reaches the running stage too (same process group); let it end, then summarise.
let interrupted = false;
process.on('SIGINT', () => {
  interrupted = true;
});

async function main() {
  const selected = selectStages(process.argv.slice(2));
  reportDir = mkdtempSync(join(tmpdir(), 'vern-test-'));
  /** @type {Map<string, Outcome>} */
  const outcomes = new Map();
  const started = Date.now();
  let failed = false;

  for (const [index, stage] of selected.entries()) {
    if (failed) {
      outcomes.set(stage.name, { status: 'not run' });
      continue;
    }
    console.log(`\n=== [${index + 1}/${selected.length}] ${stage.name} ===`);
    const t0 = Date.now();
    let outcome;
    try {
      outcome = await stage.run();
    } catch (error) {
      console.error(error);
      outcome = { status: /** @type {const} */ ('failed'), note: String(error) };
    }
    if (interrupted) outcome = { status: 'failed', note: 'interrupted' };
    outcome.seconds = (Date.now() - t0) / 1000;
    outcomes.set(stage.name, outcome);
    console.log(
      `=== ${stage.name} ${outcome.status} in ${formatSeconds(outcome.seconds)}${outcome.note ? ` (${outcome.note})` : ''} ===`,
    );
    if (outcome.status === 'failed') failed = true;
  }

  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const outcome of outcomes.values()) {
    if (!outcome.counts) continue;
    total.passed += outcome.counts.passed;
    total.failed += outcome.counts.failed;
    total.skipped += outcome.counts.skipped;
  }
  console.log('');
  console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  for (const stage of selected) {
    const o = outcomes.get(stage.name) ?? { status: 'not run' };
    const time = o.seconds === undefined ? '' : formatSeconds(o.seconds);
    // Worded differently from the total line above, so that line stays the only one of its form.
    const counts = o.counts
      ? `tests: pass ${o.counts.passed}, fail ${o.counts.failed}, skip ${o.counts.skipped}`
      : '';
    console.log(
      `  ${stage.name.padEnd(13)} ${o.status.padEnd(8)} ${time.padStart(8)}  ${[counts, o.note].filter(Boolean).join('; ')}`,
    );
  }
  console.log(
    `  ${'total'.padEnd(13)} ${(failed ? 'failed' : 'passed').padEnd(8)} ${formatSeconds((Date.now() - started) / 1000).padStart(8)}`,
  );
  return failed ? 1 : 0;
}

/** @param {string[]} args */
function selectStages(args) {
  const names = STAGES.map((s) => s.name);
  if (args.includes('--list')) {
    console.log(names.join('\n'));
    process.exit(0);
  }
  const only = listArg(args, '--only');
  const skip = listArg(args, '--skip') ?? [];
  for (const arg of args) {
    if (arg.startsWith('-') && !/^--(only|skip)(=|$)/.test(arg)) usage(`unknown option ${arg}`);
  }
  // "int" matches both int:pglite and int:postgres.
  const matches = (/** @type {string} */ name, /** @type {string[]} */ list) =>
    list.some((want) => name === want || name.startsWith(`${want}:`));
  for (const want of [...(only ?? []), ...skip]) {
    if (!names.some((n) => matches(n, [want]))) usage(`unknown stage "${want}"`);
  }
  return STAGES.filter((s) => (only ? matches(s.name, only) : true) && !matches(s.name, skip));
}

/** @param {string[]} args @param {string} flag */
function listArg(args, flag) {
  const i = args.findIndex((a) => a === flag || a.startsWith(`${flag}=`));
  if (i === -1) return undefined;
  const value = args[i]?.includes('=') ? args[i]?.split('=')[1] : args[i + 1];
  if (!value) usage(`${flag} needs a comma-separated list of stages`);
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** @param {string} message */
function usage(message) {
  console.error(
    `npm test: ${message}\nstages: ${STAGES.map((s) => s.name).join(', ')}\n` +
      'usage: npm test [-- --only a,b] [-- --skip c] [-- --list]',
  );
  process.exit(2);
}

/**
 * @param {string[]} argv
 * @param {Record<string, string>} [env]
 * @returns {Promise<number>} exit code
 */
function spawnInherit(argv, env = {}) {
  const [cmd, ...args] = argv;
  return new Promise((resolve) => {
    const child = spawn(/** @type {string} */ (cmd), args, {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    child.once('error', (error) => {
      console.error(`could not run ${argv.join(' ')}: ${error.message}`);
      resolve(127);
    });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** @param {string[]} argv @returns {Promise<Outcome>} */
async function command(argv) {
  console.log(`$ ${argv.join(' ')}`);
  const code = await spawnInherit(argv);
  return code === 0 ? { status: 'passed' } : { status: 'failed', note: `exit code ${code}` };
}

/**
 * Runs one Vitest project with the default and JSON reporters.
 * @param {string} project
 * @param {{ env?: Record<string, string>, allowNoFiles?: boolean }} [options]
 * @returns {Promise<Outcome>}
 */
async function vitest(project, options = {}) {
  const report = join(reportDir, `${project}-${options.env?.VERN_TEST_ENGINE ?? 'default'}.json`);
  const args = [
    VITEST,
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ];
  if (options.allowNoFiles) args.push('--passWithNoTests');
  const envText = Object.entries(options.env ?? {})
    .map(([k, v]) => `${k}=${v} `)
    .join('');
  console.log(`$ ${envText}vitest ${args.slice(1).join(' ')}`);
  const code = await spawnInherit([process.execPath, ...args], options.env);
  const counts = readCounts(report);

  if (counts && counts.files === 0) {
    if (code === 0 && options.allowNoFiles) {
      console.warn(`warning: the Vitest project "${project}" has no test files yet`);
      return { status: 'passed', counts, note: 'no test files' };
    }
    return { status: 'failed', counts, note: `no test files found in project ${project}` };
  }
  if (!counts) {
    // Vitest stops before writing a report when a project matches no files (without
    // --passWithNoTests) or when the config itself is broken.
    return {
      status: 'failed',
      note: `exit code ${code}, no Vitest report (no test files in ${project}, or Vitest failed to start)`,
    };
  }
  if (code !== 0 || counts.failed > 0)
    return { status: 'failed', counts, note: code !== 0 ? `exit code ${code}` : undefined };
  return { status: 'passed', counts };
}

/**
 * Counts from Vitest's JSON report. A test file that fails before its tests run (an import error,
 * a throwing top level) has no failed tests in it; it counts as one failure so it cannot vanish.
 * @param {string} file
 * @returns {Counts | undefined}
 */
function readCounts(file) {
  if (!existsSync(file)) return undefined;
  /** @type {any} */
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  /** @type {any[]} */
  const results = Array.isArray(report.testResults) ? report.testResults : [];
  const brokenFiles = results.filter(
    (r) =>
      r.status === 'failed' &&
      !(r.assertionResults ?? []).some((/** @type {any} */ a) => a.status === 'failed'),
  ).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    files: results.length,
  };
}

/** @param {number} seconds */
function formatSeconds(seconds) {
  return seconds < 60
    ? `${seconds.toFixed(1)} s`
    : `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

let exitCode = 1;
try {
  exitCode = await main();
} finally {
  if (reportDir) rmSync(reportDir, { recursive: true, force: true });
}
process.exit(exitCode);
