import { findEntities } from './entities/scan';
import { Attributor } from './figures/attribution';
import { FigureClassifier } from './figures/classify';
import { groupOf } from './figures/groups';
import { findFigures } from './figures/scan';
import { defaultLexicon, type Lexicon } from './lexicon/names';
import type { DocumentAnalysis, Figure } from './model';
import { tokenize } from './text/tokens';

/** Group labels seen while analysing, keyed by group key (labels are derived, so any one is as good). */
export type GroupLabels = Map<string, string>;

/** Analyses one article: every entity mention and every figure with its meaning and attribution. */
export function analyzeText(file: string, text: string, lex: Lexicon = defaultLexicon(), labels?: GroupLabels): DocumentAnalysis {
  const doc = tokenize(text);
  const mentions = findEntities(doc, lex);
  const claimed = new Uint8Array(doc.tokens.length);
  for (const m of mentions) claimed.fill(1, m.first, m.last);
  const raws = findFigures(doc, claimed);
  const attributor = new Attributor(doc, mentions, lex);
  const classifier = new FigureClassifier(doc, mentions);
  const figures: Figure[] = [];
  const sourceByValue = new Map<number, { source: string | null; speaker: string | null }>();
  for (const raw of raws) {
    let { source, speaker } = attributor.attribute(raw.first, raw.last);
    // "Of the 5,000 total": a figure repeated with a definite article keeps the attribution it was first given
    if (source === null && /^the$/i.test(doc.tokens[raw.first - 1]?.text ?? '') && sourceByValue.has(raw.low)) ({ source, speaker } = sourceByValue.get(raw.low)!);
    if (source !== null && !sourceByValue.has(raw.low)) sourceByValue.set(raw.low, { source, speaker });
    const meaning = classifier.classify(raw, source);
    const group = groupOf(meaning, raw.unit);
    if (group && labels && !labels.has(group.key)) labels.set(group.key, group.label);
    figures.push({
      text: text.slice(raw.start, raw.end), start: raw.start, end: raw.end, low: raw.low, high: raw.high,
      qualifier: raw.qualifier, unit: raw.unit, subject: meaning.subject, category: meaning.category, event: meaning.event,
      actor: meaning.actor, place: meaning.place, source, speaker, group: group?.key ?? null,
    });
  }
  const entities = mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, type: m.type, canonical: m.canonical }));
  return { file, entities, figures };
}
