import { findEntities, mentionsByToken } from './entities/scan';
import { Attributor } from './figures/attribution';
import { FigureClassifier } from './figures/classify';
import { groupOf } from './figures/groups';
import { findFigures } from './figures/scan';
import { contentHash } from './hash';
import { defaultLexicon } from './lexicon/bundled';
import type { Lexicon } from './lexicon/names';
import { wordFactsOf } from './lexicon/wordFacts';
import type { DocumentAnalysis, Figure } from './model';
import { articleDate } from './text/dates';
import { tokenize } from './text/tokens';

/** Group labels seen while analysing, keyed by group key (labels are derived, so any one is as good). */
export type GroupLabels = Map<string, string>;

/**
 * Analyses one article: every entity mention and every figure with its meaning and attribution. `hash` is the
 * text's content hash when the caller has computed it already.
 */
export function analyzeText(file: string, text: string, lex: Lexicon = defaultLexicon(), labels?: GroupLabels, hash = contentHash(text)): DocumentAnalysis {
  const doc = tokenize(text);
  const facts = wordFactsOf(lex).forTokens(doc.tokens);
  const mentions = findEntities(doc, lex, facts);
  const mentionAt = mentionsByToken(doc.tokens.length, mentions);
  const raws = findFigures(doc, mentionAt, facts);
  const attributor = new Attributor(doc, mentions, mentionAt, lex, facts);
  const classifier = new FigureClassifier(doc, mentions, mentionAt);
  const figures: Figure[] = [];
  const firstByValue = new Map<number, Figure>();
  for (const raw of raws) {
    const { source, speaker } = attributor.attribute(raw.first, raw.last);
    const meaning = classifier.classify(raw, source);
    const unit = meaning.unit;
    // "Of the 5,000 total": a bare number repeated with a definite article restates the earlier claim
    const restated = unit === 'other' && raw.noun === undefined && /^the$/i.test(doc.tokens[raw.first - 1]?.text ?? '') ? firstByValue.get(raw.low) : undefined;
    if (restated) {
      // spelled out field by field, in the order of the literal below: every figure has one shape
      figures.push({
        text: text.slice(raw.start, raw.end), start: raw.start, end: raw.end, low: restated.low, high: restated.high,
        qualifier: raw.qualifier, unit: restated.unit, subject: restated.subject, category: restated.category, event: restated.event,
        actor: restated.actor, place: restated.place, source: source ?? restated.source, speaker: source ? speaker : restated.speaker, group: restated.group,
      });
      continue;
    }
    const group = groupOf(meaning, unit);
    if (group && labels && !labels.has(group.key)) labels.set(group.key, group.label);
    figures.push({
      text: text.slice(raw.start, raw.end), start: raw.start, end: raw.end, low: raw.low, high: raw.high,
      qualifier: raw.qualifier, unit, subject: meaning.subject, category: meaning.category, event: meaning.event,
      actor: meaning.actor, place: meaning.place, source, speaker, group: group?.key ?? null,
    });
    if (!firstByValue.has(raw.low) && unit !== 'other') firstByValue.set(raw.low, figures[figures.length - 1]);
  }
  const entities = mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, type: m.type, canonical: m.canonical }));
  return { file, date: articleDate(text), hash, entities, figures };
}
