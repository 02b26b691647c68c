#!/usr/bin/env node
// Builds everything `npm start` serves: the server (tsc, with packages/domain by reference) and the
// two front ends (Vite). `--if-stale` skips a part whose output is newer than all of its sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ifStale = process.argv.includes('--if-stale');

function newest(dir) {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

function mtime(file) {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

function run(label, command, args, cwd = root) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: ${label} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`build: ${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
const vite = path.join(root, 'node_modules/vite/bin/vite.js');

const serverSources = Math.max(
  newest(path.join(root, 'apps/server/src')),
  newest(path.join(root, 'packages/domain/src')),
);
if (!ifStale || serverSources > mtime(path.join(root, 'apps/server/dist/main.js'))) {
  run('server', process.execPath, [tsc, '-b', 'apps/server']);
}

for (const app of ['web', 'portal']) {
  const dir = path.join(root, 'apps', app);
  if (!existsSync(path.join(dir, 'index.html'))) continue;
  const sources = Math.max(
    newest(path.join(dir, 'src')),
    newest(path.join(root, 'packages/ui/src')),
    mtime(path.join(dir, 'index.html')),
    mtime(path.join(dir, 'vite.config.ts')),
  );
  if (!ifStale || sources > mtime(path.join(dir, 'dist/index.html'))) {
    run(app, process.execPath, [vite, 'build', '--logLevel', 'warn'], dir);
  }
}
