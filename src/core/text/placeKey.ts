// Transliterated Arabic place names come in many spellings (Raqa, Raqqa, Ar-Raqqah, Rakka; Deir Ezzor, Deir ez-Zor,
// Dayr az Zawr). Two keys cluster them: a spelling key that folds the usual transliteration variants, and a
// consonant skeleton used only as a fallback when it points at a single known place.

export const ARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ar', 'er', 'ad', 'ed', 'az', 'ez', 'as', 'es', 'ash', 'esh', 'an', 'en', 'at', 'et', 'ath', 'adh', 'al-', 'il', 'ul', 'the']);

function stripDiacritics(s: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(s) ? s : s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** The first word of a name after any leading article ("Al-Qaim" -> "Qaim", "Deir ez-Zor" -> "Deir"). */
export function firstWord(name: string): string {
  const words = name.split(/[\s\-–_.]+/).filter(Boolean);
  const i = words.length > 1 && ARTICLES.has(words[0].toLowerCase()) ? 1 : 0;
  return words[i] ?? name;
}


/** Whether a word is a transliterated Arabic article ("al", "ez", "ash"). */
export const isArticle = (word: string): boolean => ARTICLES.has(word);

// A corpus brings thousands of names no earlier article had; the two steps below read their characters in one
// pass each, without regular expressions or arrays of letters.

/** White space, hyphens, dashes, underscores and dots separate the parts of a name. */
function isSeparator(c: number): boolean {
  if (c < 128) return c === 32 || c === 45 || c === 46 || c === 95 || (c >= 9 && c <= 13);
  return c === 0x2013 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Apostrophes and the ayn and hamza marks are dropped: Qa'im, Qa’im and Qaʿim are one spelling. */
const isApostrophe = (c: number) => c === 39 || c === 96 || c === 0x2019 || c === 0x2018 || c === 0x2bf || c === 0x2be;

const A = 97, C = 99, D = 100, E = 101, G = 103, H = 104, I = 105, J = 106, K = 107, L = 108, N = 110, O = 111, Q = 113, R = 114, S = 115, T = 116, U = 117, W = 119, Y = 121, Z = 122;
const isVowel = (c: number) => c === A || c === E || c === I || c === O || c === U;
const isSunLetter = (c: number) => c === T || c === D || c === R || c === Z || c === S || c === N || c === L;

/** Splits a name into lower-case parts without articles ("Ar-Raqqah" -> ["raqqah"], "Deir Ezzor" -> ["deir", "zor"]). */
function parts(name: string): string[] {
  const s = stripDiacritics(name).toLowerCase();
  const words: string[] = [];
  let start = -1;
  let apostrophes = false;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if (!isSeparator(c)) {
      if (start < 0) start = i;
      if (isApostrophe(c)) apostrophes = true;
      continue;
    }
    if (start < 0) continue;
    const word = apostrophes ? s.slice(start, i).replace(/['’`ʿʾ‘]/g, '') : s.slice(start, i);
    if (word) words.push(word);
    start = -1;
    apostrophes = false;
  }
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (ARTICLES.has(w) && i < words.length - 1) continue;
    // an article fused onto a sun letter: Ezzor, Assad-style doubling ("ezzor" -> "zor", "arraqqa" -> "raqqa"); or
    // written onto the word after it ("Urum Alkobra", "Ain Elbaida")
    const fused = i > 0 && w.length >= 5 && (w.charCodeAt(0) === A || w.charCodeAt(0) === E) && isSunLetter(w.charCodeAt(1)) && w.charCodeAt(2) === w.charCodeAt(1);
    const joined = i > 0 && w.length >= 6 && (w.charCodeAt(0) === A || w.charCodeAt(0) === E) && w.charCodeAt(1) === L && !isVowel(w.charCodeAt(2));
    out.push(fused || joined ? w.slice(2) : w);
  }
  return out.length ? out : words;
}

// the letters a to z of the name being folded, two zeros after them so that look-ahead needs no bounds checks
let letters = new Uint8Array(256);

/**
 * Folds the usual transliteration variants of a lower-case name onto one spelling, in one pass over its letters
 * a to z: kh gh dh th -> k g d t; dj -> j; sh ch -> s; ck q -> k; ou oo aw o -> u; ee ie -> i; ay ei ey -> ai; doubled
 * letters once; no final h after a vowel. Where two rules overlap, the digraphs with h and the i-sounds win
 * ("ckh" -> k, "eie" -> ai).
 */
function fold(s: string): string {
  if (s.length + 2 > letters.length) letters = new Uint8Array(2 * s.length + 2);
  const b = letters;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= A && c <= Z) b[n++] = c;
  }
  b[n] = b[n + 1] = 0;
  let out = '';
  let last = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    const next = b[i + 1];
    let first = c;
    let second = 0;
    if (next === H && (c === K || c === G || c === D || c === T)) i++;
    // French transliteration writes the jim "dj": Hassadjek, Djerablous
    else if (c === D && next === J) continue;
    else if (next === H && (c === S || c === C)) { first = S; i++; }
    else if (c === C && next === K) { first = K; i += b[i + 2] === H ? 2 : 1; }
    else if (c === Q) first = K;
    else if (c === O) { first = U; if (next === U || next === O) i++; }
    else if (c === A && next === W) { first = U; i++; }
    else if ((c === E || c === I) && next === E) { first = I; i++; }
    else if (c === E && next === I && b[i + 2] === E) { first = A; second = I; i += 2; }
    else if ((c === A && next === Y) || (c === E && (next === I || next === Y))) { first = A; second = I; i++; }
    // a letter the same as the one before it is written once
    if (first !== last) { out += String.fromCharCode(first); last = first; }
    if (second !== 0 && second !== last) { out += String.fromCharCode(second); last = second; }
  }
  if (out.length > 1 && out.charCodeAt(out.length - 1) === H && isVowel(out.charCodeAt(out.length - 2))) out = out.slice(0, -1);
  return out;
}

// Scanning an article asks for the key and the spelling of the same capitalised words again and again.
interface Forms { key: string; spelling: string }
const memo = new Map<string, Forms>();
const MEMO_LIMIT = 200_000;

function formsOf(name: string): Forms {
  let forms = memo.get(name);
  if (forms === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    const p = parts(name);
    forms = { key: fold(p.join('')), spelling: p.join(' ') };
    memo.set(name, forms);
  }
  return forms;
}

/** Spelling key: equal for the common transliteration variants of one name. */
export const placeKey = (name: string): string => formsOf(name).key;

/** A spelling compared as written: lower case, no diacritics, apostrophes or leading article ("Al-Tal" -> "tal"). */
export const spelling = (name: string): string => formsOf(name).spelling;

/** Consonant skeleton of the spelling key: a looser key for spellings no list has seen. */
export function placeSkeleton(name: string): string {
  const key = placeKey(name);
  return key[0] + key.slice(1).replace(/[aeiouyw]/g, '');
}
