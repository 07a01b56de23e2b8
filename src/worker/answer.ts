import { analyzeText, type GroupLabels } from '../core/analyze';
import { acceptText, readArticle } from '../core/files';
import { contentHash } from '../core/hash';
import type { Lexicon } from '../core/lexicon/names';
import type { AnalyzeItem, ItemResult } from './protocol';

/** Reads (unless given the text) and analyses one article; a failure is a skip with its reason, never a throw. */
export function answerItem(item: AnalyzeItem, lexicon: Lexicon): ItemResult {
  try {
    const read = item.text !== undefined ? acceptText(item.text) : readArticle(item.file);
    if (!read.ok) return { type: 'skipped', reason: read.reason };
    const hash = contentHash(read.text);
    if (item.knownHash === hash) return { type: 'unchanged', hash };
    const labels: GroupLabels = new Map();
    const analysis = analyzeText(item.file, read.text, lexicon, labels);
    return { type: 'analysis', hash, analysis, labels: [...labels] };
  } catch (e) {
    return { type: 'skipped', reason: `analysis failed: ${(e as Error).message}` };
  }
}
