import { z } from 'zod';
import { emptyLexicon, type Lexicon, type NameRef, type NameTrie } from './names';

// The compiled lexicon as plain data: names point at their referents by index, so a referent shared by many
// spellings is stored once.

const RefIndex = z.number().int().nonnegative();
const Words = z.array(z.string());

export const LexiconSnapshot = z.object({
  refs: z.array(z.object({
    canonical: z.string(), type: z.enum(['place', 'actor', 'person']), kind: z.string(), country: z.string().optional(),
    admin1: z.string().optional(), lat: z.number().optional(), lon: z.number().optional(),
  })),
  /** Every alias of the name trie, split into tokens as written, in the order each trie node holds them. */
  trie: z.array(z.tuple([Words, RefIndex])),
  placesByKey: z.array(z.tuple([z.string(), RefIndex])),
  placeFirstWords: Words,
  curatedKeys: Words,
  placeSpellings: Words,
  placesBySkeleton: z.array(z.tuple([z.string(), RefIndex.nullable()])),
  aliasesOf: z.array(z.tuple([z.string(), Words])),
  english: z.object({
    common: Words, firstNames: Words, maleNames: Words, femaleNames: Words, lastNames: Words, demonyms: Words,
    worldPlaces: z.array(z.tuple([z.string(), z.enum(['country', 'city', 'region'])])),
  }),
});
export type LexiconSnapshot = z.infer<typeof LexiconSnapshot>;

export function toSnapshot(lex: Lexicon): LexiconSnapshot {
  const refs: NameRef[] = [];
  const indexOf = new Map<NameRef, number>();
  const ref = (r: NameRef) => {
    let k = indexOf.get(r);
    if (k === undefined) {
      indexOf.set(r, (k = refs.length));
      // fields a referent lacks are left out rather than written as undefined
      refs.push(Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as NameRef);
    }
    return k;
  };
  const trie: [string[], number][] = [];
  const walk = (node: NameTrie['root']) => {
    for (const end of node.ends) trie.push([end.tokens, ref(end.ref)]);
    for (const child of node.next.values()) walk(child);
  };
  walk(lex.trie.root);
  const placesByKey = [...lex.placesByKey].map(([k, r]): [string, number] => [k, ref(r)]);
  const placesBySkeleton = [...lex.placesBySkeleton].map(([k, r]): [string, number | null] => [k, r ? ref(r) : null]);
  const e = lex.english;
  return {
    refs,
    trie,
    placesByKey,
    placeFirstWords: [...lex.placeFirstWords],
    curatedKeys: [...lex.curatedKeys],
    placeSpellings: [...lex.placeSpellings],
    placesBySkeleton,
    aliasesOf: [...lex.aliasesOf].map(([k, v]) => [k, [...v]]),
    english: {
      common: [...e.common], firstNames: [...e.firstNames], maleNames: [...e.maleNames], femaleNames: [...e.femaleNames],
      lastNames: [...e.lastNames], demonyms: [...e.demonyms], worldPlaces: [...e.worldPlaces],
    },
  };
}

/** A lexicon of its own (the caller may add a user's aliases to it) from a snapshot, which is left untouched. */
export function fromSnapshot(s: LexiconSnapshot): Lexicon {
  const e = s.english;
  const lex = emptyLexicon({
    common: new Set(e.common), firstNames: new Set(e.firstNames), maleNames: new Set(e.maleNames), femaleNames: new Set(e.femaleNames),
    lastNames: new Set(e.lastNames), demonyms: new Set(e.demonyms), worldPlaces: new Map(e.worldPlaces),
  });
  const refs: NameRef[] = s.refs;
  for (const [tokens, r] of s.trie) lex.trie.addTokens(tokens, refs[r]);
  for (const [k, r] of s.placesByKey) lex.placesByKey.set(k, refs[r]);
  for (const w of s.placeFirstWords) lex.placeFirstWords.add(w);
  for (const w of s.curatedKeys) lex.curatedKeys.add(w);
  for (const w of s.placeSpellings) lex.placeSpellings.add(w);
  for (const [k, r] of s.placesBySkeleton) lex.placesBySkeleton.set(k, r === null ? null : refs[r]);
  for (const [k, v] of s.aliasesOf) lex.aliasesOf.set(k, new Set(v));
  return lex;
}
