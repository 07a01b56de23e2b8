import type { UserAliasFile } from '../data/schemas';
import { firstWord, placeKey, placeSkeleton, spelling } from '../text/placeKey';
import { tokenize } from '../text/tokens';
import type { EnglishWords } from './english';
import { emptyPredicates, type PredicateWords } from './predicates';
import { PlaceKeys, WordSet } from './tables';

export type EntityType = 'place' | 'actor' | 'person';

/** What a known name refers to. */
export interface NameRef {
  canonical: string;
  type: EntityType;
  /** For places: country, province, city...; for actors: armed-group, media... */
  kind: string;
  country?: string;
  /** For places: the canonical name of the first-level division (province) it lies in; a province's is itself. */
  admin1?: string;
  /** For places: approximate position in degrees, when known. */
  lat?: number;
  lon?: number;
  /** Found only as its list spells it, never by a folded spelling: the world's towns, whose keys Arabic folding was not made for. */
  exact?: boolean;
  /** Found by its shape or context alone ("the village of X"): no list holds it, so it has no province of its own. */
  unlisted?: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Aliases ending here, each with the exact spelling of its tokens (case rules are checked on a match). */
  ends: { tokens: string[]; ref: NameRef }[];
}

const WILDCARD = '*';
const newNode = (): TrieNode => ({ next: new Map(), ends: [] });

/** Case-sensitive multi-token names (actors, acronyms like US or UK, user-defined people). */
export class NameTrie {
  readonly root = newNode();

  add(alias: string, ref: NameRef): void {
    this.addTokens(tokenize(alias).tokens.map((t) => t.text), ref);
  }

  /** Adds an alias already split into tokens, as written. */
  addTokens(tokens: string[], ref: NameRef): void {
    if (tokens.length === 0) return;
    let node = this.root;
    for (const t of tokens) {
      const k = t === WILDCARD ? WILDCARD : t.toLowerCase().replace(/[’`]/g, "'");
      let child = node.next.get(k);
      if (!child) node.next.set(k, (child = newNode()));
      node = child;
    }
    if (!node.ends.some((e) => e.ref.canonical === ref.canonical && e.tokens.join(' ') === tokens.join(' '))) node.ends.push({ tokens, ref });
  }
}

/** Curly and grave apostrophes written straight; most words have none, and are returned without a regex pass. */
const straightApostrophes = (s: string) => (s.includes('’') || s.includes('`') ? s.replace(/[’`]/g, "'") : s);

/** Whether a token in the text may stand for an alias token spelled `alias` (case rules for names). */
export function caseMatches(rawText: string, rawAlias: string, allCapsContext: boolean): boolean {
  if (rawText === rawAlias) return true;
  const text = straightApostrophes(rawText);
  const alias = straightApostrophes(rawAlias);
  if (text === alias) return true;
  if (alias === WILDCARD) return /^\p{Ll}/u.test(text);
  const lower = alias.toLowerCase();
  if (alias === lower) return text === lower || (text[0] === text[0].toUpperCase() && text.slice(1) === lower.slice(1)) || (allCapsContext && text === alias.toUpperCase());
  // acronyms are matched exactly; a word may be written in capitals ("DAESH", or a shouted headline)
  if (alias.length > 1 && alias === alias.toUpperCase()) return false;
  return (allCapsContext || alias.length > 3) && text === alias.toUpperCase();
}

export interface Lexicon {
  trie: NameTrie;
  placesByKey: PlaceKeys;
  /** Keys of the first word of every place name (articles dropped): a cheap test before trying longer spans. */
  placeFirstWords: WordSet;
  /** Keys that a curated name (or a user's) claims: trusted to cluster spellings no list holds. */
  curatedKeys: Set<string>;
  /** Every spelling of every place, lower case without diacritics or articles ("raqqah", "tall"). */
  placeSpellings: WordSet;
  /** Consonant skeleton -> place, or null when two places share it. */
  placesBySkeleton: Map<string, NameRef | null>;
  /** Canonical -> its aliases (those of a compiled lexicon that are also English words: all that is asked of them). */
  aliasesOf: Map<string, Set<string>>;
  english: EnglishWords;
  /** What verbs, adjectives and nouns say happened to what a number counts. */
  predicates: PredicateWords;
}

const isAcronym = (s: string) => /^[\p{Lu}.]+$/u.test(s.replace(/[-–]/g, '')) || s.includes('.');

export const emptyLexicon = (english: EnglishWords): Lexicon => ({ trie: new NameTrie(), placesByKey: new PlaceKeys(), placeFirstWords: new WordSet(), curatedKeys: new Set(), placeSpellings: new WordSet(), placesBySkeleton: new Map(), aliasesOf: new Map(), english, predicates: emptyPredicates() });

/** `skeleton`: the spelling may also be found by its consonants, where context says place (not for the world's towns). */
export function addPlace(lex: Lexicon, alias: string, ref: NameRef, curated: boolean, skeleton = true): void {
  lex.aliasesOf.get(ref.canonical)?.add(alias) ?? lex.aliasesOf.set(ref.canonical, new Set([alias]));
  if (isAcronym(alias)) { lex.trie.add(alias, ref); return; }
  const key = placeKey(alias);
  if (key.length < 3) return;
  // curated names are added first and win; the gazetteer only fills keys nobody claimed
  if (curated || !lex.placesByKey.has(key)) lex.placesByKey.set(key, ref);
  if (curated) lex.curatedKeys.add(key);
  lex.placeFirstWords.add(placeKey(firstWord(alias)));
  lex.placeSpellings.add(spelling(alias));
  if (!skeleton) return;
  const consonants = placeSkeleton(alias);
  const prior = lex.placesBySkeleton.get(consonants);
  if (prior === undefined) lex.placesBySkeleton.set(consonants, ref);
  else if (prior && prior.canonical !== ref.canonical) lex.placesBySkeleton.set(consonants, null);
}

export function addActor(lex: Lexicon, canonical: string, kind: string, aliases: string[]): void {
  const ref: NameRef = { canonical, type: 'actor', kind };
  for (const a of [canonical, ...aliases]) {
    lex.trie.add(a, ref);
    if (!a.includes(WILDCARD)) lex.aliasesOf.get(canonical)?.add(a) ?? lex.aliasesOf.set(canonical, new Set([a]));
  }
}

export function applyUserAliases(lex: Lexicon, user: UserAliasFile): void {
  for (const a of user.actors) addActor(lex, a.canonical, a.kind ?? 'armed-group', a.aliases ?? []);
  for (const p of user.places) {
    const known = lex.placesByKey.get(placeKey(p.canonical));
    const ref: NameRef = known ?? { canonical: p.canonical, type: 'place', kind: p.type ?? 'town', country: p.country, admin1: p.admin1, lat: p.lat, lon: p.lon };
    for (const a of [p.canonical, ...(p.aliases ?? [])]) addPlace(lex, a, ref, true);
  }
  for (const person of user.people) addPerson(lex, person.canonical, person.aliases);
}

export function addPerson(lex: Lexicon, canonical: string, aliases: string[]): void {
  const ref: NameRef = { canonical, type: 'person', kind: 'person' };
  for (const a of [canonical, ...aliases]) {
    lex.trie.add(a, ref);
    lex.aliasesOf.get(canonical)?.add(a) ?? lex.aliasesOf.set(canonical, new Set([a]));
  }
}
