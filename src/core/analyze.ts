import type { Mention } from './entities/mention';
import { findEntities, mentionsByToken } from './entities/scan';
import { Attributor } from './figures/attribution';
import { FigureClassifier, type FigureMeaning } from './figures/classify';
import { groupOf } from './figures/groups';
import { findFigures, type RawFigure } from './figures/scan';
import type { Unit } from './figures/vocabulary';
import { contentHash } from './hash';
import { defaultLexicon } from './lexicon/bundled';
import type { Lexicon } from './lexicon/names';
import { wordFactsOf } from './lexicon/wordFacts';
import type { DocumentAnalysis, Entity, Figure } from './model';
import { articleDate } from './text/dates';
import { tokenize, type Tokenized } from './text/tokens';

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
  const figures = describeFigures(doc, raws, new Attributor(doc, mentions, mentionAt, lex, facts), new FigureClassifier(doc, mentions, mentionAt), labels);
  return { file, date: articleDate(text), hash, entities: mentions.map(entityOf), figures };
}

// The steps below are functions of their own, each small: the optimising compiler then spends its time on the
// loops that run for every figure, not on the whole article's pipeline.

const entityOf = (m: Mention): Entity => ({ text: m.text, start: m.start, end: m.end, type: m.type, canonical: m.canonical });

/** Each figure's meaning, source and comparison group, in the order of the text. */
function describeFigures(doc: Tokenized, raws: RawFigure[], attributor: Attributor, classifier: FigureClassifier, labels?: GroupLabels): Figure[] {
  const figures: Figure[] = [];
  const firstByValue = new Map<number, Figure>();
  for (const raw of raws) {
    const { source, speaker } = attributor.attribute(raw.first, raw.last);
    const meaning = classifier.classify(raw, source);
    const restated = restates(doc, raw, meaning.unit) ? firstByValue.get(raw.low) : undefined;
    if (restated) {
      figures.push(restatement(doc.text, raw, restated, source, speaker));
      continue;
    }
    const figure = claim(doc.text, raw, meaning, source, speaker, labels);
    figures.push(figure);
    if (!firstByValue.has(raw.low) && figure.unit !== 'other') firstByValue.set(raw.low, figure);
  }
  return figures;
}

/** "Of the 5,000 total": a bare number repeated with a definite article restates an earlier claim of that value. */
const restates = (doc: Tokenized, raw: RawFigure, unit: Unit) => unit === 'other' && raw.noun === undefined && /^the$/i.test(doc.tokens[raw.first - 1]?.text ?? '');

function claim(text: string, raw: RawFigure, meaning: FigureMeaning, source: string | null, speaker: string | null, labels?: GroupLabels): Figure {
  const group = groupOf(meaning, meaning.unit);
  if (group && labels && !labels.has(group.key)) labels.set(group.key, group.label);
  return {
    text: text.slice(raw.start, raw.end), start: raw.start, end: raw.end, low: raw.low, high: raw.high,
    qualifier: raw.qualifier, unit: meaning.unit, subject: meaning.subject, category: meaning.category, event: meaning.event,
    actor: meaning.actor, place: meaning.place, source, speaker, group: group?.key ?? null,
  };
}

/** The earlier claim said again: its meaning, with this span, hedge and (when named) source. */
function restatement(text: string, raw: RawFigure, restated: Figure, source: string | null, speaker: string | null): Figure {
  // field by field, in the order of the literal in claim(): every figure has one shape
  return {
    text: text.slice(raw.start, raw.end), start: raw.start, end: raw.end, low: restated.low, high: restated.high,
    qualifier: raw.qualifier, unit: restated.unit, subject: restated.subject, category: restated.category, event: restated.event,
    actor: restated.actor, place: restated.place, source: source ?? restated.source, speaker: source ? speaker : restated.speaker, group: restated.group,
  };
}
