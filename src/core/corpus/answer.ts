import { analyzeText, type GroupLabels } from '../analyze';
import { givenMeta } from '../article/metadata';
import { acceptText, readArticle } from '../files';
import { contentHash } from '../hash';
import type { Lexicon } from '../lexicon/names';
import type { DocumentAnalysis } from '../model';

/**
 * One article to analyse: a file read from disk, or the given text (an open editor's unsaved content). With
 * knownHash, content that still has that hash is answered 'unchanged' without being analysed again.
 */
export interface AnalyzeItem { file: string; text?: string; knownHash?: string }

export type ItemResult =
  | { type: 'analysis'; hash: string; analysis: DocumentAnalysis; labels: [string, string][] }
  | { type: 'unchanged'; hash: string }
  | { type: 'skipped'; reason: string };

/**
 * Reads (unless given the text) and analyses one article; a failure is a skip with its reason, never a throw. The
 * lexicon may be given as a function, called only when the article needs analysing.
 */
export function answerItem(item: AnalyzeItem, lexicon: Lexicon | (() => Lexicon)): ItemResult {
  try {
    const read = item.text !== undefined ? acceptText(item.text) : readArticle(item.file);
    if (!read.ok) return { type: 'skipped', reason: read.reason };
    const hash = contentHash(read.text);
    if (item.knownHash === hash) return { type: 'unchanged', hash };
    const labels: GroupLabels = new Map();
    const analysis = analyzeText(item.file, read.text, { lexicon: typeof lexicon === 'function' ? lexicon() : lexicon, labels, hash, meta: givenMeta(item.file, read.text) });
    return { type: 'analysis', hash, analysis, labels: [...labels] };
  } catch (e) {
    return { type: 'skipped', reason: `analysis failed: ${(e as Error).message}` };
  }
}
