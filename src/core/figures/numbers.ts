import type { Token } from '../text/tokens';
import { PEOPLE_NOUNS } from './vocabulary';

/** A parsed number expression: the tokens it spans and the interval it states. */
export interface NumberExpr {
  first: number;
  last: number;
  low: number;
  high: number;
  /** True for vague magnitudes ("hundreds", "a few thousand"), whose bounds are conventions. */
  vague: boolean;
  /** True for a fraction word ("a third", "half"): the value is a percentage. */
  fraction: boolean;
}

// Maps, not object literals: a word of the text such as "constructor" must not find Object.prototype's members.
const UNITS = new Map(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
}));
const TENS = new Map(Object.entries({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 }));
const SCALES = new Map(Object.entries({ hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1e12 }));
/** Scales written short against digits ("1.2m", "3bn", "10k"). */
const SHORT_SCALES = new Map(Object.entries({ m: 1_000_000, mn: 1_000_000, bn: 1_000_000_000, k: 1_000 }));
const FRACTIONS = new Map(Object.entries({ half: 50, third: 100 / 3, thirds: 100 / 3, quarter: 25, quarters: 25, fifth: 20, fifths: 20, tenth: 10, tenths: 10 }));

/**
 * Conventional bounds of vague magnitudes, as the gold annotation documents them: "hundreds" 200-999,
 * "thousands" 2,000-9,999, "tens of thousands" 20,000-99,999, "millions" 2-9.99 million, "a few thousand"
 * 2,000-5,000, "dozens" 24-99, "scores" 40-99, "several hundred" 300-900 (several = 3 to 9 of the scale).
 */
const PLURAL_SCALES = new Map(Object.entries({ hundreds: 100, thousands: 1_000, millions: 1_000_000, billions: 1_000_000_000 }));

export const lower = (t: Token | undefined): string => (t ? t.lower : '');

/** Value of a single number word or digit token, or undefined. */
function atom(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  if (t.kind === 'number') {
    // "1,500" and "0.4"; a comma before exactly three digits groups thousands
    if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t.text)) return Number(t.text.replace(/,/g, ''));
    if (/^\d+(?:\.\d+)?$/.test(t.text)) return Number(t.text);
    return undefined;
  }
  return UNITS.get(t.lower) ?? TENS.get(t.lower);
}

export class NumberReader {
  constructor(private readonly tokens: Token[]) {}

  private adjacent(a: number, b: number): boolean {
    return b === a + 1 && this.tokens[b].joined;
  }

  /** "twenty-five", "two hundred thousand", "1.5 million", "1,500". */
  readCardinal(i: number): { value: number; last: number } | undefined {
    const t = this.tokens[i];
    let value = atom(t);
    if (value === undefined) {
      // "a hundred", "a thousand", "a dozen"
      const scale = SCALES.get(lower(this.tokens[i + 1]));
      if ((lower(t) === 'a' || lower(t) === 'one') && scale && this.adjacent(i, i + 1)) return this.extend(scale, i + 2);
      // "at least a dozen": the article belongs to the number, so that a hedge before it is the number's
      if (lower(t) === 'a' && lower(this.tokens[i + 1]) === 'dozen' && this.adjacent(i, i + 1)) return { value: 12, last: i + 2 };
      if (lower(t) === 'dozen') return { value: 12, last: i + 1 };
      return undefined;
    }
    let j = i + 1;
    // "1 000", "12 500": thousands grouped by a space, as some outlets (and scraped texts) write them
    while (t.kind === 'number' && /^\d{1,3}$/.test(this.tokens[j - 1].text) && value < 1000 * 1000 && this.tokens[j]?.kind === 'number' && /^\d{3}$/.test(this.tokens[j].text)
      && this.tokens[j].start === this.tokens[j - 1].end + 1 && !this.tokens[j].lineBefore && this.tokens[j + 1]?.kind !== 'number') {
      value = value * 1000 + Number(this.tokens[j].text);
      j++;
    }
    // "1.2m people", "3.5mn refugees", "2bn": a scale written short against the digits ("500m" alone is a distance)
    const suffix = t.kind === 'number' && j === i + 1 ? SHORT_SCALES.get(lower(this.tokens[j])) : undefined;
    if (suffix !== undefined && this.tokens[j].start === t.end && (suffix > 1_000_000 || t.text.includes('.') || this.peopleAfter(j + 1))) return { value: Math.round(value * suffix), last: j + 1 };
    // "twenty-five", and "Fifty nine" as the FA-KES texts write it
    const tens = t.kind === 'word' && TENS.has(lower(t));
    const hyphenated = UNITS.get(lower(this.tokens[j + 1]));
    const spaced = UNITS.get(lower(this.tokens[j]));
    if (tens && this.tokens[j]?.text === '-' && hyphenated !== undefined && this.tokens[j].start === t.end) {
      value += hyphenated;
      j += 2;
    } else if (tens && this.tokens[j]?.kind === 'word' && spaced !== undefined && spaced < 10 && this.adjacent(j - 1, j)) {
      value += spaced;
      j += 1;
    }
    return this.extend(value, j);
  }

  private extend(value: number, j: number): { value: number; last: number } {
    let total = 0;
    let current = value;
    for (;;) {
      const w = lower(this.tokens[j]);
      const scale = SCALES.get(w);
      if (scale && this.adjacent(j - 1, j)) {
        current *= scale;
        if (scale >= 1000) { total += current; current = 0; }
        j++;
        // "two hundred and fifty", "three thousand five hundred"
        const nextAtom = atom(this.tokens[j]);
        if (nextAtom !== undefined && this.tokens[j].kind === 'word' && this.adjacent(j - 1, j)) { current = nextAtom; j++; continue; }
        if (lower(this.tokens[j]) === 'and' && this.tokens[j + 1]?.kind === 'word' && atom(this.tokens[j + 1]) !== undefined && scale === 100) { current = atom(this.tokens[j + 1])!; j += 2; continue; }
        continue;
      }
      if (w === 'dozen' && this.adjacent(j - 1, j)) { current *= 12; j++; continue; }
      break;
    }
    return { value: total + current, last: j };
  }

  /** Whether a noun of people stands at k ("1.2m people"). */
  private peopleAfter(k: number): boolean {
    const t = this.tokens[k];
    return t !== undefined && t.kind === 'word' && PEOPLE_NOUNS.has(t.lower);
  }

  /** Whether "scores" at i is a magnitude ("scores killed", "kills scores in") rather than a noun or verb of points. */
  private magnitudeScores(i: number): boolean {
    const next = lower(this.tokens[i + 1]);
    if (next === 'of') return true;
    if (SCORE_OWNERS.has(lower(this.tokens[i - 1])) || next === 'a' || next === 'an' || next === 'the' || next === 'points' || next === 'goals') return false;
    return this.tokens[i - 1]?.kind === 'word' || this.tokens[i - 1] === undefined || next !== '';
  }

  /** "a quarter of a million", "half a million", "a third of a million": the fraction times the scale. */
  private fractionOfScale(i: number): NumberExpr | undefined {
    let k = i;
    const w = lower(this.tokens[k]);
    if (w === 'a' || w === 'one') k++;
    const fraction = FRACTIONS.get(lower(this.tokens[k]));
    if (fraction === undefined || /s$/.test(lower(this.tokens[k]))) return undefined;
    if (lower(this.tokens[k + 1]) === 'of') k++;
    if (lower(this.tokens[k + 1]) !== 'a') return undefined;
    const scale = SCALES.get(lower(this.tokens[k + 2]));
    if (!scale || scale < 1000) return undefined;
    const v = Math.round((fraction / 100) * scale);
    return { first: i, last: k + 3, low: v, high: v, vague: false, fraction: false };
  }

  /** A number expression at token i: a cardinal, a vague magnitude or a fraction. */
  read(i: number): NumberExpr | undefined {
    const t = this.tokens[i];
    const w = lower(t);
    // "tens of thousands", "hundreds of thousands"
    const ofScale = PLURAL_SCALES.get(lower(this.tokens[i + 2]));
    if ((w === 'tens' || w === 'hundreds') && lower(this.tokens[i + 1]) === 'of' && ofScale) {
      const base = (w === 'tens' ? 10 : 100) * ofScale;
      return { first: i, last: i + 3, low: 2 * base, high: 10 * base - 1, vague: true, fraction: false };
    }
    const base = PLURAL_SCALES.get(w);
    if (base) {
      return { first: i, last: i + 1, low: 2 * base, high: 10 * base - 1, vague: true, fraction: false };
    }
    if (w === 'dozens') return { first: i, last: i + 1, low: 24, high: 99, vague: true, fraction: false };
    // "tens of civilians" (not "tens of thousands", read above): multiples of ten
    if (w === 'tens' && lower(this.tokens[i + 1]) === 'of') return { first: i, last: i + 1, low: 20, high: 99, vague: true, fraction: false };
    // "scores of", "kills scores", "scores were injured": multiples of a score, forty at least; not the scores of a
    // match ("the scores", "he scores a goal")
    if (w === 'scores' && this.magnitudeScores(i)) return { first: i, last: i + 1, low: 40, high: 99, vague: true, fraction: false };
    // "a few thousand", "several hundred"
    const scale = SCALES.get(lower(this.tokens[i + 1]));
    if ((w === 'few' || w === 'several') && scale) {
      const [lo, hi] = w === 'few' ? [2, 5] : [3, 9];
      return { first: i, last: i + 2, low: lo * scale, high: hi * scale, vague: true, fraction: false };
    }
    // "a third", "two-thirds", "half"
    const fractionAt = (k: number) => FRACTIONS.get(lower(this.tokens[k]));
    // "a quarter of a million", "half a million": a fraction of a scale is a number, not a share
    const fractionOfScale = this.fractionOfScale(i);
    if (fractionOfScale) return fractionOfScale;
    if ((w === 'a' || w === 'one') && fractionAt(i + 1) !== undefined && lower(this.tokens[i + 1]) !== 'half') {
      const v = round2(fractionAt(i + 1)!);
      return { first: i, last: i + 2, low: v, high: v, vague: false, fraction: true };
    }
    if (w === 'half' && lower(this.tokens[i + 1]) === 'of') return { first: i, last: i + 1, low: 50, high: 50, vague: false, fraction: true };
    if (w === 'half' && lower(this.tokens[i + 1]) === 'a' && lower(this.tokens[i + 2]) === 'dozen') return { first: i, last: i + 3, low: 6, high: 6, vague: false, fraction: false };
    const card = this.readCardinal(i);
    if (!card) return undefined;
    // "two-thirds", "three quarters"
    let k = card.last;
    if (this.tokens[k]?.text === '-' && fractionAt(k + 1) !== undefined) k++;
    const frac = fractionAt(k);
    if (frac !== undefined && t.kind === 'word' && /s$/.test(lower(this.tokens[k]))) {
      const v = round2(card.value * frac);
      return { first: i, last: k + 1, low: v, high: v, vague: false, fraction: true };
    }
    return { first: i, last: card.last, low: card.value, high: card.value, vague: false, fraction: false };
  }
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Words before "scores" that make it a noun of points or tallies, not a magnitude. */
const SCORE_OWNERS = new Set(['the', 'their', 'his', 'her', 'its', 'our', 'your', 'my', 'high', 'low', 'test', 'top', 'these', 'those', 'settle', 'settled', 'settling']);
