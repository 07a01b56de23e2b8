import { isCapitalized, type Token, type Tokenized } from '../text/tokens';
import { lower, NumberReader, type NumberExpr } from './numbers';
import type { WordFacts } from '../lexicon/wordFacts';
import { CHILD_NOUNS, COPULAS, DATE_MARKS, DURATION_UNITS, HEDGES, MONTHS, NAME_NUMBER_PREFIXES, NUMBER_WORDS, ORDINAL_SUFFIXES, OTHER_DURATIONS, PART_WHOLES, PEOPLE_NOUNS, TERRITORY_NOUNS, type Qualifier, type Unit } from './vocabulary';

/** A figure found in the text before it is classified: span, interval, hedge and unit. */
export interface RawFigure {
  first: number;
  last: number;
  start: number;
  end: number;
  low: number;
  high: number;
  qualifier: Qualifier;
  qualifierInherited: boolean;
  unit: Unit;
  /** Token index of the noun the figure counts ("fighters"), when there is one. */
  noun?: number;
  /** Duration-like unit outside the unit vocabulary (weeks, hours). */
  duration: boolean;
  vague: boolean;
}

const A_STARTS = new Set(['few', 'third', 'quarter', 'fifth', 'tenth', 'hundred', 'thousand', 'million', 'billion', 'dozen']);
const RANGE_JOINERS = new Set(['to', '-', '–', '—', 'and', 'or']);
const YEAR = /^(?:19|20)\d\d$/;
// word lists asked of single tokens, in lower case: a set answers without running a pattern
const CLOCK_WORDS = new Set(['am', 'pm', 'gmt', 'utc', 'hrs', 'h']);
const AREA_UNITS = new Set(['km2', 'km²', 'sq']);
/** "km2", "km²", "sq km", "sq mi": an area written short, which the tokenizer splits at the digit ("km" "2"). */
const SQUARE_MARKS = new Set(['2', '²']);
const QUOTE_MARKS = new Set(['"', '“', '”']);
/** Hedges said only of a count, never of a year ("more than 2000"; "around 2015" may be a year). */
const COUNT_HEDGES = new Set<Qualifier>(['more-than', 'at-least', 'fewer-than']);
/** Verbs whose particle is "over" ("handed over 50 bodies"). */
const PARTICLE_VERBS = new Set(['handed', 'hand', 'hands', 'handing', 'took', 'take', 'takes', 'taking', 'taken', 'turned', 'turn', 'turns', 'turning', 'won', 'win', 'wins', 'winning', 'gave', 'give', 'gives', 'giving']);
/** Groups of people named by "one" to say which ("members of one family"). */
const ONE_GROUPS = new Set(['family', 'household', 'clan', 'tribe']);
/** How many counters a page's sharing links show after its short link ("Get short URL 0 0 0"). */
const SHARE_COUNTERS = 3;
/** How long an aside in brackets inside a counted noun phrase may be. */
const BRACKET_REACH = 8;

/** A hyphen written between two words with no space: "pro-regime", "al-Nusra". */
function isJoiningHyphen(t: readonly Token[], k: number): boolean {
  const h = t[k];
  const before = t[k - 1];
  const after = t[k + 1];
  return h?.text === '-' && before?.kind === 'word' && after?.kind === 'word' && before.end === h.start && h.end === after.start;
}

/** A capital letter standing alone: the "U" of "U.S.". */
const isInitial = (t: Token | undefined) => t !== undefined && t.text.length === 1 && t.text >= 'A' && t.text <= 'Z';

/** The last token of an initialism written with stops that starts at k ("U.S.", "U.N."), which is one word. */
function initialismEnd(t: readonly Token[], k: number): number | undefined {
  let end = k;
  while (isInitial(t[end]) && t[end + 1]?.text === '.' && t[end + 1].start === t[end].end) end += 2;
  return end - k >= 4 ? end - 1 : undefined;
}
/** Words before a number that make it an age. */
const AGE_WORDS = new Set(['age', 'ages', 'aged']);
/** Nouns of people that are states ("the dead", "the wounded"), which after another noun say what befell it. */
const STATE_NOUNS = new Set(['dead', 'wounded', 'injured', 'lives']);
/** The most words a hedge has ("no fewer than"). */
const HEDGE_WORDS = Math.max(...HEDGES.map(([words]) => words.length));
const NOUN_STOPS = new Set(['killed', 'died', 'including', 'a', 'an', 'and', 'or', 'of', 'in', 'at', 'on', 'who', 'were', 'are', 'was', 'is', 'have', 'had', 'has', 'from', 'to', 'by', 'with', 'after', 'before', 'as', 'when', 'while', 'since', 'during', 'amid', 'following']);

export class FigureScanner {
  private readonly tokens: Token[];
  private readonly numbers: NumberReader;

  /**
   * `claimed`: tokens inside a name ("7th Division", "Kurdistan 24") start no figure. `persons`: nouns of people
   * beyond the figure vocabulary's own ("citizens", "medics"), from compromise's lexicon.
   */
  constructor(doc: Tokenized, private readonly claimed: ArrayLike<unknown>, private readonly facts: WordFacts[], private readonly persons: ReadonlySet<string>) {
    this.tokens = doc.tokens;
    this.numbers = new NumberReader(doc.tokens);
  }

  /** Whether token b follows token a on the same line, close by; false past the end of the text. */
  private adjacent(a: number, b: number): boolean {
    return b === a + 1 && this.tokens[b]?.joined === true;
  }

  scan(): RawFigure[] {
    const out: RawFigure[] = [];
    for (let i = 0; i < this.tokens.length; i++) {
      const t = this.tokens[i];
      if (this.claimed[i] || !(t.kind === 'number' || this.facts[i].figureWord)) continue;
      // the article "a" starts a figure only as "a few", "a third", "a hundred", "a dozen"
      if (t.lower === 'a' && !A_STARTS.has(this.tokens[i + 1]?.lower ?? '')) continue;
      const fig = this.figureAt(i);
      if (!fig) continue;
      const prev = out[out.length - 1];
      if (prev && fig.qualifier === 'exact' && this.inheritsQualifier(prev, fig)) {
        fig.qualifier = prev.qualifier;
        fig.qualifierInherited = true;
      }
      if (prev && fig.unit === 'other' && fig.noun === undefined && !fig.duration && this.elliptical(prev, fig)) {
        fig.unit = prev.unit;
        fig.noun = prev.noun;
      }
      out.push(fig);
      i = fig.last - 1;
    }
    return out;
  }

  private figureAt(i: number): RawFigure | undefined {
    const range = this.dayOrTwo(i);
    if (range) return range;
    let expr = this.numbers.read(i);
    if (!expr) return undefined;
    // "a few thousand": the article belongs to the vague magnitude
    if (lower(this.tokens[i - 1]) === 'a' && lower(this.tokens[i]) === 'few') expr = { first: i - 1, last: expr.last, low: expr.low, high: expr.high, vague: expr.vague, fraction: expr.fraction };
    if (this.excluded(expr)) return undefined;
    // "under the age of eight", "aged 12": an age
    if (AGE_WORDS.has(lower(this.tokens[i - 1])) || (lower(this.tokens[i - 1]) === 'of' && AGE_WORDS.has(lower(this.tokens[i - 2])))) return undefined;
    let qualifier: Qualifier = expr.vague ? 'about' : 'exact';
    let { first, last, low, high } = expr;
    const between = lower(this.tokens[first - 1]) === 'between' || lower(this.tokens[first - 1]) === 'from';
    const second = this.rangeEnd(expr, between);
    if (second) {
      if (YEAR.test(this.tokens[expr.first].text) && YEAR.test(this.tokens[second.first].text)) return undefined;
      // "between 1 and 2 million": the scale written once applies to both ends
      if (second.low >= 1000 && low < 1000 && second.high / second.low === 1 && this.scaleOf(second) > 1) low *= this.scaleOf(second);
      high = Math.max(second.high, low);
      low = Math.min(low, second.low);
      last = second.last;
      qualifier = 'range';
      if (between) first--;
    } else {
      const hedge = expr.vague ? undefined : this.hedgeBefore(first);
      // "11 children below 8", "boys under 15", "at ages below 8": an age, not a count
      if (hedge && (CHILD_NOUNS.has(lower(this.tokens[hedge.first - 1])) || AGE_WORDS.has(lower(this.tokens[hedge.first - 1])))) return undefined;
      if (hedge) {
        first = hedge.first;
        qualifier = expr.vague ? 'about' : hedge.qualifier;
      }
    }
    // "300 or more", "50 or fewer": the hedge written after the number
    const after = lower(this.tokens[last]) === 'or' ? lower(this.tokens[last + 1]) : '';
    if (qualifier === 'exact' && (after === 'more' || after === 'fewer' || after === 'less')) {
      qualifier = after === 'more' ? 'at-least' : 'up-to';
      last += 2;
    }
    // "1,000-plus"
    if (qualifier === 'exact' && this.tokens[last]?.text === '-' && lower(this.tokens[last + 1]) === 'plus' && this.tokens[last].start === this.tokens[last - 1].end) {
      qualifier = 'at-least';
      last += 2;
    }
    // "20+ killed"
    const plus = this.tokens[last];
    if (qualifier === 'exact' && plus?.text === '+' && plus.start === this.tokens[last - 1].end && !(this.tokens[last + 1]?.kind === 'number' && this.tokens[last + 1].start === plus.end)) {
      qualifier = 'at-least';
      last += 1;
    }
    const unit = this.unitAfter(last, expr);
    // "in 2015"; but "more than 2000 oil tankers" counts
    if (unit.unit === 'other' && !unit.noun && !unit.duration && !COUNT_HEDGES.has(qualifier) && this.isBareYear(expr)) return undefined;
    if (unit.unit === 'other' && !unit.noun && !unit.duration && this.pronounOne(expr, expr.last)) return undefined;
    const start = this.tokens[first].start;
    const end = this.tokens[unit.spanLast - 1].end;
    return {
      first, last: unit.spanLast, start, end, low: round(low), high: round(high), qualifier, qualifierInherited: false,
      unit: unit.unit, noun: unit.noun, duration: unit.duration, vague: expr.vague,
    };
  }

  private scaleOf(e: NumberExpr): number {
    const w = lower(this.tokens[e.last - 1]);
    return w === 'million' ? 1e6 : w === 'billion' ? 1e9 : w === 'thousand' ? 1e3 : 1;
  }

  /** "(the next) day or two": a range of days written with one number. */
  private dayOrTwo(i: number): RawFigure | undefined {
    const w = lower(this.tokens[i]);
    if (!DURATION_UNITS.has(w) || lower(this.tokens[i + 1]) !== 'or') return undefined;
    const n = this.numbers.read(i + 2);
    if (!n || n.vague || n.low > 10 || this.tokens[i + 2].kind !== 'word') return undefined;
    return {
      first: i, last: n.last, start: this.tokens[i].start, end: this.tokens[n.last - 1].end, low: 1, high: n.high,
      qualifier: 'range', qualifierInherited: false, unit: DURATION_UNITS.get(w)!, duration: true, vague: false,
    };
  }

  private rangeEnd(expr: NumberExpr, between: boolean): NumberExpr | undefined {
    if (expr.vague) return undefined;
    const joiner = this.tokens[expr.last];
    if (!joiner || !RANGE_JOINERS.has(lower(joiner))) return undefined;
    const j = lower(joiner);
    if (j === 'and' && !between) return undefined;
    if ((j === '-' || j === '–') && !(this.adjacent(expr.last - 1, expr.last) && this.adjacent(expr.last, expr.last + 1))) return undefined;
    // "from 500 to well over 1000", "between 20 and more than 30": a hedge on the upper bound
    const second = j === 'to' || j === 'and' ? this.countFrom(expr.last + 1) : this.numbers.read(expr.last + 1);
    if (!second || second.vague || second.fraction !== expr.fraction) return undefined;
    if (this.tokens[expr.first].kind !== this.tokens[second.first].kind && j !== 'to') return undefined;
    if (second.low <= expr.low && this.scaleOf(second) === 1) return undefined;
    return second;
  }

  /** The number read at k, or after a hedge that begins at k ("more than 30", "well over 1000"). */
  private countFrom(k: number): NumberExpr | undefined {
    const n = this.numbers.read(k);
    if (n) return n;
    for (let m = k + 1; m <= k + HEDGE_WORDS && m < this.tokens.length; m++) {
      const after = this.numbers.read(m);
      if (after) return this.hedgeBefore(m)?.first === k ? after : undefined;
    }
    return undefined;
  }

  private hedgeBefore(first: number): { first: number; qualifier: Qualifier } | undefined {
    for (const [words, qualifier] of HEDGES_BY_LAST_WORD.get(lower(this.tokens[first - 1])) ?? []) {
      const k = first - words.length;
      if (k < 0) continue;
      let ok = true;
      for (let m = 0; m < words.length && ok; m++) ok = lower(this.tokens[k + m]) === words[m] && this.tokens[k + m].kind === 'word';
      // "handed over 50 bodies", "took over 3 villages": the particle of a verb, not a hedge
      if (ok && words.length === 1 && words[0] === 'over' && PARTICLE_VERBS.has(lower(this.tokens[k - 1]))) continue;
      if (ok && this.adjacent(first - 1, first)) return { first: k, qualifier };
    }
    return undefined;
  }

  /** Unit words that belong to the figure's span, and the counted noun after it. */
  private unitAfter(last: number, expr: NumberExpr): { unit: Unit; spanLast: number; last: number; noun?: number; duration: boolean } {
    const t = this.tokens;
    const w = (k: number) => lower(t[k]);
    if (expr.fraction) return { unit: 'percent', spanLast: last, last, duration: false };
    if (w(last) === 'percent' || w(last) === '%' || (w(last) === 'pc' && t[last].start === t[last - 1].end) || (w(last) === 'per' && w(last + 1) === 'cent')) {
      const end = w(last) === 'per' ? last + 2 : last + 1;
      return { unit: 'percent', spanLast: end, last: end, duration: false };
    }
    if (w(last) === 'square' && /^(?:km|kilometres|kilometers|kilometre|kilometer|miles|mile|metres|meters)$/.test(w(last + 1))) {
      const unit: Unit = /^mile/.test(w(last + 1)) ? 'sq-mile' : /^(?:km|kilo)/.test(w(last + 1)) ? 'km2' : 'other';
      return { unit, spanLast: last + 2, last: last + 2, duration: false };
    }
    if (w(last) === 'km' && SQUARE_MARKS.has(t[last + 1]?.text ?? '') && t[last + 1].start === t[last].end) return { unit: 'km2', spanLast: last + 2, last: last + 2, duration: false };
    if (w(last) === 'sq' && /^(?:km|mi|miles?)$/.test(w(last + 1))) return { unit: w(last + 1) === 'km' ? 'km2' : 'sq-mile', spanLast: last + 2, last: last + 2, duration: false };
    if (AREA_UNITS.has(w(last))) return { unit: 'km2', spanLast: last + 1, last: last + 1, duration: false };
    // "53-page", "nine-month", "three-year-old" (the hyphenated noun is the unit)
    if (t[last]?.text === '-' && this.adjacent(last - 1, last) && t[last + 1] && this.adjacent(last, last + 1)) {
      const u = w(last + 1);
      if (u === 'page') return { unit: 'pages', spanLast: last + 2, last: last + 2, duration: false };
      const durationUnit = DURATION_UNITS.get(u);
      if (durationUnit) return { unit: durationUnit, spanLast: last + 2, last: last + 2, duration: true };
      if (OTHER_DURATIONS.has(u)) return { unit: 'other', spanLast: last + 2, last: last + 2, duration: true };
    }
    const duration = DURATION_UNITS.get(w(last));
    if (duration) return { unit: duration, spanLast: last + 1, last: last + 1, duration: true };
    if (OTHER_DURATIONS.has(w(last))) return { unit: 'other', spanLast: last + 1, last: last + 1, duration: true };
    // the counted noun: within a few words ("741 Iraqi civilians", "5,000 ISIS fighters"), or after a copula
    // ("around 2,000 are said to be foreign fighters")
    // or a part's after "of them" ("234 of them were children", "two of the victims were minors")
    let from = last;
    // ("4 of the 12 wounded are in critical condition": the whole's own count between)
    const whole = t[last + 2]?.kind === 'number' ? last + 3 : last + 2;
    let be = w(last) === 'of' && /^(?:them|whom|those)$/.test(w(last + 1)) ? last + 2 : w(last) === 'of' && w(last + 1) === 'the' && PART_WHOLES.has(w(whole)) ? whole + 1 : last;
    // "two of the killed in Jayrud were medical staff"
    if (be > last && (w(be) === 'in' || w(be) === 'at') && t[be + 1] && isCapitalized(t[be + 1].text) && COPULAS.has(w(be + 2))) be += 2;
    const copula = COPULAS.has(w(be)) ? (/^(?:said|believed|thought|estimated|reported)$/.test(w(be + 1)) && w(be + 2) === 'to' && w(be + 3) === 'be' ? be + 4 : be + 1) : last;
    if (copula > last && t[copula] && (PEOPLE_NOUNS.has(w(copula)) || PEOPLE_NOUNS.has(w(copula + 1)))) from = copula;
    for (let k = from, words = 0; words < 4 && k < t.length; k++) {
      // "dozens" of Islamist rebels: a quotation mark round the number is no end of its noun phrase
      if (QUOTE_MARKS.has(t[k].text) && k === last) continue;
      // "120 Daesh (banned in Russia) militants": an aside in brackets inside the noun phrase
      if (t[k].text === '(') {
        let close = k + 1;
        while (close <= k + BRACKET_REACH && close < t.length && t[close].text !== ')') close++;
        if (close <= k + BRACKET_REACH && close < t.length) { k = close; continue; }
      }
      // "12 pro-regime fighters", "40 al-Nusra Front members": a hyphen inside a word joins it, and the word it makes is one
      if (isJoiningHyphen(t, k) && k > from) { k++; continue; }
      // "900 U.S. troops": the stops of an initialism end no noun phrase
      const initialism = initialismEnd(t, k);
      if (initialism !== undefined && t[initialism + 1]?.sentence === t[k].sentence) { k = initialism; words++; continue; }
      // "4 of the 12 wounded": the whole's count is part of the whole's phrase
      if (t[k].kind === 'number' && k > from && w(k - 1) === 'the' && w(k - 2) === 'of' && t[k].sentence === t[last - 1].sentence) continue;
      if (t[k].kind !== 'word' || t[k].sentence !== t[last - 1].sentence) break;
      words++;
      if (k > from && from > last && !/^\p{Ll}/u.test(t[k].text)) break;
      const n = w(k);
      // "Fourteen of the IS group fighters": the words of a partitive are no words of the counted noun phrase ("one of
      // the few large areas" is a pronoun's, read as none)
      if (((k === from && n === 'of') || (n === 'the' && w(k - 1) === 'of')) && lower(t[expr.first]) !== 'one') words--;
      // "IS", "US": an acronym is a name, not the word it spells
      const acronym = t[k].text.length > 1 && t[k].text === t[k].text.toUpperCase() && t[k].text !== n;
      // "9 herders dead", "14 miners lost their lives": a state after an unknown noun is said of that noun
      if (STATE_NOUNS.has(n) && k > from) {
        let head = from;
        while (head < k && (w(head) === 'of' || w(head) === 'the' || w(head) === 'those')) head++;
        if (head < k && /^\p{Ll}/u.test(t[head].text)) return { unit: 'people', spanLast: last, last, noun: head, duration: false };
      }
      // "in two rebel-held neighbourhoods", "regime-controlled areas": a noun of people joined to the next word describes it
      if (isJoiningHyphen(t, k + 1)) continue;
      if (PEOPLE_NOUNS.has(n) || this.persons.has(n)) {
        // "scores of dead and wounded members": two states before the noun they describe
        if (STATE_NOUNS.has(n) && (w(k + 1) === 'and' || w(k + 1) === 'or') && STATE_NOUNS.has(w(k + 2)) && PEOPLE_NOUNS.has(w(k + 3)) && t[k + 3].sentence === t[k].sentence) {
          return { unit: 'people', spanLast: last, last, noun: k + 3, duration: false };
        }
        // the head of a compound is its last noun: "two sister towns" counts towns, "civilian residents" residents; but
        // a state before another count is that count's verb ("killed 30 people injured 90", its comma lost)
        const head = t[k + 1]?.kind === 'word' && t[k + 1].sentence === t[k].sentence && !(STATE_NOUNS.has(w(k + 1)) && this.countFrom(k + 2)) ? w(k + 1) : '';
        if (TERRITORY_NOUNS.has(head) || VEHICLE_HEADS.has(head)) return { unit: 'other', spanLast: last, last, noun: k + 1, duration: false };
        return { unit: 'people', spanLast: last, last, noun: PEOPLE_NOUNS.has(head) ? k + 1 : k, duration: false };
      }
      if (TERRITORY_NOUNS.has(n)) return { unit: 'other', spanLast: last, last, noun: k, duration: false };
      // "One video showed the bodies", "In 2015 the forces": a noun phrase begun after the count's own ("of the residents"
      // is the count's)
      if (n === 'the' && w(k - 1) !== 'of') break;
      // "eight regime and rebel fighters", "10 Syrian and Russian soldiers": two words describing one noun of people
      if (n === 'and' && k > from && !PEOPLE_NOUNS.has(w(k - 1)) && t[k + 1]?.kind === 'word' && !NUMBER_WORDS.has(w(k + 1)) && PEOPLE_NOUNS.has(w(k + 2)) && t[k + 2].sentence === t[k].sentence) continue;
      // "hundreds of civilians"; but "killed 19 and wounded 22", "injuring 19 in the neighborhoods": no noun of this count
      // "two tanks an armored personnel carrier": an article opens another noun phrase; "one of them a woman" does not
      // "killed at least 100 including children", "kills 23 including militants": people, of whom those are a part
      if (n === 'including' && k === from && this.peopleAfter(k + 1)) return { unit: 'people', spanLast: last, last, duration: false };
      if (!acronym && NOUN_STOPS.has(n) && (k > from || n !== 'of') && !((n === 'a' || n === 'an') && /^(?:them|whom|those)$/.test(w(k - 1)))) break;
    }
    return { unit: 'other', spanLast: last, last, duration: false };
  }

  /** A noun of people within the few words from k ("many civilians", "three children"). */
  private peopleAfter(k: number): boolean {
    for (let j = k; j < k + PART_WORDS && j < this.tokens.length; j++) if (PEOPLE_NOUNS.has(lower(this.tokens[j])) || this.persons.has(lower(this.tokens[j]))) return true;
    return false;
  }

  private isBareYear(expr: NumberExpr): boolean {
    return expr.last - expr.first === 1 && YEAR.test(this.tokens[expr.first].text);
  }

  /** Pronoun "one" ("one of the", "one by one", "the other one") is not a quantity. */
  private pronounOne(expr: NumberExpr, after: number): boolean {
    if (lower(this.tokens[expr.first]) !== 'one' || expr.last - expr.first !== 1) return false;
    const next = lower(this.tokens[after]);
    const prev = lower(this.tokens[expr.first - 1]);
    return /^(?:of|by|another|other|or|and|who|which|that|another|,|\.|day|time|year|month|side|thing|way|single)$/.test(next) ||
      /^(?:other|no|each|any|every|the|this|that|which|single|last|first|such|someone)$/.test(prev) || next === '';
  }

  private excluded(expr: NumberExpr): boolean {
    const t = this.tokens;
    const a = expr.first;
    const b = expr.last;
    const first = t[a];
    const next = t[b];
    const prev = t[a - 1];
    if (first.kind === 'word' && expr.last - expr.first === 1 && !expr.vague && lower(first) === 'a') return true;
    // ordinals ("7th"), times ("10:30"), fractions of a date ("9/11"), codes ("F-16", "T4", "S-400")
    if (next && ORDINAL_SUFFIXES.has(next.lower) && next.start === t[b - 1].end) return true;
    if (next && (next.text === ':' || next.text === '/') && t[b + 1]?.kind === 'number' && next.start === t[b - 1].end) return true;
    if (prev && (prev.text === ':' || prev.text === '/' || prev.text === '#' || prev.text === '.') && prev.end === first.start) return true;
    if (first.kind === 'number' && prev && prev.kind === 'word' && prev.end === first.start) return true;
    if (first.kind === 'number' && next && next.kind === 'word' && next.start === t[b - 1].end && !/^(?:km|km2|m|s|pc)$/i.test(next.text)) return true;
    if (first.kind === 'number' && prev?.text === '-' && t[a - 2]?.kind === 'word' && isCapitalized(t[a - 2].text) && prev.start === t[a - 2].end && prev.end === first.start) return true;
    if (next && CLOCK_WORDS.has(next.lower)) return true;
    if (this.inNumericDate(a, b)) return true;
    // dates: "16 Apr 2017", "November 13", "on the 5"
    // ("470000 may have died": "may" is a month only with its capital)
    // ("Army repels offensive killing 40" above "May 14 2024": a headline's last number and the next line's month are no date)
    if (first.kind === 'number' && ((next && !next.lineBefore && MONTHS.has(next.lower) && (next.lower !== 'may' || isCapitalized(next.text))) || (prev && !first.lineBefore && MONTHS.has(prev.lower) && isCapitalized(prev.text)))) return true;
    // the year of "July 2 2016": after a month and its day
    // ("September 30th 2015": the day with its ordinal suffix)
    const day = prev && ORDINAL_SUFFIXES.has(prev.lower) && t[a - 2]?.kind === 'number' && t[a - 2].end === prev.start ? a - 2 : a - 1;
    if (YEAR.test(first.text) && t[day]?.kind === 'number' && t[day - 1] && MONTHS.has(t[day - 1].lower) && isCapitalized(t[day - 1].text)) return true;
    // numbers inside names
    if (prev && isCapitalized(prev.text) && NAME_NUMBER_PREFIXES.has(lower(prev)) && first.kind === 'number') return true;
    // "eight members of one family", "six civilians from one family": "one" says which family, it counts none
    if (lower(first) === 'one' && b === a + 1 && (lower(prev) === 'of' || lower(prev) === 'from') && ONE_GROUPS.has(lower(next))) return true;
    return first.kind === 'number' && this.sharingCounter(a);
  }

  /**
   * "Get short URL 0 13 The US-led coalition's airstrikes ...", "Print Tweet Views 729 Related": a scraped page's share
   * counters after its link, its count of views, its count of comments.
   */
  private sharingCounter(a: number): boolean {
    const t = this.tokens;
    let k = a - 1;
    while (k >= 0 && t[k].kind === 'number' && /^\d+$/.test(t[k].text)) k--;
    if (k >= 0 && ((t[k].lower === 'url' && a - k <= SHARE_COUNTERS) || (t[k].text === 'Views' && a - k === 1))) return true;
    // "... 016 Tags civilian deaths", "... 01 Related Daesh Terrorists Attack": a page's count of comments before its
    // list of tags or of other stories ("Toll Rises to 70 Tags", a headline's count, has no ellipsis before it)
    const next = t[a + 1];
    const before = t[a - 1];
    return t[a].kind === 'number' && next !== undefined && PAGE_SECTIONS.has(next.text) && before !== undefined && (before.text === '.' || before.kind === 'number');
  }

  /** "04-04-2016", "16.04.2017": numbers written into one another with a mark between, three of them, are a date. */
  private inNumericDate(a: number, b: number): boolean {
    const t = this.tokens;
    const linked = (k: number) => DATE_MARKS.has(t[k]?.text) && t[k - 1]?.kind === 'number' && t[k + 1]?.kind === 'number' && t[k - 1].end === t[k].start && t[k].end === t[k + 1].start;
    // a number written "16.04" is two parts of a date
    const parts = (k: number) => (t[k].text.includes('.') ? 2 : 1);
    let count = 0;
    for (let k = a; k < b; k++) if (t[k].kind === 'number') count += parts(k);
    for (let k = a - 1; linked(k); k -= 2) count += parts(k - 1);
    for (let k = b; linked(k); k += 2) count += parts(k + 1);
    return count >= 3;
  }

  /** "1,500 to 2,500 fighters left in Al-Qaim and 2,000 to 3,000 in Al-Bukamal": the noun is not repeated. */
  private elliptical(prev: RawFigure, fig: RawFigure): boolean {
    if (prev.unit !== 'people' || this.tokens[prev.first].sentence !== this.tokens[fig.first].sentence) return false;
    // "and 6 vehicles": a noun of its own after the count; "and 80 sustained injuries", "and fifty more were wounded",
    // "and 300 leaving Zabadani" say what befell the same people
    const next = this.tokens[fig.last];
    if (next?.kind === 'word' && next.sentence === this.tokens[fig.first].sentence && !NOUN_STOPS.has(next.lower) && !COPULAS.has(next.lower) && !/(?:ed|ing)$|^(?:more|other|others)$/.test(next.lower)) return false;
    return lower(this.tokens[fig.first - 1]) === 'and' && fig.first - prev.last <= 8;
  }

  /** "at least 900 jihadists and 500 SDF fighters": a hedge shared by coordinated numbers. */
  private inheritsQualifier(prev: RawFigure, fig: RawFigure): boolean {
    if (!['at-least', 'more-than', 'up-to', 'about'].includes(prev.qualifier)) return false;
    if (this.tokens[prev.first].sentence !== this.tokens[fig.first].sentence) return false;
    if (lower(this.tokens[fig.first - 1]) !== 'and' || fig.first - prev.last > 5) return false;
    if (prev.unit !== 'people' || fig.unit !== 'people' || prev.vague) return false;
    for (let k = prev.last; k < fig.first - 1; k++) if (this.tokens[k].kind !== 'word') return false;
    return true;
  }
}

/** The words, capitalised, that open a scraped page's sections after its article: its tags, its other stories. */
const PAGE_SECTIONS = new Set(['Tags', 'Related']);

const round = (x: number) => Math.round(x * 100) / 100;

/** How many words after "including" the part it names may take: "including many Syrian civilians". */
const PART_WORDS = 4;

/** Heads of compounds that make a noun of people a kind of vehicle: "armoured personnel carriers", "troop transports". */
const VEHICLE_HEADS = new Set(['carriers', 'carrier', 'vehicles', 'vehicle', 'transports', 'transporters', 'trucks', 'buses']);

/** The hedges by the word right before the number, each list in the order HEDGES gives (longest first). */
const HEDGES_BY_LAST_WORD = new Map<string, typeof HEDGES>();
for (const hedge of HEDGES) {
  const last = hedge[0][hedge[0].length - 1];
  HEDGES_BY_LAST_WORD.set(last, [...(HEDGES_BY_LAST_WORD.get(last) ?? []), hedge]);
}

export function findFigures(doc: Tokenized, claimed: ArrayLike<unknown>, facts: WordFacts[], persons: ReadonlySet<string>): RawFigure[] {
  return new FigureScanner(doc, claimed, facts, persons).scan();
}
