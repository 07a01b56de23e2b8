import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tuneForBatchRun } from '../src/cli/batchRuntime';
import { analyzeCorpus } from '../src/core/corpus/analyzeCorpus';
import { collectArticles } from '../src/core/files';
import { defaultLexicon } from '../src/core/lexicon/bundled';

// npm run bench [-- FOLDER]: analyses a folder of articles (default: the FA-KES corpus beside the project) with
// Conflict Lens and, in the same run, with compromise's own tagger; prints both times, the ratio and the memory.
// Both clocks measure the same work: from the first file read to the last article's results, with the library
// loaded and ready. Loading compromise builds its lexicon; Conflict Lens builds its own on first use, so it is
// built before the clock starts; both set-up times are printed. Each Conflict Lens run is a fresh process set up
// as the command line is, JIT warm-up included. A run lasts under a second, so a busy neighbour moves it by a
// tenth or more, and such a spell of load can last a few seconds: there are five runs, three before compromise's
// and two after it, all printed, and the ratio uses their median. Compromise's run lasts many seconds and averages
// such noise by itself; it runs once, with V8's defaults, which suit it best.

const folder = process.argv[2] ?? path.resolve(__dirname, '../../shared/corpus/fakes');
const { files } = collectArticles([folder]);
const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
const ms = (t: bigint) => Number(t) / 1e6;
const mode = process.argv[3];
/** Cold runs of Conflict Lens before compromise's run, and after it. */
const RUNS_BEFORE = 3;
const RUNS_AFTER = 2;

function child(): void {
  // the child stands for `conflict-lens analyze`, and runs as the command line does
  tuneForBatchRun();
  const l0 = process.hrtime.bigint();
  const lexicon = defaultLexicon();
  const t0 = process.hrtime.bigint();
  const { output } = analyzeCorpus(files, lexicon);
  const t1 = process.hrtime.bigint();
  const figures = output.documents.reduce((n, d) => n + d.figures.length, 0);
  const entities = output.documents.reduce((n, d) => n + d.entities.length, 0);
  process.stdout.write(JSON.stringify({ ms: ms(t1 - t0), lexiconMs: ms(t0 - l0), maxRssMb: process.resourceUsage().maxRSS / 1024, figures, entities, groups: output.groups.length, disagreements: output.disagreements.length }));
}

function main(): void {
  console.log(`corpus: ${files.length} articles, ${(bytes / 1048576).toFixed(2)} MB (${folder}); ${os.cpus().length} cores, Node ${process.version}`);
  const run = () => JSON.parse(execFileSync(process.execPath, [__filename, folder, '--child'], { encoding: 'utf8', maxBuffer: 1 << 26 }));
  const before = Array.from({ length: RUNS_BEFORE }, run);
  const r0 = process.hrtime.bigint();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise');
  const loadMs = ms(process.hrtime.bigint() - r0);
  const c0 = process.hrtime.bigint();
  let found = 0;
  for (const file of files) {
    const doc = nlp(fs.readFileSync(file, 'utf8'));
    found += doc.places().length + doc.people().length + doc.organizations().length + doc.numbers().length;
  }
  const compromiseMs = ms(process.hrtime.bigint() - c0);
  const runs = [...before, ...Array.from({ length: RUNS_AFTER }, run)];
  const ours = [...runs].sort((a, b) => a.ms - b.ms)[runs.length >> 1];
  console.log(`conflict-lens:       ${ours.ms.toFixed(0)} ms median of ${runs.length} runs (${before.map((r) => r.ms.toFixed(0)).join(', ')} ms before compromise's run, ${runs.slice(RUNS_BEFORE).map((r) => r.ms.toFixed(0)).join(', ')} ms after); ${(ours.ms / files.length).toFixed(2)} ms/article: reading, analysis, groups, disagreements; peak RSS ${Math.max(...runs.map((r) => r.maxRssMb)).toFixed(0)} MB`);
  console.log(`                     before the clock: building the lexicon, ${ours.lexiconMs.toFixed(0)} ms`);
  console.log(`                     ${ours.entities} entity mentions, ${ours.figures} figures, ${ours.groups} comparison groups, ${ours.disagreements} disagreements`);
  console.log(`compromise's tagger: ${compromiseMs.toFixed(0)} ms (${(compromiseMs / files.length).toFixed(2)} ms/article): reading, tagging; ${found} places/people/organizations/numbers`);
  console.log(`                     before the clock: loading compromise, which builds its lexicon, ${loadMs.toFixed(0)} ms`);
  console.log(`ratio:               ${(compromiseMs / ours.ms).toFixed(1)}x faster than compromise's tagger`);
}

if (mode) child(); else main();
