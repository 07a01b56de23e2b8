import type { Lexicon } from '../lexicon/names';
import type { AnalysisOutput } from '../model';
import { answerItem, type ItemResult } from './answer';
import { CorpusIndex } from './corpusIndex';

export interface Skipped { file: string; reason: string }
export interface CorpusResult { output: AnalysisOutput; skipped: Skipped[]; index: CorpusIndex }

/** Builds the corpus index from per-file results, in the order of the files; skips are reported, not fatal. */
export function collectResults(files: string[], results: ItemResult[]): CorpusResult {
  const index = new CorpusIndex();
  const skipped: Skipped[] = [];
  results.forEach((r, k) => {
    if (r.type === 'analysis') index.set(r.analysis, new Map(r.labels));
    else if (r.type === 'skipped') skipped.push({ file: files[k], reason: r.reason });
  });
  return { output: toOutput(index), skipped, index };
}

/** Reads and analyses files on this thread. */
export function analyzeCorpus(files: string[], lex: Lexicon): CorpusResult {
  return collectResults(files, files.map((file) => answerItem({ file }, lex)));
}

export function toOutput(index: CorpusIndex): AnalysisOutput {
  // the incidents first: clustering them writes each figure's incident
  const incidents = index.incidents();
  return { documents: index.documents(), groups: index.groups(), incidents, disagreements: index.disagreements(), updates: index.updates() };
}
