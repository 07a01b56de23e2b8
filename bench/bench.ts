import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { analyzeCorpus, toOutput } from '../src/core/corpus/analyzeCorpus';
import { CorpusIndex } from '../src/core/corpus/corpusIndex';
import { collectArticles } from '../src/core/files';
import { defaultLexicon } from '../src/core/lexicon/names';

// npm run bench [-- FOLDER]: analyses a folder of articles (default: the FA-KES corpus beside the project) with
// Conflict Lens and, in the same run, with compromise's own tagger, and prints both times, the ratio and memory.

const folder = process.argv[2] ?? path.resolve(__dirname, '../../shared/corpus/fakes');
const { files } = collectArticles([folder]);
const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
const ms = (t: bigint) => Number(t) / 1e6;

if (process.argv.includes('--ours-only')) {
  // child mode: one cold run in a fresh process, to measure resident memory honestly
  const t0 = process.hrtime.bigint();
  defaultLexicon();
  const t1 = process.hrtime.bigint();
  const { output, index } = analyzeCorpus(files, defaultLexicon());
  const t2 = process.hrtime.bigint();
  // the same index again, from analyses in memory: what the derived views (groups, disagreements) cost
  const again = new CorpusIndex();
  for (const d of index.documents()) again.set(d);
  const t3 = process.hrtime.bigint();
  toOutput(again);
  const t4 = process.hrtime.bigint();
  const figures = output.documents.reduce((n, d) => n + d.figures.length, 0);
  const entities = output.documents.reduce((n, d) => n + d.entities.length, 0);
  process.stdout.write(JSON.stringify({ lexiconMs: ms(t1 - t0), analyzeMs: ms(t2 - t1), indexMs: ms(t4 - t3), maxRssMb: process.resourceUsage().maxRSS / 1024, figures, entities, groups: output.groups.length, disagreements: output.disagreements.length }));
  process.exit(0);
}

console.log(`corpus: ${files.length} articles, ${(bytes / 1048576).toFixed(2)} MB (${folder})`);
const ours = JSON.parse(execFileSync(process.execPath, [__filename, folder, '--ours-only'], { encoding: 'utf8', maxBuffer: 1 << 26 }));
console.log(`conflict-lens: lexicon ${ours.lexiconMs.toFixed(0)} ms + reading and analysis ${ours.analyzeMs.toFixed(0)} ms (${(ours.analyzeMs / files.length).toFixed(2)} ms/article, of which groups and disagreements ${ours.indexMs.toFixed(0)} ms), peak RSS ${ours.maxRssMb.toFixed(0)} MB`);
console.log(`               ${ours.entities} entity mentions, ${ours.figures} figures, ${ours.groups} comparison groups, ${ours.disagreements} disagreements`);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const nlp = require('compromise');
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
const c0 = process.hrtime.bigint();
let found = 0;
for (const text of texts) {
  const doc = nlp(text);
  found += doc.places().length + doc.people().length + doc.organizations().length + doc.numbers().length;
}
const c1 = process.hrtime.bigint();
const compromiseMs = ms(c1 - c0);
console.log(`compromise:    ${compromiseMs.toFixed(0)} ms (${(compromiseMs / files.length).toFixed(2)} ms/article), ${found} places/people/organizations/numbers`);
const total = ours.lexiconMs + ours.analyzeMs;
console.log(`ratio:         ${(compromiseMs / total).toFixed(1)}x faster than compromise's tagger (lexicon included), ${(compromiseMs / ours.analyzeMs).toFixed(1)}x on analysis alone`);
