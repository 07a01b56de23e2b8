/** A word, number or punctuation mark with its end-exclusive offsets into the article text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
  /** The text in lower case, computed once: every scanner compares words in lower case. */
  lower: string;
  /** Whether only a space or two (no line break) separates this token from the one before: parts of one name. */
  joined: boolean;
  /** Whether a line break separates this token from the one before. */
  lineBefore: boolean;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** First token index and one past the last. */
  first: number;
  last: number;
  /** Index of the paragraph (block separated by a line break) holding the sentence. */
  paragraph: number;
}

export interface Tokenized {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

const WIDE_LETTER = /\p{L}|\p{M}/u;
const isWideSpace = (c: number) => c === 160 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff;
const isApostrophe = (c: number) => c === 39 || c === 0x2019 || c === 96;

// Character classes, looked up once per character: the tokenizer reads every character of every article. The
// letter classes come first, so that a letter is any class from LOWER to WIDE_LETTERS.
const OTHER = 0, LOWER = 1, UPPER = 2, WIDE_LETTERS = 3, DIGIT = 4, SPACE = 5, BREAK = 6;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = LOWER;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = UPPER;
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = DIGIT;
for (const c of [32, 9, 11, 12]) ASCII_CLASS[c] = SPACE;
ASCII_CLASS[10] = ASCII_CLASS[13] = BREAK;

/** The class of a code unit beyond ASCII, at i; a letter there may have case, so it is lower-cased like a capital. */
function wideClassAt(text: string, i: number): number {
  if (isWideSpace(text.charCodeAt(i))) return SPACE;
  return WIDE_LETTER.test(text[i]) ? WIDE_LETTERS : OTHER;
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const k = c < 128 ? ASCII_CLASS[c] : wideClassAt(text, i);
  return k !== OTHER && k <= WIDE_LETTERS;
}

/**
 * Words (letters, with an internal apostrophe as in Qa'im; a trailing possessive 's is its own token), numbers
 * ("1,500", "0.4") and single punctuation marks, in one pass over the text. The pass looks ASCII up in the class
 * table itself and tests classes inline (k !== OTHER && k <= WIDE_LETTERS is a letter): it runs once per
 * character, and a call per character would cost more than the test.
 */
function scanTokens(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let gap = 0;
  let newline = false;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    const k = c0 < 128 ? ASCII_CLASS[c0] : wideClassAt(text, i);
    if (k === SPACE || k === BREAK) { gap++; if (k === BREAK) newline = true; i++; continue; }
    const start = i;
    let kind: Token['kind'];
    // numbers, punctuation and words without capitals are their own lower-case form
    let cased = false;
    let curly = false;
    if (k !== OTHER && k <= WIDE_LETTERS) {
      cased = k !== LOWER;
      i++;
      for (;;) {
        for (; i < n; i++) {
          const c = text.charCodeAt(i);
          const m = c < 128 ? ASCII_CLASS[c] : wideClassAt(text, i);
          if (m === OTHER || m > WIDE_LETTERS) break;
          if (m !== LOWER) cased = true;
        }
        // an apostrophe inside a word, but not a possessive "'s" at its end
        const apostrophe = text.charCodeAt(i);
        if (i + 1 < n && isApostrophe(apostrophe) && isLetterAt(text, i + 1)) {
          const possessive = (text[i + 1] === 's' || text[i + 1] === 'S') && (i + 2 >= n || !isLetterAt(text, i + 2));
          if (!possessive) { curly ||= apostrophe !== 39; cased ||= curly; i += 2; continue; }
        }
        break;
      }
      kind = 'word';
    } else if (k === DIGIT) {
      i++;
      for (;;) {
        while (i < n && ASCII_CLASS[text.charCodeAt(i)] === DIGIT) i++;
        const sep = text.charCodeAt(i);
        if ((sep === 44 || sep === 46) && i + 1 < n && ASCII_CLASS[text.charCodeAt(i + 1)] === DIGIT) { i += 2; continue; }
        break;
      }
      kind = 'number';
    } else {
      // one code point (surrogate pairs stay whole)
      const c = text.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      kind = 'punct';
    }
    const s = text.slice(start, i);
    const lower = !cased ? s : curly ? s.toLowerCase().replace(/[’`]/g, "'") : s.toLowerCase();
    tokens.push({ text: s, start, end: i, kind, lower, joined: tokens.length > 0 && gap <= 2 && !newline, lineBefore: newline, sentence: 0 });
    gap = 0;
    newline = false;
  }
  return tokens;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'lt', 'col', 'gen', 'maj', 'capt', 'sgt', 'cpl', 'pvt', 'adm', 'brig', 'gov',
  'sen', 'rep', 'rev', 'prof', 'no', 'vs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'u', 's', 'n', 'k', 'e', 'a', 'inc', 'corp', 'co', 'ltd', 'approx', 'est', 'lt.-gen',
]);

/** A closing quote or bracket, which stays with the sentence it ends. */
const isCloser = (s: string) => s.length === 1 && '"”’\')]'.includes(s);

/** Whether what follows a full stop may begin a sentence: a capital or a digit, after an opening quote or bracket. */
function beginsSentence(text: string, at: number): boolean {
  let c = text.charCodeAt(at);
  if (c === 34 || c === 0x201c || c === 0x2018 || c === 39 || c === 40 || c === 91) c = text.charCodeAt(at + 1);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** A word of two or more lower-case letters right before token i ("capital" in "capital.The"). */
function lowerWordBefore(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !!prev && prev.kind === 'word' && prev.end === tokens[i].start && /^[a-z]{2,}$/.test(prev.text);
}

function isSentenceEnd(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.text !== '.' && t.text !== '!' && t.text !== '?' && t.text !== '…') return false;
  const next = tokens[i + 1];
  if (!next) return true;
  if (t.text === '.') {
    const prev = tokens[i - 1];
    // "U.S." and "Lt." do not end sentences; a lower-case continuation never starts one.
    if (prev && prev.end === t.start && prev.kind === 'word' && ABBREVIATIONS.has(prev.text.toLowerCase())) {
      const after = tokens[i + 1];
      if (!after || !/^[A-Z]/.test(after.text) || prev.text.length === 1) return false;
      if (prev.text.length > 1 && ['mr', 'mrs', 'ms', 'dr', 'lt', 'col', 'gen', 'maj', 'capt', 'sgt', 'st', 'brig', 'adm', 'gov', 'sen', 'rep', 'prof'].includes(prev.text.toLowerCase())) return false;
    }
  }
  let j = i + 1;
  // closing quotes and brackets stay with the sentence they end
  while (tokens[j] && isCloser(tokens[j].text) && tokens[j].start === tokens[j - 1].end) j++;
  const after = tokens[j];
  if (!after) return true;
  const gap = text.slice(tokens[j - 1].end, after.start);
  // "capital.The video…": scraped text that lost the space still ends a sentence between a word and a capitalised one
  if (gap.length === 0) return j === i + 1 && t.text === '.' && lowerWordBefore(tokens, i) && /^[A-Z][a-z]+$/.test(after.text);
  return beginsSentence(text, after.start) || gap.includes('\n');
}

/** How many words a photo's credit in brackets holds at most: "(AFP Photo)", "(Photo: Reuters/Omar Sanadiki)". */
const CREDIT_WORDS = 5;

/**
 * "... in the city of Hasakeh on Monday (AFP photo) BEIRUT Thirteen civilians were killed": a scraped photo's caption
 * ends at its credit, often with no stop after it, and the article's lead begins; the caption's places and days are
 * not the lead's.
 */
function endsPhotoCredit(text: string, tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.lineBefore || !beginsSentence(text, next.start)) return false;
  let photo = false;
  for (let k = i - 1, words = 0; k >= 0 && words <= CREDIT_WORDS; k--) {
    const t = tokens[k];
    if (t.text === '(') return photo;
    if (t.kind === 'word') {
      words++;
      photo ||= t.lower === 'photo' || t.lower === 'photos' || t.lower === 'photograph';
    }
  }
  return false;
}

const STOPS = new Set(['.', '!', '?', '…', ':']);
/** A headline this many words long or longer, said again, is the headline and not a phrase of the text. */
const HEADLINE_WORDS = 4;
/** How far into its paragraph a headline said again may begin: after a date, a dateline, "Posted on ... by ...". */
const HEADLINE_REACH = 16;
/** In how many paragraphs after the title line it may be said again: the head of the body, not the whole article. */
const HEADLINE_PARAGRAPHS = 3;

/**
 * Where a headline said again at the head of the body begins and ends, when no stop ends it: scraped articles often
 * open the body with the title line ("Jaysh al-Islam Fires Rocket Shells at Damascus Kills 3 Wounds 20 Militants of
 * the so-called ...": "20" wounded, and the militants begin the next sentence). [-1, -1] when there is none.
 */
function headlineRepeated(tokens: Token[]): [number, number] {
  if (tokens.length === 0) return [-1, -1];
  let length = 1;
  while (length < tokens.length && !tokens[length].lineBefore) length++;
  let words = 0;
  for (let k = 0; k < length; k++) if (tokens[k].kind === 'word') words++;
  if (words < HEADLINE_WORDS || length >= tokens.length) return [-1, -1];
  let paragraphStart = length;
  let paragraphs = 0;
  for (let p = length; p + length <= tokens.length; p++) {
    if (tokens[p].lineBefore) {
      if (++paragraphs > HEADLINE_PARAGRAPHS) break;
      paragraphStart = p;
    }
    if (p - paragraphStart > HEADLINE_REACH) continue;
    let k = 0;
    while (k < length && tokens[p + k].text === tokens[k].text && (k === 0 || !tokens[p + k].lineBefore)) k++;
    // "Title. Body": the stop ends it already
    if (k === length) return STOPS.has(tokens[p + length]?.text ?? '') ? [-1, -1] : [p, p + length];
  }
  return [-1, -1];
}

/**
 * Splits an article into tokens and sentences; a line break always ends a sentence and a paragraph, and a headline
 * said again at the head of the body is a sentence of its own.
 */
export function tokenize(text: string): Tokenized {
  const tokens = scanTokens(text);
  const sentences: Sentence[] = [];
  const n = tokens.length;
  const [headlineFrom, headlineTo] = headlineRepeated(tokens);
  let first = 0;
  let paragraph = 0;
  for (let i = 0; i < n; i++) {
    if (i + 1 < n && tokens[i + 1].lineBefore) {
      first = closeSentence(tokens, sentences, first, i + 1, paragraph);
      paragraph++;
    } else if (i + 1 === headlineFrom || i + 1 === headlineTo) {
      first = closeSentence(tokens, sentences, first, i + 1, paragraph);
    } else if (tokens[i].text === ')' && endsPhotoCredit(text, tokens, i)) {
      first = closeSentence(tokens, sentences, first, i + 1, paragraph);
    } else if (tokens[i].kind === 'punct' && isSentenceEnd(text, tokens, i)) {
      let j = i + 1;
      while (j < n && isCloser(tokens[j].text) && tokens[j].start === tokens[j - 1].end) j++;
      first = closeSentence(tokens, sentences, first, j, paragraph);
      i = j - 1;
    }
  }
  closeSentence(tokens, sentences, first, n, paragraph);
  return { text, tokens, sentences };
}

/**
 * Adds the sentence of tokens first to last (exclusive), if any, and numbers its tokens; returns where the next
 * begins. A function of its own rather than a closure, so that the splitting loop keeps its counters in registers.
 */
function closeSentence(tokens: Token[], sentences: Sentence[], first: number, last: number, paragraph: number): number {
  if (last <= first) return first;
  const index = sentences.length;
  sentences.push({ start: tokens[first].start, end: tokens[last - 1].end, first, last, paragraph });
  for (let k = first; k < last; k++) tokens[k].sentence = index;
  return last;
}

export const isCapitalized = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90 ? true : c < 128 ? false : /^\p{Lu}/u.test(s);
};
export const isAllCaps = (s: string): boolean => {
  if (s.length < 2) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (i > 0 && c >= 48 && c <= 57)) continue;
    if (c < 128) return false;
    return /^\p{Lu}[\p{Lu}\d]*$/u.test(s);
  }
  return true;
};
