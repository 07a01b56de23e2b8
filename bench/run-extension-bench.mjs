#!/usr/bin/env node
// npm run bench:extension [-- --copies N...]: opens a workspace of the FA-KES articles (1x and 10x copies by
// default) in the real extension host and prints index, hover, save-to-tree and memory figures (not a test).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE } from '../test/harness/install.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fakes = path.resolve(root, '../shared/corpus/fakes');
const copies = process.argv.includes('--copies') ? process.argv.slice(process.argv.indexOf('--copies') + 1).map(Number) : [1, 10];
const results = [];
for (const n of copies) {
  const ws = path.join(CACHE, 'bench', `fakes-x${n}`);
  fs.rmSync(ws, { recursive: true, force: true });
  fs.mkdirSync(path.join(ws, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(ws, '.vscode/settings.json'), JSON.stringify({ 'files.associations': { '*.txt': 'conflict-report' } }));
  const files = fs.readdirSync(fakes).filter((f) => f.endsWith('.txt'));
  for (let k = 0; k < n; k++) {
    const dir = path.join(ws, `copy${k}`);
    fs.mkdirSync(dir);
    for (const f of files) fs.copyFileSync(path.join(fakes, f), path.join(dir, f));
  }
  const out = path.join(ws, '..', `result-x${n}.json`);
  fs.rmSync(out, { force: true });
  console.log(`\n== ${files.length * n} articles (${n}x FA-KES) ==`);
  const r = spawnSync(process.execPath, [path.join(root, 'test/harness/run-extension-tests.mjs'), '--extensionDevelopmentPath', root,
    '--extensionTestsPath', path.join(root, 'out/bench/extension/index.js'), '--folder', ws, '--timeout', '900'],
  { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', env: { ...process.env, CONFLICT_LENS_BENCH_OUT: out } });
  for (const line of r.stdout.split('\n')) if (line.startsWith('[bench')) console.log(line);
  if (r.status !== 0 || !fs.existsSync(out)) { console.error(`benchmark run failed (${r.status})`); process.exit(1); }
  results.push({ n, ...JSON.parse(fs.readFileSync(out, 'utf8')) });
  fs.rmSync(ws, { recursive: true, force: true });
}
if (results.length > 1) {
  const [a, b] = [results[0], results[results.length - 1]];
  const k = b.n / a.n;
  console.log(`\nscaling ${a.n}x -> ${b.n}x (${k}x the articles): cold index ${(b.coldIndexMs / a.coldIndexMs).toFixed(1)}x, cached ${(b.cachedIndexMs / a.cachedIndexMs).toFixed(1)}x, hover p99 ${(b.hoverP99Ms / a.hoverP99Ms).toFixed(1)}x, memory ${(b.rssMb / a.rssMb).toFixed(1)}x`);
}
