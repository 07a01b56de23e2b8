/** A word, number or punctuation mark with its end-exclusive offsets into the article text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
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

// A word may carry an internal apostrophe (Qa'im) but a trailing possessive ('s, ’s) is its own token.
const TOKEN = /(\p{L}[\p{L}\p{M}]*(?:['’`](?![sS]\b)\p{L}[\p{L}\p{M}]*)*)|(\d+(?:[.,]\d+)*)|(\S)/gu;

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'lt', 'col', 'gen', 'maj', 'capt', 'sgt', 'cpl', 'pvt', 'adm', 'brig', 'gov',
  'sen', 'rep', 'rev', 'prof', 'no', 'vs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'u', 's', 'n', 'k', 'e', 'a', 'inc', 'corp', 'co', 'ltd', 'approx', 'est', 'lt.-gen',
]);

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
  while (tokens[j] && /^["”’')\]]$/.test(tokens[j].text) && tokens[j].start === tokens[j - 1].end) j++;
  const after = tokens[j];
  if (!after) return true;
  const gap = text.slice(tokens[j - 1].end, after.start);
  if (gap.length === 0) return false;
  return /^["“‘'(\[]?[A-Z0-9]/.test(text.slice(after.start, after.start + 2)) || gap.includes('\n');
}

/** Splits an article into tokens and sentences; a line break always ends a sentence and a paragraph. */
export function tokenize(text: string): Tokenized {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const kind = m[1] ? 'word' : m[2] ? 'number' : 'punct';
    tokens.push({ text: m[0], start: m.index!, end: m.index! + m[0].length, kind, sentence: 0 });
  }
  const sentences: Sentence[] = [];
  let first = 0;
  let paragraph = 0;
  const close = (last: number) => {
    if (last <= first) return;
    sentences.push({ start: tokens[first].start, end: tokens[last - 1].end, first, last, paragraph });
    for (let k = first; k < last; k++) tokens[k].sentence = sentences.length - 1;
    first = last;
  };
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    const lineBreak = next !== undefined && text.slice(tokens[i].end, next.start).includes('\n');
    if (lineBreak) {
      close(i + 1);
      paragraph++;
    } else if (isSentenceEnd(text, tokens, i)) {
      let j = i + 1;
      while (tokens[j] && /^["”’')\]]$/.test(tokens[j].text) && tokens[j].start === tokens[j - 1].end) j++;
      close(j);
      i = j - 1;
    }
  }
  close(tokens.length);
  return { text, tokens, sentences };
}

export const isCapitalized = (s: string): boolean => /^\p{Lu}/u.test(s);
export const isAllCaps = (s: string): boolean => /^\p{Lu}[\p{Lu}\d]*$/u.test(s) && s.length > 1;
