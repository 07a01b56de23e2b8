import { analyzeText, type GroupLabels } from '../analyze';
import { readArticle } from '../files';
import type { Lexicon } from '../lexicon/names';
import { AnalysisOutput } from '../model';
import { CorpusIndex } from './corpusIndex';

export interface Skipped { file: string; reason: string }

/** Reads and analyses files, skipping (and reporting) those that are not readable articles. */
export function analyzeCorpus(files: string[], lex: Lexicon): { output: AnalysisOutput; skipped: Skipped[]; index: CorpusIndex } {
  const index = new CorpusIndex();
  const skipped: Skipped[] = [];
  for (const file of files) {
    const read = readArticle(file);
    if (!read.ok) { skipped.push({ file, reason: read.reason }); continue; }
    const labels: GroupLabels = new Map();
    try {
      index.set(analyzeText(file, read.text, lex, labels), labels);
    } catch (e) {
      skipped.push({ file, reason: `analysis failed: ${(e as Error).message}` });
    }
  }
  return { output: toOutput(index), skipped, index };
}

export function toOutput(index: CorpusIndex): AnalysisOutput {
  return { documents: index.documents(), groups: index.groups(), disagreements: index.disagreements() };
}
