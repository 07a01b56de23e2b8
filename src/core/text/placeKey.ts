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

/** Splits a name into lower-case parts without articles ("Ar-Raqqah" -> ["raqqah"], "Deir Ezzor" -> ["deir", "zor"]). */
function parts(name: string): string[] {
  const words = stripDiacritics(name).toLowerCase().replace(/['’`ʿʾ‘]/g, '').split(/[\s\-–_.]+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (ARTICLES.has(w) && i < words.length - 1) continue;
    // an article fused onto a sun letter: Ezzor, Assad-style doubling ("ezzor" -> "zor", "arraqqa" -> "raqqa")
    const fused = /^(?:a|e)([tdrzsnl])\1(.{2,})$/.exec(w);
    if (fused && i > 0) { out.push(fused[1] + fused[2]); continue; }
    out.push(w);
  }
  return out.length ? out : words;
}

const A = 97, C = 99, D = 100, E = 101, G = 103, H = 104, I = 105, K = 107, O = 111, Q = 113, S = 115, T = 116, U = 117, W = 119, Y = 121, Z = 122;
const isVowel = (c: number) => c === A || c === E || c === I || c === O || c === U;

/**
 * Folds the usual transliteration variants of a lower-case name onto one spelling, in one pass over its letters:
 * kh gh dh th -> k g d t; sh ch -> s; ck q -> k; ou oo aw o -> u; ee ie -> i; ay ei ey -> ai; doubled letters once;
 * no final h after a vowel. Where two rules overlap, the digraphs with h and the i-sounds win ("ckh" -> k, "eie" -> ai).
 */
function fold(s: string): string {
  const letters: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= A && c <= Z) letters.push(c);
  }
  const out: number[] = [];
  const emit = (c: number) => { if (out[out.length - 1] !== c) out.push(c); };
  for (let i = 0; i < letters.length; i++) {
    const c = letters[i];
    const n = letters[i + 1];
    if (n === H && (c === K || c === G || c === D || c === T)) { emit(c); i++; }
    else if (n === H && (c === S || c === C)) { emit(S); i++; }
    else if (c === C && n === K) { emit(K); i += letters[i + 2] === H ? 2 : 1; }
    else if (c === Q) emit(K);
    else if (c === O) { emit(U); if (n === U || n === O) i++; }
    else if (c === A && n === W) { emit(U); i++; }
    else if ((c === E || c === I) && n === E) { emit(I); i++; }
    else if (c === E && n === I && letters[i + 2] === E) { emit(A); emit(I); i += 2; }
    else if ((c === A && n === Y) || (c === E && (n === I || n === Y))) { emit(A); emit(I); i++; }
    else emit(c);
  }
  if (out.length > 1 && out[out.length - 1] === H && isVowel(out[out.length - 2])) out.pop();
  return String.fromCharCode(...out);
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
