import actorData from '../data/actors.json';
import gazetteerData from '../data/gazetteer.json';
import peopleData from '../data/people.json';
import placeData from '../data/places.json';
import { ActorFile, GazetteerFile, PeopleFile, PlaceFile, type PlaceType, type UserAliasFile } from '../data/schemas';
import { firstWord, placeKey, placeSkeleton, spelling } from '../text/placeKey';
import { tokenize } from '../text/tokens';
import { englishWords } from './english';

export type EntityType = 'place' | 'actor' | 'person';

/** What a known name refers to. */
export interface NameRef {
  canonical: string;
  type: EntityType;
  /** For places: country, province, city...; for actors: armed-group, media... */
  kind: string;
  country?: string;
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
    const tokens = tokenize(alias).tokens.map((t) => t.text);
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

/** Whether a token in the text may stand for an alias token spelled `alias` (case rules for names). */
export function caseMatches(rawText: string, rawAlias: string, allCapsContext: boolean): boolean {
  if (rawText === rawAlias) return true;
  const text = rawText.replace(/[’`]/g, "'");
  const alias = rawAlias.replace(/[’`]/g, "'");
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
  placesByKey: Map<string, NameRef>;
  /** Keys of the first word of every place name (articles dropped): a cheap test before trying longer spans. */
  placeFirstWords: Set<string>;
  /** Keys that a curated name (or a user's) claims: trusted to cluster spellings no list holds. */
  curatedKeys: Set<string>;
  /** Every spelling of every place, lower case without diacritics or articles ("raqqah", "tall"). */
  placeSpellings: Set<string>;
  /** Consonant skeleton -> place, or null when two places share it. */
  placesBySkeleton: Map<string, NameRef | null>;
  /** Canonical -> every alias known for it (for hovers and search). */
  aliasesOf: Map<string, Set<string>>;
  english: ReturnType<typeof englishWords>;
}

const isAcronym = (s: string) => /^[\p{Lu}.]+$/u.test(s.replace(/[-–]/g, '')) || s.includes('.');

const GAZETTEER_TYPE: Record<string, PlaceType> = { PPLC: 'city', PPLA: 'city', PPLA2: 'town', PPLA3: 'town', PPLA4: 'village', PPLX: 'town' };

function addPlace(lex: Lexicon, alias: string, ref: NameRef, curated: boolean): void {
  lex.aliasesOf.get(ref.canonical)?.add(alias) ?? lex.aliasesOf.set(ref.canonical, new Set([alias]));
  if (isAcronym(alias)) { lex.trie.add(alias, ref); return; }
  const key = placeKey(alias);
  if (key.length < 3) return;
  // curated names are added first and win; the gazetteer only fills keys nobody claimed
  if (curated || !lex.placesByKey.has(key)) lex.placesByKey.set(key, ref);
  if (curated) lex.curatedKeys.add(key);
  lex.placeFirstWords.add(placeKey(firstWord(alias)));
  lex.placeSpellings.add(spelling(alias));
  const skeleton = placeSkeleton(alias);
  const prior = lex.placesBySkeleton.get(skeleton);
  if (prior === undefined) lex.placesBySkeleton.set(skeleton, ref);
  else if (prior && prior.canonical !== ref.canonical) lex.placesBySkeleton.set(skeleton, null);
}

/** A gazetteer alternate that is an English word or a given name would turn ordinary text into places. */
function usableGazetteerAlias(alias: string, english: Lexicon['english']): boolean {
  const words = alias.toLowerCase().split(/[\s-]+/);
  if (words.length === 1 && (english.common.has(words[0]) || english.firstNames.has(words[0]) || english.demonyms.has(words[0]))) return false;
  return alias.length >= 4;
}

export function buildLexicon(user?: UserAliasFile): Lexicon {
  const english = englishWords();
  const lex: Lexicon = { trie: new NameTrie(), placesByKey: new Map(), placeFirstWords: new Set(), curatedKeys: new Set(), placeSpellings: new Set(), placesBySkeleton: new Map(), aliasesOf: new Map(), english };
  const curatedPlaces = PlaceFile.parse(placeData).places;
  for (const p of curatedPlaces) {
    const ref: NameRef = { canonical: p.canonical, type: 'place', kind: p.type, country: p.country };
    for (const a of p.aliases) addPlace(lex, a, ref, true);
  }
  // GeoNames rows join a curated place when any of their names folds to its key, and bring their other spellings.
  for (const g of GazetteerFile.parse(gazetteerData).places) {
    const names = [g.name, ...g.alternates];
    const curated = names.map((n) => lex.placesByKey.get(placeKey(n))).find((r) => r && r.kind !== 'country');
    const ref: NameRef = curated ?? { canonical: g.name.replace(/^(Al|Ar|As|Ad|Az|An|At|Ash) /, (m) => `${m.trim()}-`), type: 'place', kind: GAZETTEER_TYPE[g.feature] ?? 'town', country: g.country === 'SY' ? 'Syria' : 'Iraq' };
    for (const n of names) if (usableGazetteerAlias(n, english)) addPlace(lex, n, ref, false);
  }
  for (const [word, kind] of english.worldPlaces) {
    const canonical = word.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
    if (!lex.placesByKey.has(placeKey(canonical))) addPlace(lex, canonical, { canonical, type: 'place', kind }, false);
  }
  for (const a of ActorFile.parse(actorData).actors) addActor(lex, a.canonical, a.kind, a.aliases);
  for (const p of PeopleFile.parse(peopleData).people) addPerson(lex, p.canonical, p.aliases);
  if (user) applyUserAliases(lex, user);
  return lex;
}

function addActor(lex: Lexicon, canonical: string, kind: string, aliases: string[]): void {
  const ref: NameRef = { canonical, type: 'actor', kind };
  for (const a of [canonical, ...aliases]) {
    lex.trie.add(a, ref);
    if (!a.includes(WILDCARD)) lex.aliasesOf.get(canonical)?.add(a) ?? lex.aliasesOf.set(canonical, new Set([a]));
  }
}

function applyUserAliases(lex: Lexicon, user: UserAliasFile): void {
  for (const a of user.actors) addActor(lex, a.canonical, a.kind ?? 'armed-group', a.aliases ?? []);
  for (const p of user.places) {
    const known = lex.placesByKey.get(placeKey(p.canonical));
    const ref: NameRef = known ?? { canonical: p.canonical, type: 'place', kind: p.type ?? 'town', country: p.country };
    for (const a of [p.canonical, ...(p.aliases ?? [])]) addPlace(lex, a, ref, true);
  }
  for (const person of user.people) addPerson(lex, person.canonical, person.aliases);
}

function addPerson(lex: Lexicon, canonical: string, aliases: string[]): void {
  const ref: NameRef = { canonical, type: 'person', kind: 'person' };
  for (const a of [canonical, ...aliases]) {
    lex.trie.add(a, ref);
    lex.aliasesOf.get(canonical)?.add(a) ?? lex.aliasesOf.set(canonical, new Set([a]));
  }
}

let shared: Lexicon | undefined;
/** The lexicon built from the bundled data alone, shared by every analysis in the process. */
export function defaultLexicon(): Lexicon {
  return (shared ??= buildLexicon());
}
