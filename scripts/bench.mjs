#!/usr/bin/env node
// `npm run bench [-- name ...]`: builds if needed, runs apps/server/bench/*.bench.mjs (or the named
// ones), prints medians and ratios against each benchmark's floor, and writes bench-results/*.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--if-stale'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const benchDir = path.join(root, 'apps/server/bench');
const wanted = process.argv.slice(2);
const files = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)));

mkdirSync(path.join(root, 'bench-results'), { recursive: true });
const fmt = (n) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));
for (const file of files) {
  const { run } = await import(pathToFileURL(path.join(benchDir, file)).href);
  const result = await run();
  console.log(`\n${result.name}  (${result.unit})`);
  console.log(
    `  ${'subject'.padEnd(34)} ${'req/s'.padStart(9)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)}`,
  );
  for (const r of result.rows) {
    console.log(
      `  ${r.subject.padEnd(34)} ${fmt(r.rps).padStart(9)} ${fmt(r.p50).padStart(8)} ${fmt(r.p99).padStart(8)}`,
    );
  }
  for (const [k, v] of Object.entries(result.ratios)) console.log(`  ${k}: ${v}`);
  writeFileSync(
    path.join(root, 'bench-results', file.replace('.bench.mjs', '.json')),
    JSON.stringify({ ...result, at: new Date().toISOString(), node: process.version }, null, 2),
  );
}
