import type { WrittenDate } from '../article/dates';
import type { When } from '../model';
import { SPEECH_VERBS } from '../figures/vocabulary';
import type { WordFacts } from '../lexicon/wordFacts';
import type { ArticleCues } from '../text/sentenceCues';
import type { Tokenized } from '../text/tokens';
import { dayOf, isoOf } from './days';
import { START_WORDS, type TimeExpression, timeExpressions } from './expressions';

export type TimeRole = When['role'];

/** How many sentences back "the attack" is looked for, besides the lead's. */
const BACK_REFERENCE_SENTENCES = 6;
const LEAD_SENTENCES = 3;
/** How far from a noun of an attack a time may stand and date it ("a sarin attack on Khan Sheikhun on the 4th of April"). */
const ATTACK_TIME_REACH = 6;
/** Words that make a span up to now measure a record ("the worst attack since 1988", "the first since"). */
const SUPERLATIVES = new Set(['worst', 'deadliest', 'largest', 'biggest', 'first', 'most', 'highest', 'bloodiest', 'heaviest', 'single']);
const SUPERLATIVE_REACH = 8;
/** "said on Wednesday", "told AFP on Sunday": how far before a time its verb of saying may stand. */
const STATEMENT_REACH = 3;
/** How far after a count the span that makes it a running total may begin: "735 civilians in its strikes on Syria and Iraq since 2014". */
const SPAN_AFTER_REACH = 10;
/** A span longer than this is a period's, not an attack's. */
const MONTH_DAYS = 31;
/** How far before the time of a war's start its verb may stand: "began with anti-government protests in March 2011". */
const WAR_START_REACH = 12;
/** "Wednesday 21 August 2013": a weekday written just before the dateline belongs to it. */
const DATELINE_WEEKDAY_CHARS = 12;
/** How far from a claim another time of its sentence may date it, when the nearest dates a statement. */
const EVENT_TIME_REACH = 15;
/** A claim with no time of its own in a news report: what it reports happened that day or the day before. */
const NEWS_LAG_DAYS = 1;
/** A span "since" a day this close to the article's is that day's toll, not a running total ("since Sunday morning", "since yesterday"). */
const SINCE_A_DAY = 1;

/** Resolves the time of each claim of one article against the article's date. */
export class TimeResolver {
  private readonly today: number | null;
  private readonly bySentence = new Map<number, TimeExpression[]>();

  /** `dateline`: the article's own date as written at its head, which says when it was published, not when anything happened. */
  constructor(private readonly doc: Tokenized, private readonly facts: WordFacts[], published: string | null, private readonly dateline: WrittenDate | null, private readonly cues: ArticleCues) {
    this.today = published ? dayOf(published) : null;
  }

  private expressions(sentence: number): TimeExpression[] {
    let found = this.bySentence.get(sentence);
    if (!found) {
      const s = this.doc.sentences[sentence];
      found = timeExpressions(this.doc.tokens, s.first, s.last, this.today);
      const line = this.dateline;
      if (line && s.start < line.end) found = found.filter((e) => this.doc.tokens[e.first].start >= line.end || this.doc.tokens[e.last - 1].end < line.start - DATELINE_WEEKDAY_CHARS);
      this.bySentence.set(sentence, found);
    }
    return found;
  }

  /** The time of a claim written in tokens [first, last): what its sentence says, else what its role implies. */
  whenOf(first: number, last: number, role: TimeRole): When {
    const sentence = this.doc.tokens[first].sentence;
    const found = this.expressions(sentence);
    // "the deadliest attack since sarin gas killed hundreds in August 2013": a toll inside a span's "since" clause is
    // the toll of the event the span began with
    const began = role === 'event' ? found.find((e) => e.since && e.startTo !== undefined && e.from !== null && e.first < first && last <= e.last) : undefined;
    if (began) return span(began.from, began.startTo!, 'text', role);
    const running = role === 'event' ? this.spanAfter(found, sentence, last) : undefined;
    if (running) return span(running.from, running.to, 'text', 'total');
    let stated = this.nearest(found, first, last, role);
    if (stated && role === 'event' && this.statementTime(stated)) {
      // "the toll from Friday's attack has risen to 57, the governor said on Monday": the attack's day, when the sentence gives it
      const told = stated;
      const near = (e: TimeExpression) => (e.last <= first ? first - e.last : e.first - last) <= EVENT_TIME_REACH;
      const event = this.nearest(found.filter((e) => e !== told && !e.since && near(e) && !this.statementTime(e)), first, last, role);
      // "the toll has risen to 86, a monitoring group said on Wednesday": else the day of the report, not of the attack
      if (!event) return span(told.to - NEWS_LAG_DAYS, told.to, 'published', role);
      stated = event;
    }
    // "213 civilians have been killed since the truce collapsed on Monday": a toll over a span up to now is a running
    // total; "since Sunday morning" on a Sunday, or "since yesterday", is the day's toll
    if (stated && role === 'total' && this.today !== null && this.warStart(stated, this.today)) return span(stated.from, this.today, 'text', role);
    if (stated) return span(stated.from, stated.to, 'text', stated.since && role === 'event' && (stated.from === null || stated.to - stated.from > SINCE_A_DAY) ? 'total' : role);
    if (role === 'event') {
      const before = this.attackReferredTo(sentence);
      if (before) return span(before.expression.from, before.expression.to, 'context', role);
    }
    if (this.today === null) return { from: null, to: null, basis: 'none', role };
    if (role === 'total') return span(null, this.today, 'published', role);
    if (role === 'standing') return span(this.today, this.today, 'published', role);
    return span(this.today - NEWS_LAG_DAYS, this.today, 'published', role);
  }

  /**
   * The expression a claim's time is read from: the one nearest to it in its sentence; a running total prefers a
   * span up to the article's day ("since 2011"), and an event or a standing count a time of its own. An event is
   * not dated by a span that measures a record ("the deadliest attack since 1988").
   */
  private nearest(found: TimeExpression[], first: number, last: number, role: TimeRole): TimeExpression | undefined {
    let best: TimeExpression | undefined;
    let bestScore = Infinity;
    for (const e of found) {
      if (role === 'event' && e.since && this.comparing(e)) continue;
      const distance = e.last <= first ? first - e.last : e.first >= last ? e.first - last : 0;
      // "killed in the last 24 hours ... talks over the weekend": a span of a day up to now is an event's own time
      const fits = role === 'total' ? e.since : !e.since || (e.from !== null && e.to - e.from <= SINCE_A_DAY);
      const score = distance + (fits ? 0 : 1000);
      if (score < bestScore) { best = e; bestScore = score; }
    }
    // a standing count is as of the article's day unless its sentence names another
    if (best && role === 'standing' && best.since) return undefined;
    return best;
  }

  /**
   * "has killed more than 280000 in the war which began with peaceful protests in 2011", "a civil war broke out in
   * Syria in 2011 and has since claimed": a running total's time that dates the war's start; the total runs from it
   * up to the article's day.
   */
  private warStart(e: TimeExpression, today: number): boolean {
    if (e.since || e.from === null || e.to >= today) return false;
    const start = this.doc.sentences[this.doc.tokens[e.first].sentence].first;
    for (let k = e.first - 1; k >= Math.max(start, e.first - WAR_START_REACH); k--) if (START_WORDS.has(this.doc.tokens[k].lower)) return true;
    return false;
  }

  /**
   * "In late September the coalition acknowledged the deaths of 735 civilians in its strikes on Syria and Iraq since
   * 2014": a span longer than a month written after the count, in its own clause, makes it a running total, whatever
   * point of time the sentence names before it.
   */
  private spanAfter(found: TimeExpression[], sentence: number, last: number): TimeExpression | undefined {
    return found.find((e) => e.since && e.from !== null && e.to - e.from > MONTH_DAYS && e.first >= last && e.first - last <= SPAN_AFTER_REACH && !this.comparing(e) && !this.cues.opensClause(sentence, last, e.first));
  }

  /** "said on Wednesday", "told AFP on Sunday": a time that dates a statement. */
  private statementTime(e: TimeExpression): boolean {
    const tokens = this.doc.tokens;
    // "... a monitoring group said. In May more than 60 were killed": a verb of the sentence before says nothing of this one's times
    const start = this.doc.sentences[tokens[e.first].sentence].first;
    for (let k = e.first - 1; k >= Math.max(start, e.first - STATEMENT_REACH); k--) if (this.facts[k].speech && SPEECH_VERBS.has(tokens[k].lower)) return true;
    return false;
  }

  /** "the deadliest attack since 1988": a span up to now that measures a record, not the time of a count. */
  private comparing(e: TimeExpression): boolean {
    const tokens = this.doc.tokens;
    const start = this.doc.sentences[tokens[e.first].sentence].first;
    for (let k = e.first - 1; k >= Math.max(start, e.first - SUPERLATIVE_REACH); k--) if (SUPERLATIVES.has(tokens[k].lower)) return true;
    return false;
  }

  /**
   * "Washington blames the government for the attack, which it says killed more than 1,400": a sentence that
   * refers back to an attack takes the time of the last earlier sentence that names an attack and its time.
   */
  attackReferredTo(sentence: number): { sentence: number; expression: TimeExpression } | undefined {
    if (!this.cues.of(sentence).refersBack) return undefined;
    // a time written beside an attack's noun dates the attack ("a sarin attack on Khan Sheikhun on the 4th of April");
    // failing one, the first time of a sentence that names an attack, unless it dates a statement about it
    return this.referredBack(sentence, (s) => this.expressions(s).find((e) => !e.since && this.besideAttack(s, e)))
      ?? this.referredBack(sentence, (s) => this.expressions(s).find((e) => !e.since && !this.statementTime(e)));
  }

  /** The latest earlier sentence naming an attack (just before, or in the lead) whose time `pick` finds. */
  private referredBack(sentence: number, pick: (s: number) => TimeExpression | undefined): { sentence: number; expression: TimeExpression } | undefined {
    for (let s = sentence - 1; s >= 0; s--) {
      // what "the attack" refers to was told of just before, or in the lead
      if (s < sentence - BACK_REFERENCE_SENTENCES && s >= LEAD_SENTENCES) continue;
      // "sarin gas was used in Eastern Ghouta in 2013. The United States accused Damascus of that attack": a kind of
      // attack named is the attack named
      const cues = this.cues.of(s);
      if (!cues.namesAttack && cues.attackTypes.length === 0) continue;
      const dated = pick(s);
      if (dated) return { sentence: s, expression: dated };
    }
    return undefined;
  }

  /** Whether a time stands within a few words of a noun of an attack in its sentence. */
  private besideAttack(sentence: number, e: TimeExpression): boolean {
    for (const k of this.cues.of(sentence).attackNounsAt) if (Math.min(Math.abs(e.first - k), Math.abs(k - e.last)) <= ATTACK_TIME_REACH) return true;
    return false;
  }

}

const span = (from: number | null, to: number, basis: When['basis'], role: TimeRole): When => ({ from: from === null ? null : iso(from), to: iso(to), basis, role });

const isoDays = new Map<number, string>();
/** A day in ISO form, each day's string made once: claims of a corpus share few days. */
function iso(day: number): string {
  let s = isoDays.get(day);
  if (s === undefined) isoDays.set(day, (s = isoOf(day)));
  return s;
}
