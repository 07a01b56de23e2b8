import { z } from 'zod';
import { emptyLexicon, type Lexicon, type NameRef, type NameTrie } from './names';
import { predicateLines, predicatesFromLines } from './predicates';
import { PlaceKeys, SortedStrings, WordSet } from './tables';

// The compiled lexicon as plain data, written at build time and read at the first analysis. Names point at their
// referents by index, so a referent shared by many spellings is stored once. Everything is text: lists are lines,
// numbers are packed three characters each, referents are stored column by column. Loading the world's towns so
// parses a few long strings rather than hundreds of thousands of small values, and validating it is cheap.

/** The events a predicate word may name, as a pattern. */
const EVENTS = '(?:killed|wounded|executed|fled|trapped|remaining|population|controlled)';
/** Lines of text: the strings of a list joined by line breaks. */
const Lines = z.string();
/** Whole numbers written with three characters each (see packed()). */
const Packed = z.string();

export const LexiconSnapshot = z.object({
  refs: z.object({
    /** Canonical names, in referent order. */
    canonical: Lines,
    /** "place/city", "actor/media", "place/town/exact"...: each referent's type, kind and exactness, by index into `kinds`. */
    kinds: Lines,
    kind: Packed,
    /** Countries and first-level divisions, by index into `names` (absent: NONE). */
    names: Lines,
    country: Packed,
    admin1: Packed,
    /** Hundredths of a degree, shifted above zero (absent: NONE). */
    lat: Packed,
    lon: Packed,
  }),
  /** Every alias of the name trie, its tokens as written joined by spaces, in the order each trie node holds them. */
  trie: Lines,
  trieRefs: Packed,
  /** Sorted, for lookups by halving: see SortedStrings. */
  placeKeys: Lines,
  /** The referent of each of `placeKeys`, in the same order. */
  placeRefs: Packed,
  placeFirstWords: Lines,
  curatedKeys: Lines,
  placeSpellings: Lines,
  placeSkeletons: Lines,
  /** The referent of each skeleton; NONE where two places share it. */
  skeletonRefs: Packed,
  /** Only the aliases that are also English words: all that is asked of aliases once the lexicon is compiled. */
  aliasesOf: z.array(z.tuple([z.string(), z.array(z.string())])),
  /** compromise's word classes. */
  english: z.object({
    common: Lines, firstNames: Lines, maleNames: Lines, femaleNames: Lines, lastNames: Lines, demonyms: Lines, persons: Lines,
    countries: Lines, cities: Lines, regions: Lines,
  }),
  /** What happened to what a number counts: "word, lemma, event, counts, event of people, people only, forms" and "word, event" lines. */
  predicates: z.object({
    verbs: z.array(z.string().regex(new RegExp(`^[a-z]+\\t[a-z]+\\t${EVENTS}\\t(?:subject|object|both)\\t(?:${EVENTS})?\\t(?:people)?\\t\\d+$`))),
    adjectives: z.array(z.string().regex(new RegExp(`^[a-z]+\\t${EVENTS}$`))),
    peopleAdjectives: z.array(z.string().regex(/^[a-z]+$/)),
    nouns: z.array(z.string().regex(new RegExp(`^[a-z]+\\t${EVENTS}$`))),
  }),
});
export type LexiconSnapshot = z.infer<typeof LexiconSnapshot>;

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** The largest number three digits hold stands for "none". */
const NONE = DIGITS.length ** 3 - 1;
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let d = 0; d < DIGITS.length; d++) DIGIT_VALUE[DIGITS.charCodeAt(d)] = d;

function packed(values: number[]): string {
  let out = '';
  for (const v of values) {
    if (!(Number.isInteger(v) && v >= 0 && v <= NONE)) throw new Error(`${v} cannot be packed`);
    out += DIGITS[Math.floor(v / 4096)] + DIGITS[Math.floor(v / 64) % 64] + DIGITS[v % 64];
  }
  return out;
}

const unpack = (s: string, k: number) => DIGIT_VALUE[s.charCodeAt(k * 3)] * 4096 + DIGIT_VALUE[s.charCodeAt(k * 3 + 1)] * 64 + DIGIT_VALUE[s.charCodeAt(k * 3 + 2)];

function lines(strings: Iterable<string>): string {
  const list = [...strings];
  if (list.some((s) => s.includes('\n'))) throw new Error('a lexicon string holds a line break');
  return list.join('\n');
}
const linesOf = (text: string) => (text === '' ? [] : text.split('\n'));

const HUNDREDTHS = 100;
const LAT_SHIFT = 90 * HUNDREDTHS;
const LON_SHIFT = 180 * HUNDREDTHS;
const toHundredths = (v: number | undefined, shift: number) => (v === undefined ? NONE : Math.round(v * HUNDREDTHS) + shift);

export function toSnapshot(lex: Lexicon): LexiconSnapshot {
  const refs: NameRef[] = [];
  const indexOf = new Map<NameRef, number>();
  const ref = (r: NameRef) => {
    let k = indexOf.get(r);
    if (k === undefined) { indexOf.set(r, (k = refs.length)); refs.push(r); }
    return k;
  };
  const trie: string[] = [];
  const trieRefs: number[] = [];
  const walk = (node: NameTrie['root']) => {
    for (const end of node.ends) {
      if (end.tokens.some((t) => /\s/.test(t))) throw new Error(`a name token holds a space: ${end.tokens.join('|')}`);
      trie.push(end.tokens.join(' '));
      trieRefs.push(ref(end.ref));
    }
    for (const child of node.next.values()) walk(child);
  };
  walk(lex.trie.root);
  const places = [...lex.placesByKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const skeletons = [...lex.placesBySkeleton];
  const e = lex.english;
  const worldPlaces = (kind: string) => SortedStrings.of([...e.worldPlaces].filter(([, k]) => k === kind).map(([w]) => w));
  // every referent indexed before the columns are written
  const placeRefs = packed(places.map(([, r]) => ref(r)));
  const skeletonRefs = packed(skeletons.map(([, r]) => (r ? ref(r) : NONE)));
  return {
    refs: refColumns(refs),
    trie: lines(trie),
    trieRefs: packed(trieRefs),
    placeKeys: SortedStrings.of(places.map(([k]) => k)),
    placeRefs,
    placeFirstWords: SortedStrings.of(lex.placeFirstWords.values()),
    curatedKeys: lines(lex.curatedKeys),
    placeSpellings: SortedStrings.of(lex.placeSpellings.values()),
    placeSkeletons: lines(skeletons.map(([k]) => k)),
    skeletonRefs,
    aliasesOf: [...lex.aliasesOf].map(([k, v]): [string, string[]] => [k, [...v].filter((a) => e.common.has(a.toLowerCase()))]).filter(([, v]) => v.length > 0),
    english: {
      common: SortedStrings.of(e.common), firstNames: SortedStrings.of(e.firstNames), maleNames: SortedStrings.of(e.maleNames),
      femaleNames: SortedStrings.of(e.femaleNames), lastNames: SortedStrings.of(e.lastNames), demonyms: SortedStrings.of(e.demonyms), persons: SortedStrings.of(e.persons),
      countries: worldPlaces('country'), cities: worldPlaces('city'), regions: worldPlaces('region'),
    },
    predicates: predicateLines(lex.predicates),
  };
}

function refColumns(refs: NameRef[]): LexiconSnapshot['refs'] {
  const kinds: string[] = [];
  const names: string[] = [];
  const kindIndex = new Map<string, number>();
  const nameIndex = new Map<string, number>();
  const intern = (index: Map<string, number>, list: string[], s: string | undefined) => {
    if (s === undefined) return NONE;
    let k = index.get(s);
    if (k === undefined) { index.set(s, (k = list.length)); list.push(s); }
    return k;
  };
  const kind = packed(refs.map((r) => intern(kindIndex, kinds, `${r.type}/${r.kind}${r.exact ? '/exact' : ''}`)));
  const country = packed(refs.map((r) => intern(nameIndex, names, r.country)));
  const admin1 = packed(refs.map((r) => intern(nameIndex, names, r.admin1)));
  return {
    canonical: lines(refs.map((r) => r.canonical)), kinds: lines(kinds), kind, names: lines(names), country, admin1,
    lat: packed(refs.map((r) => toHundredths(r.lat, LAT_SHIFT))), lon: packed(refs.map((r) => toHundredths(r.lon, LON_SHIFT))),
  };
}

/** The referents of a snapshot, each made into an object at its first use (most towns of the world never are). */
function refTable(c: LexiconSnapshot['refs']): (k: number) => NameRef {
  const canonical = linesOf(c.canonical);
  const names = linesOf(c.names);
  const made = new Array<NameRef | undefined>(canonical.length);
  const kinds = linesOf(c.kinds).map((tk) => tk.split('/') as [NameRef['type'], string, string?]);
  const name = (column: string, k: number) => {
    const v = unpack(column, k);
    return v === NONE ? undefined : names[v];
  };
  const degrees = (column: string, k: number, shift: number) => {
    const v = unpack(column, k);
    return v === NONE ? undefined : (v - shift) / HUNDREDTHS;
  };
  return (k) => {
    let r = made[k];
    if (r === undefined) {
      const [type, kind, exact] = kinds[unpack(c.kind, k)];
      // every field written, absent ones as undefined: all referents share one shape
      made[k] = r = {
        canonical: canonical[k], type, kind, country: name(c.country, k), admin1: name(c.admin1, k),
        lat: degrees(c.lat, k, LAT_SHIFT), lon: degrees(c.lon, k, LON_SHIFT), exact: exact === 'exact',
      };
    }
    return r;
  };
}

/** A lexicon of its own (the caller may add a user's aliases to it) from a snapshot, which is left untouched. */
export function fromSnapshot(s: LexiconSnapshot): Lexicon {
  const e = s.english;
  const words = (text: string) => new Set(linesOf(text));
  const worldPlaces = new Map<string, 'country' | 'city' | 'region'>();
  for (const [text, kind] of [[e.countries, 'country'], [e.cities, 'city'], [e.regions, 'region']] as const) for (const w of linesOf(text)) worldPlaces.set(w, kind);
  const lex = emptyLexicon({
    common: words(e.common), firstNames: words(e.firstNames), maleNames: words(e.maleNames), femaleNames: words(e.femaleNames),
    lastNames: words(e.lastNames), demonyms: words(e.demonyms), persons: words(e.persons), worldPlaces,
  });
  const refOf = refTable(s.refs);
  linesOf(s.trie).forEach((alias, k) => lex.trie.addTokens(alias.split(' '), refOf(unpack(s.trieRefs, k))));
  lex.placesByKey = new PlaceKeys(new SortedStrings(s.placeKeys), (k) => refOf(unpack(s.placeRefs, k)));
  lex.placeFirstWords = new WordSet(new SortedStrings(s.placeFirstWords));
  lex.placeSpellings = new WordSet(new SortedStrings(s.placeSpellings));
  for (const w of linesOf(s.curatedKeys)) lex.curatedKeys.add(w);
  linesOf(s.placeSkeletons).forEach((skeleton, k) => {
    const r = unpack(s.skeletonRefs, k);
    lex.placesBySkeleton.set(skeleton, r === NONE ? null : refOf(r));
  });
  for (const [k, v] of s.aliasesOf) lex.aliasesOf.set(k, new Set(v));
  lex.predicates = predicatesFromLines(s.predicates.verbs, s.predicates.adjectives, s.predicates.peopleAdjectives, s.predicates.nouns);
  return lex;
}
