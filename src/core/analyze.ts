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
import type { DocumentAnalysis, Entity, Figure, PlaceInfo } from './model';
import { datelineOf } from './article/dates';
import { readHeadlineTolls } from './article/headlineLead';
import { publisherName } from './article/mediaNames';
import type { GivenMeta } from './article/metadata';
import { textPublisher } from './article/publisher';
import { textTitle } from './article/title';
import { EventTypeReader } from './figures/eventType';
import { SideReader } from './figures/side';
import { ArticleCues } from './text/sentenceCues';
import { otherStoriesFrom } from './text/otherStories';
import { tokenize, type Tokenized } from './text/tokens';
import { type TimeRole, TimeResolver } from './time/when';

/** Group labels seen while analysing, keyed by group key (labels are derived, so any one is as good). */
export type GroupLabels = Map<string, string>;

export interface AnalyzeOptions {
  lexicon?: Lexicon;
  /** Filled with the labels of the comparison groups the article's figures fall in. */
  labels?: GroupLabels;
  /** The text's content hash, when the caller has computed it already. */
  hash?: string;
  /** What a metadata file or front matter says of the article; it wins over what the text says. */
  meta?: GivenMeta;
}

/** Analyses one article: its date and publisher, every entity mention and every figure with its meaning and attribution. */
export function analyzeText(file: string, text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const lex = options.lexicon ?? defaultLexicon();
  const meta = options.meta ?? {};
  const doc = tokenize(text);
  const facts = wordFactsOf(lex).forTokens(doc.tokens);
  const mentions = findEntities(doc, lex, facts);
  const mentionAt = mentionsByToken(doc.tokens.length, mentions);
  const raws = findFigures(doc, mentionAt, facts, lex.english.persons);
  const dateline = datelineOf(text);
  const date = meta.date ?? dateline?.date ?? null;
  const cues = new ArticleCues(doc);
  const context: FigureContext = {
    attributor: new Attributor(doc, mentions, mentionAt, lex, facts), classifier: new FigureClassifier(doc, mentions, mentionAt, cues, lex.predicates, lex.english.persons),
    time: new TimeResolver(doc, facts, date, dateline, cues), events: new EventTypeReader(doc, cues), sides: new SideReader(doc, cues, mentions, mentionAt), labels: options.labels,
  };
  const figures = describeFigures(doc, raws, context);
  readHeadlineTolls(doc, figures, mentions);
  return {
    file, date, publisher: meta.publisher ? publisherName(lex, meta.publisher) : textPublisher(doc, mentions), title: meta.title ?? textTitle(text),
    hash: options.hash ?? contentHash(text), entities: mentions.map(entityOf), figures, places: placesOf(mentions),
  };
}

/** What describes an article's figures: who said them, what they count, when, and what happened. */
interface FigureContext {
  attributor: Attributor;
  classifier: FigureClassifier;
  time: TimeResolver;
  events: EventTypeReader;
  sides: SideReader;
  labels?: GroupLabels;
}

// The steps below are functions of their own, each small: the optimising compiler then spends its time on the
// loops that run for every figure, not on the whole article's pipeline.

const entityOf = (m: Mention): Entity => ({ text: m.text, start: m.start, end: m.end, type: m.type, canonical: m.canonical });

/** Each figure's meaning, source, comparison group, time and (for a toll) kind of attack, in the order of the text. */
function describeFigures(doc: Tokenized, raws: RawFigure[], context: FigureContext): Figure[] {
  const figures: Figure[] = [];
  const elsewhere = otherStoriesFrom(doc);
  const firstByValue = new Map<number, Figure>();
  for (const raw of raws) {
    const { source, speaker } = context.attributor.attribute(raw.first, raw.last);
    const meaning = context.classifier.classify(raw, source);
    const restated = restates(doc, raw, meaning.unit) ? firstByValue.get(raw.low) : undefined;
    if (restated) {
      figures.push(restatement(doc.text, raw, restated, source, speaker));
      continue;
    }
    const figure = claim(doc, raw, meaning, source, speaker, context, raw.first < elsewhere);
    figures.push(figure);
    if (!firstByValue.has(raw.low) && figure.unit !== 'other') firstByValue.set(raw.low, figure);
  }
  return figures;
}

/**
 * "Of the 5,000 total", "the 58 were buried": a bare number repeated with a definite article restates an earlier claim
 * of that value; "the two sides" counts a noun of its own.
 */
const restates = (doc: Tokenized, raw: RawFigure, unit: Unit) => {
  if (unit !== 'other' || raw.noun !== undefined || !/^the$/i.test(doc.tokens[raw.first - 1]?.text ?? '')) return false;
  const next = doc.tokens[raw.last];
  return !next || next.kind !== 'word' || RESTATING_WORDS.has(next.lower);
};
/** Words after "the 5,000" that say it is the count itself, not a count of a noun of its own. */
const RESTATING_WORDS = new Set(['total', 'of', 'in', 'at', 'were', 'was', 'are', 'is', 'and', 'or', 'who', 'that', 'had', 'have', 'figure', 'mark', 'number', 'toll']);

/** A toll or an exodus counts what an event did, or a war's running total; other counts describe how things stand. */
function timeRole(meaning: FigureMeaning, raw: RawFigure, classifier: FigureClassifier): TimeRole {
  if (meaning.category !== 'casualties' && meaning.category !== 'displaced') return 'standing';
  return classifier.runningTotal(raw) || (meaning.category === 'casualties' && raw.low >= WAR_SCALE) ? 'total' : 'event';
}
/**
 * A toll this large is a war's running total whatever its sentence says ("the death toll may be as high as 400000",
 * "More than 300000 people have been killed and millions forced to flee"): no one attack is reported so.
 */
const WAR_SCALE = 100_000;

/** `own`: the figure is the article's, not one of another story's headline listed after it (no group then). */
function claim(doc: Tokenized, raw: RawFigure, meaning: FigureMeaning, source: string | null, speaker: string | null, context: FigureContext, own: boolean): Figure {
  const group = own ? groupOf(meaning, meaning.unit) : null;
  if (group && context.labels && !context.labels.has(group.key)) context.labels.set(group.key, group.label);
  // only what is compared across articles needs a time and a kind of attack
  const when = group ? context.time.whenOf(raw.first, raw.last, timeRole(meaning, raw, context.classifier)) : null;
  const toll = group !== null && meaning.category === 'casualties';
  const eventType = toll ? context.events.typeOf(raw.first, raw.last, meaning.event === 'executed') : null;
  // a count of fighters names their side as who was struck, not who struck
  const side = toll && !meaning.subjectClass.endsWith('fighters') ? context.sides.sideOf(raw.first, raw.last, source) : null;
  return {
    text: doc.text.slice(raw.start, raw.end), start: raw.start, end: raw.end, low: raw.low, high: raw.high,
    qualifier: raw.qualifier, unit: meaning.unit, subject: meaning.subject, category: meaning.category, event: meaning.event,
    actor: meaning.actor, place: when?.role === 'total' ? context.classifier.placeOfTotal(raw, meaning.place) : meaning.place, source, speaker, group: group?.key ?? null, when, eventType, side, incident: null,
  };
}

/** The earlier claim said again: its meaning, with this span, hedge and (when named) source. */
function restatement(text: string, raw: RawFigure, restated: Figure, source: string | null, speaker: string | null): Figure {
  // field by field, in the order of the literal in claim(): every figure has one shape
  return {
    text: text.slice(raw.start, raw.end), start: raw.start, end: raw.end, low: restated.low, high: restated.high,
    qualifier: raw.qualifier, unit: restated.unit, subject: restated.subject, category: restated.category, event: restated.event,
    actor: restated.actor, place: restated.place, source: source ?? restated.source, speaker: source ? speaker : restated.speaker, group: restated.group,
    when: restated.when, eventType: restated.eventType, side: restated.side, incident: null,
  };
}

/** Each place the article names, once, with its province and country. */
function placesOf(mentions: Mention[]): PlaceInfo[] {
  const seen = new Map<string, PlaceInfo>();
  for (const m of mentions) {
    if (m.type !== 'place' || seen.has(m.canonical)) continue;
    const r = m.ref;
    seen.set(m.canonical, { canonical: m.canonical, kind: m.kind, admin1: r.admin1 ?? null, country: r.kind === 'country' ? m.canonical : r.country ?? null, lat: r.lat ?? null, lon: r.lon ?? null });
  }
  return [...seen.values()];
}
