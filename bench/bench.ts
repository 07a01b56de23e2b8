import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { tuneForBatchRun } from '../src/cli/batchRuntime';
import { analyzeCorpus } from '../src/core/corpus/analyzeCorpus';
import { collectArticles } from '../src/core/files';
import { defaultLexicon } from '../src/core/lexicon/bundled';

// npm run bench [-- FOLDER]: analyses a folder of articles (default: the FA-KES corpus beside the project) with
// Conflict Lens and, in the same run, with compromise's own tagger; prints both times, the ratio and the memory.
// Both clocks measure the same work: from the first file read to the last article's results, with the library
// loaded and ready. Loading compromise builds its lexicon; Conflict Lens builds its own on first use, so it is
// built before the clock starts; both set-up times are printed. Each Conflict Lens run is a fresh process set up
// as the command line is, JIT warm-up included; compromise runs once, in a process of its own, with V8's defaults,
// which suit it best.
//
// On a shared machine a spell of load slows everything by a tenth or more for seconds at a time, so two
// measurements taken one after the other can see different machines. The two are therefore interleaved: a cold
// Conflict Lens run before compromise's run, then after each of its four parts, five in all, and the ratio is
// compromise's time over the mean of ours: both sample the same stretch of time alike. While a Conflict Lens run
// goes, compromise's process is stopped (its clock is stopped too), so its collector does not run beside ours.

const folder = process.argv[2] ?? path.resolve(__dirname, '../../shared/corpus/fakes');
const { files } = collectArticles([folder]);
const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
const ms = (t: bigint) => Number(t) / 1e6;
const mode = process.argv[3];
/** Parts of compromise's run; a cold Conflict Lens run goes before the first and after each. */
const PARTS = 4;

/** What a cold Conflict Lens run reports. */
interface RunResult { ms: number; lexiconMs: number; maxRssMb: number; figures: number; entities: number; groups: number; disagreements: number }

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
  const result: RunResult = { ms: ms(t1 - t0), lexiconMs: ms(t0 - l0), maxRssMb: process.resourceUsage().maxRSS / 1024, figures, entities, groups: output.groups.length, disagreements: output.disagreements.length };
  process.stdout.write(JSON.stringify(result));
}

/** Compromise's side, in a process of its own: each part of the files when the benchmark says go. */
function compromiseChild(): void {
  const report = (o: object) => fs.writeSync(1, `${JSON.stringify(o)}\n`);
  const r0 = process.hrtime.bigint();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise');
  report({ loadMs: ms(process.hrtime.bigint() - r0) });
  const size = Math.ceil(files.length / PARTS);
  const go = Buffer.alloc(1);
  for (let k = 0; k < PARTS; k++) {
    while (fs.readSync(0, go) === 1 && go[0] !== 10);
    const c0 = process.hrtime.bigint();
    let found = 0;
    for (const file of files.slice(k * size, (k + 1) * size)) {
      const doc = nlp(fs.readFileSync(file, 'utf8'));
      found += doc.places().length + doc.people().length + doc.organizations().length + doc.numbers().length;
    }
    report({ ms: ms(process.hrtime.bigint() - c0), found });
  }
}

/** Stops or resumes a process (where signals can): a stopped process takes no core from the one measured. */
function setRunning(p: ChildProcess, running: boolean): void {
  if (process.platform !== 'win32') p.kill(running ? 'SIGCONT' : 'SIGSTOP');
}

async function main(): Promise<void> {
  console.log(`corpus: ${files.length} articles, ${(bytes / 1048576).toFixed(2)} MB (${folder}); ${os.cpus().length} cores, Node ${process.version}`);
  const run = (): RunResult => JSON.parse(execFileSync(process.execPath, [__filename, folder, '--child'], { encoding: 'utf8', maxBuffer: 1 << 26 }));
  const tagger = spawn(process.execPath, [__filename, folder, '--compromise'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => tagger.once('exit', resolve));
  const lines = readline.createInterface({ input: tagger.stdout! })[Symbol.asyncIterator]();
  const next = async () => {
    const line = await lines.next();
    if (line.done) throw new Error("compromise's process ended before its run did");
    return JSON.parse(line.value);
  };
  const { loadMs } = await next();
  const runs: RunResult[] = [];
  const parts: { ms: number; found: number }[] = [];
  for (let k = 0; k < PARTS; k++) {
    setRunning(tagger, false);
    runs.push(run());
    setRunning(tagger, true);
    tagger.stdin!.write('go\n');
    parts.push(await next());
  }
  await exited;
  runs.push(run());
  const oursMs = runs.reduce((n, r) => n + r.ms, 0) / runs.length;
  const compromiseMs = parts.reduce((n, p) => n + p.ms, 0);
  const found = parts.reduce((n, p) => n + p.found, 0);
  const first = runs[0];
  console.log(`conflict-lens:       ${oursMs.toFixed(0)} ms mean of ${runs.length} cold runs (${runs.map((r) => r.ms.toFixed(0)).join(', ')} ms); ${(oursMs / files.length).toFixed(2)} ms/article: reading, analysis, groups, disagreements; peak RSS ${Math.max(...runs.map((r) => r.maxRssMb)).toFixed(0)} MB`);
  console.log(`                     before the clock: building the lexicon, ${first.lexiconMs.toFixed(0)} ms`);
  console.log(`                     ${first.entities} entity mentions, ${first.figures} figures, ${first.groups} comparison groups, ${first.disagreements} disagreements`);
  console.log(`compromise's tagger: ${compromiseMs.toFixed(0)} ms in ${PARTS} parts (${parts.map((p) => p.ms.toFixed(0)).join(', ')} ms) (${(compromiseMs / files.length).toFixed(2)} ms/article): reading, tagging; ${found} places/people/organizations/numbers`);
  console.log(`                     before the clock: loading compromise, which builds its lexicon, ${loadMs.toFixed(0)} ms`);
  console.log(`ratio:               ${(compromiseMs / oursMs).toFixed(1)}x faster than compromise's tagger`);
}

if (mode === '--child') child();
else if (mode === '--compromise') compromiseChild();
else void main();
