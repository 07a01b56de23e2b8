import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeCorpus } from '../../src/core/corpus/analyzeCorpus';
import { collectArticles } from '../../src/core/files';
import { defaultLexicon } from '../../src/core/lexicon/bundled';
import { AnalysisOutput } from '../../src/core/model';
import { SAMPLES, SHARED } from './paths';

/** Scores the analysis of the sample articles with the official scorer against the hand annotation. */
describe('quality on the annotated sample articles (official scorer)', () => {
  let summary: Record<string, number>;
  let output: AnalysisOutput;

  before(() => {
    const { files } = collectArticles([SAMPLES]);
    output = analyzeCorpus(files, defaultLexicon()).output;
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cl-gold-')), 'seeds.json');
    fs.writeFileSync(out, JSON.stringify(output));
    const report = execFileSync(process.execPath, [path.join(SHARED, 'tools/score-seeds.mjs'), out, path.join(SHARED, 'gold/seeds.gold.json')], { encoding: 'utf8' });
    console.log(report.replace(/^/gm, '      '));
    const line = report.trim().split('\n').pop()!;
    summary = Object.fromEntries(line.replace(/^SUMMARY /, '').split(' ').map((kv) => kv.split('=')).map(([k, v]) => [k, Number(v)]));
  });

  it('the output parses with the documented schema', () => {
    assert.doesNotThrow(() => AnalysisOutput.parse(output));
    assert.equal(output.documents.length, 4);
  });

  it('entity F1 (exact span and type) is at least 0.95', () => assert.ok(summary.entF1 >= 0.95, `entF1=${summary.entF1}`));
  it('canonical clustering pair F1 is at least 0.95', () => assert.ok(summary.canonF1 >= 0.95, `canonF1=${summary.canonF1}`));
  it('figure F1 is at least 0.95', () => assert.ok(summary.figF1 >= 0.95, `figF1=${summary.figF1}`));
  it('low and high are right for at least 90% of matched figures', () => assert.ok(summary.value >= 0.9, `value=${summary.value}`));
  it('the source is right for at least 85% of matched figures', () => assert.ok(summary.source >= 0.85, `source=${summary.source}`));
  it('comparison-group pair F1 is at least 0.80', () => assert.ok(summary.groupF1 >= 0.8, `groupF1=${summary.groupF1}`));
  it('both conflicts the gold marks are listed in disagreements', () => assert.equal(summary.conflicts, 1));
});
