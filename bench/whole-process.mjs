#!/usr/bin/env node
// The command line as a user runs it, process start to exit: `conflict-lens analyze --json` on the first N FA-KES
// articles (default 200), its JSON written to /dev/null, against a process that loads compromise and tags the same
// files (nlp(text) with .places() .people() .organizations() .numbers()). The two alternate, ours first then theirs,
// for R rounds (default 7); the medians and their ratio are printed. Also `conflict-lens --help`'s start.
// usage: node bench/whole-process.mjs [CORPUS_FOLDER] [N] [ROUNDS]   (after npm run build:production)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(process.argv[2] ?? path.join(root, '../shared/corpus/fakes'));
const count = Number(process.argv[3] ?? 200);
const rounds = Number(process.argv[4] ?? 7);

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'conflict-lens-whole-'));
const files = fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().slice(0, count);
for (const f of files) fs.copyFileSync(path.join(corpus, f), path.join(folder, f));

const tagger = `const m = require(${JSON.stringify(path.join(root, 'node_modules/compromise'))}); const nlp = m.default ?? m; const fs = require('fs'), path = require('path');
let n = 0; for (const f of fs.readdirSync(process.argv[1]).sort()) { const doc = nlp(fs.readFileSync(path.join(process.argv[1], f), 'utf8'));
n += doc.places().length + doc.people().length + doc.organizations().length + doc.numbers().length; } process.stdout.write(String(n));`;

function timed(args) {
  const t0 = process.hrtime.bigint();
  execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'ignore'], maxBuffer: 1 << 30 });
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const cli = path.join(root, 'bin/conflict-lens.js');
const ours = [];
const theirs = [];
const help = [];
try {
  for (let r = 0; r < rounds; r++) {
    help.push(timed([cli, '--help']));
    ours.push(timed([cli, 'analyze', '--json', folder]));
    theirs.push(timed(['-e', tagger, folder]));
  }
} finally {
  fs.rmSync(folder, { recursive: true, force: true });
}
const fmt = (xs) => `${median(xs).toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join(', ')})`;
console.log(`${files.length} articles, ${rounds} rounds, ${os.cpus().length} cores, Node ${process.version}`);
console.log(`conflict-lens --help:            ${fmt(help)}`);
console.log(`conflict-lens analyze --json:    ${fmt(ours)}`);
console.log(`compromise's tagger, same files: ${fmt(theirs)}`);
console.log(`ratio (medians):                 ${(median(theirs) / median(ours)).toFixed(1)}x`);
