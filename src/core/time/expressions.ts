import type { Token } from '../text/tokens';
import { dayFrom, lastDayOfMonth, partsOf } from './days';

/**
 * A time a sentence names, as a span of days (`from` null: open at the start, "since the war began"), read
 * against the article's day (`today`, null when the article has no date: then only what names its year counts).
 * `since`: the span runs up to the article's day ("since 2011", "so far this year", "over the past six years").
 */
export interface TimeExpression {
  first: number;
  last: number;
  from: number | null;
  to: number;
  since: boolean;
  /** For a span since a dated event ("since sarin gas killed hundreds in August 2013"): the last day of that event's date. */
  startTo?: number;
}

const MONTHS = new Map<string, number>([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7], ['august', 8],
  ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);
const WEEKDAYS = new Map<string, number>([['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6]]);
const SMALL_NUMBERS = new Map<string, number>([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['eleven', 11], ['twelve', 12], ['fifteen', 15], ['twenty', 20], ['thirty', 30], ['several', 3], ['few', 3],
]);
/** Units of time in days (a month and a year by their usual length: spans are approximate at that scale). */
const UNIT_DAYS = new Map<string, number>([
  ['hour', 1 / 24], ['hours', 1 / 24], ['day', 1], ['days', 1], ['week', 7], ['weeks', 7], ['month', 30], ['months', 30],
  ['year', 365], ['years', 365], ['decade', 3650], ['decades', 3650],
]);
const WAR_WORDS = new Set(['war', 'conflict', 'uprising', 'revolution', 'crisis', 'fighting', 'insurgency', 'campaign', 'offensive', 'protests', 'invasion']);
export const START_WORDS = new Set(['start', 'beginning', 'outbreak', 'onset', 'began', 'begun', 'started', 'erupted', 'broke', 'flared']);
/** How many words after "since" its time is looked for: "since a U.S.-Russian brokered cease-fire collapsed Monday". */
const SINCE_REACH = 16;
/** Words before a bare month or year that make it a time ("in 2013", "since March"), not a name or a count. */
const TIME_PREPOSITIONS = new Set(['in', 'since', 'of', 'during', 'until', 'till', 'by', 'from', 'early', 'late', 'mid', 'last', 'this', 'before', 'after', 'throughout', 'between', 'and', 'through', 'on']);

/** Words that may begin a time expression, besides numbers ("Sundays": a possessive that lost its apostrophe). */
const STARTERS = new Set<string>(['since', 'yesterday', 'today', 'tonight', 'overnight', 'this', 'last', 'earlier', 'far', 'past', 'weekend', ...MONTHS.keys(), ...WEEKDAYS.keys(), ...[...WEEKDAYS.keys()].map((w) => `${w}s`), ...SMALL_NUMBERS.keys()]);

const capitalized = (t: Token) => t.text.charCodeAt(0) >= 65 && t.text.charCodeAt(0) <= 90;

/** A month written as a name: capitalised ("may" and "march" are verbs in lower case), perhaps abbreviated "Aug.". */
function monthAt(tokens: Token[], k: number): number | undefined {
  const t = tokens[k];
  if (!t || t.kind !== 'word' || !capitalized(t)) return undefined;
  return MONTHS.get(t.lower);
}

function dayNumber(t: Token | undefined): number | undefined {
  if (!t || t.kind !== 'number' || t.text.length > 2) return undefined;
  const n = Number(t.text);
  return n >= 1 && n <= 31 ? n : undefined;
}
function yearNumber(t: Token | undefined): number | undefined {
  if (!t || t.kind !== 'number' || t.text.length !== 4) return undefined;
  const n = Number(t.text);
  return n >= 1900 && n <= 2099 ? n : undefined;
}

/** The latest (year, month) not after `today`, for a month named without its year. */
function yearOfMonth(month: number, day: number, today: number | null): number | undefined {
  if (today === null) return undefined;
  const p = partsOf(today);
  return dayFrom(p.y, month, day) > today + 1 ? p.y - 1 : p.y;
}

/**
 * Every time expression of tokens [first, last): dates ("August 21 2013", "21 Aug", "Aug. 21"), months and years
 * ("in July", "August 2013", "in 2013"), weekdays ("on Sunday", "Saturday's blast"), days relative to the article
 * ("yesterday", "last night"), weeks, months and years relative to it ("last week", "so far this year"), spans up
 * to it ("since 2011", "over the past six years", "since the war began") and points before it ("three days ago").
 */
export function timeExpressions(tokens: Token[], first: number, last: number, today: number | null): TimeExpression[] {
  const out: TimeExpression[] = [];
  let clock: Clock | undefined;
  for (let k = first; k < last; k++) {
    const t = tokens[k];
    // most words begin no time expression: only numbers, month and weekday names and a few words do
    if (t.kind !== 'number' && !STARTERS.has(t.lower)) continue;
    // "a", "two", "several" begin a time only as in "two days ago"
    if (SMALL_NUMBERS.has(t.lower) && !UNIT_DAYS.has(tokens[k + 1]?.lower ?? '')) continue;
    if (today !== null) clock ??= clockOf(today);
    const found = expressionAt(tokens, k, last, today, clock);
    if (found) { out.push(found); k = found.last - 1; }
  }
  return out;
}

/** The article's day and what relative expressions count from: its weekday's Monday, its month and year. */
interface Clock { today: number; y: number; m: number; weekday: number; monday: number }

function clockOf(today: number): Clock {
  const p = partsOf(today);
  return { today, y: p.y, m: p.m, weekday: p.weekday, monday: today - ((p.weekday + 6) % 7) };
}

function expressionAt(tokens: Token[], k: number, end: number, today: number | null, clock: Clock | undefined): TimeExpression | undefined {
  const t = tokens[k];
  const w = t.lower;
  if (w === 'since') return sinceAt(tokens, k, end, today, clock);
  const month = monthAt(tokens, k);
  if (month !== undefined) return dateFromMonth(tokens, k, end, month, today);
  // "21 August 2013", "5 April", "the 4th of April": the day before the month
  const monthAfter = t.kind === 'number' && dayNumber(t) !== undefined ? dayBeforeMonth(tokens, k) : undefined;
  if (monthAfter !== undefined) {
    const m = monthAt(tokens, monthAfter)!;
    const y = yearNumber(tokens[monthAfter + 1]) ?? yearOfMonth(m, dayNumber(t)!, today);
    if (y === undefined) return undefined;
    const day = dayFrom(y, m, dayNumber(t)!);
    return { first: k, last: monthAfter + (yearNumber(tokens[monthAfter + 1]) ? 2 : 1), from: day, to: day, since: false };
  }
  const year = yearNumber(t);
  if (year !== undefined && TIME_PREPOSITIONS.has(tokens[k - 1]?.lower ?? '')) return { first: k, last: k + 1, from: dayFrom(year, 1, 1), to: dayFrom(year, 12, 31), since: false };
  if (today === null || !clock) return undefined;
  const weekday = WEEKDAYS.get(w) ?? (t.kind === 'word' && w.endsWith('s') ? WEEKDAYS.get(w.slice(0, -1)) : undefined);
  if (weekday !== undefined && capitalized(t)) {
    const prev = tokens[k - 1]?.lower;
    if (prev === 'next' || prev === 'coming') return undefined;
    const back = (clock.weekday - weekday + 7) % 7;
    const day = today - (prev === 'last' && back === 0 ? 7 : back);
    // "Monday night" may have run into Tuesday
    const night = tokens[k + 1]?.lower === 'night' || tokens[k + 1]?.lower === 'evening';
    return { first: k, last: k + (night ? 2 : 1), from: day, to: night ? Math.min(day + 1, today) : day, since: false };
  }
  return relativeAt(tokens, k, clock);
}

/** Where the month stands after a day number at k ("5 April", "the 4th of April"), if one does. */
function dayBeforeMonth(tokens: Token[], k: number): number | undefined {
  let j = k + 1;
  if (ORDINAL_ENDINGS.has(tokens[j]?.lower ?? '') && tokens[j].start === tokens[k].end) {
    j++;
    if (tokens[j]?.lower === 'of') j++;
  }
  return monthAt(tokens, j) !== undefined ? j : undefined;
}
const ORDINAL_ENDINGS = new Set(['st', 'nd', 'rd', 'th']);

/** "August 21 2013", "Aug. 21", "August 2013", "in July", "early March". */
function dateFromMonth(tokens: Token[], k: number, end: number, month: number, today: number | null): TimeExpression | undefined {
  let j = k + 1;
  if (tokens[j]?.text === '.') j++;
  const day = dayNumber(tokens[j]);
  if (day !== undefined && j < end) {
    let after = j + 1;
    if (/^(?:st|nd|rd|th)$/.test(tokens[after]?.lower ?? '') && tokens[after].start === tokens[j].end) after++;
    if (tokens[after]?.text === ',') after++;
    const y = yearNumber(tokens[after]) ?? yearOfMonth(month, day, today);
    if (y === undefined) return undefined;
    const d = dayFrom(y, month, day);
    return { first: k, last: yearNumber(tokens[after]) ? after + 1 : j + 1, from: d, to: d, since: false };
  }
  const y = yearNumber(tokens[j]);
  // "April last year", "March this year"
  const relative = y === undefined && today !== null && (tokens[j]?.lower === 'last' || tokens[j]?.lower === 'this') && tokens[j + 1]?.lower === 'year';
  if (y === undefined && !relative && !TIME_PREPOSITIONS.has(tokens[k - 1]?.lower ?? '')) return undefined;
  const year = y ?? (relative ? partsOf(today!).y - (tokens[j].lower === 'last' ? 1 : 0) : yearOfMonth(month, 1, today));
  if (year === undefined) return undefined;
  return { first: k, last: relative ? j + 2 : y === undefined ? k + 1 : j + 1, from: dayFrom(year, month, 1), to: lastDayOfMonth(year, month), since: false };
}

/**
 * "since 2011", "since March 2011", "since the war began in 2011", "since the start of the conflict", "since a
 * cease-fire collapsed Monday".
 */
function sinceAt(tokens: Token[], k: number, end: number, today: number | null, clock: Clock | undefined): TimeExpression | undefined {
  if (today === null) return undefined;
  let war = false;
  for (let j = k + 1; j < Math.min(end, k + SINCE_REACH); j++) {
    // "since the truce collapsed on Monday": the span runs from that day
    if (clock && WEEKDAYS.has(tokens[j].lower)) {
      const day = expressionAt(tokens, j, end, today, clock);
      if (day && day.from !== null) return { first: k, last: day.last, from: day.from, to: today, since: true, startTo: day.to };
    }
    const month = monthAt(tokens, j);
    const year = yearNumber(tokens[j]);
    if (month !== undefined) {
      const inner = dateFromMonth(tokens, j, end, month, today);
      if (inner) return { first: k, last: inner.last, from: inner.from, to: today, since: true, startTo: inner.to };
    }
    if (year !== undefined) return { first: k, last: j + 1, from: dayFrom(year, 1, 1), to: today, since: true, startTo: dayFrom(year, 12, 31) };
    const w = tokens[j].lower;
    if (WAR_WORDS.has(w) || START_WORDS.has(w)) war = true;
    // a clause ends at a comma or a full stop, not at the one inside "U.S."
    if (w === ',' || w === ';' || (w === '.' && tokens[j + 1]?.start !== tokens[j].end)) break;
  }
  if (!war) return undefined;
  return { first: k, last: k + 1, from: null, to: today, since: true };
}

/** Words before "the weekend" that make it the one just past: "over the weekend", "at the weekend". */
const WEEKEND_PREPOSITIONS = new Set(['over', 'at', 'during', 'on']);

/**
 * "over the weekend", "at the weekend", "this weekend", "last weekend": the Saturday and Sunday before the article's
 * day (or the days of them it falls on); "until the weekend", "next weekend" look ahead and date nothing.
 */
function weekendAt(tokens: Token[], k: number, clock: Clock): TimeExpression | undefined {
  const prev = tokens[k - 1]?.lower;
  const past = prev === 'this' || prev === 'last' || (prev === 'the' && WEEKEND_PREPOSITIONS.has(tokens[k - 2]?.lower ?? ''));
  if (!past) return undefined;
  // weekday 0 is Sunday: the Saturday on or before the article's day, a week earlier for "last weekend" said on one
  const back = (clock.weekday + 1) % 7;
  const saturday = clock.today - back - (prev === 'last' && back <= 1 ? 7 : 0);
  return { first: k - 1, last: k + 1, from: saturday, to: Math.min(saturday + 1, clock.today), since: false };
}

/** Days, weeks, months and years counted from the article's own day. */
function relativeAt(tokens: Token[], k: number, clock: Clock): TimeExpression | undefined {
  const w = tokens[k].lower;
  const next = tokens[k + 1]?.lower;
  const point = (last: number, from: number, to = from): TimeExpression => ({ first: k, last, from, to, since: false });
  const { today, monday } = clock;
  const p = clock;
  if (w === 'yesterday') return point(k + 1, today - 1);
  if (w === 'today' || w === 'tonight') return point(k + 1, today);
  if (w === 'overnight') return point(k + 1, today - 1, today);
  if (w === 'this' && (next === 'morning' || next === 'afternoon' || next === 'evening')) return point(k + 2, today);
  if (w === 'last' && (next === 'night' || next === 'evening')) return point(k + 2, today - 1, today);
  if (w === 'last' && next === 'week') return point(k + 2, monday - 7, monday - 1);
  if (w === 'weekend') return weekendAt(tokens, k, clock);
  if (w === 'last' && next === 'month') {
    const y = p.m === 1 ? p.y - 1 : p.y;
    const m = p.m === 1 ? 12 : p.m - 1;
    return point(k + 2, dayFrom(y, m, 1), lastDayOfMonth(y, m));
  }
  if (w === 'last' && next === 'year') return point(k + 2, dayFrom(p.y - 1, 1, 1), dayFrom(p.y - 1, 12, 31));
  if (w === 'this' || (w === 'earlier' && next === 'this') || (w === 'far' && next === 'this')) {
    const at = w === 'this' ? k + 1 : k + 2;
    const unit = tokens[at]?.lower;
    const from = unit === 'week' ? monday : unit === 'month' ? dayFrom(p.y, p.m, 1) : unit === 'year' ? dayFrom(p.y, 1, 1) : undefined;
    if (from !== undefined) return { first: k, last: at + 1, from, to: today, since: true };
    return undefined;
  }
  // "over the past six years", "in the last 24 hours", "the past week"
  if ((w === 'past' || w === 'last') && next !== undefined) {
    let j = k + 1;
    const n = tokens[j].kind === 'number' ? Number(tokens[j].text.replace(/,/g, '')) : SMALL_NUMBERS.get(tokens[j].lower);
    if (n !== undefined) j++;
    const unit = UNIT_DAYS.get(tokens[j]?.lower ?? '');
    if (unit === undefined) return undefined;
    const days = Math.max(1, Math.round((n ?? 1) * unit));
    return { first: k, last: j + 1, from: today - days, to: today, since: true };
  }
  // "three days ago", "two weeks ago"
  const n = tokens[k].kind === 'number' ? Number(tokens[k].text) : SMALL_NUMBERS.get(w);
  const unit = n === undefined ? undefined : UNIT_DAYS.get(next ?? '');
  if (n !== undefined && unit !== undefined && tokens[k + 2]?.lower === 'ago') {
    const back = Math.round(n * unit);
    const spread = unit >= 30 ? Math.round(unit / 2) : unit >= 7 ? 3 : 0;
    return point(k + 3, today - back - spread, Math.min(today, today - back + spread));
  }
  return undefined;
}
