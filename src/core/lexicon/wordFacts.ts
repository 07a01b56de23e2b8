import { NO_PLACE_WORD, type PlaceWord, placeWordOf } from '../entities/placeWord';
import { BARE_FORCE_MODIFIERS, NAME_PARTICLES, NOT_NAMES, NOT_ORG_ACRONYMS, WEEKDAYS_AND_MONTHS } from '../entities/vocabulary';
import { DURATION_UNITS, NUMBER_WORDS, SPEECH_VERBS } from '../figures/vocabulary';
import { ARTICLES, isArticle, placeKey } from '../text/placeKey';
import { isAllCaps, isCapitalized, type Token } from '../text/tokens';
import type { Lexicon, NameTrie } from './names';

type TrieNode = NameTrie['root'];

/**
 * What the scanners ask of a word on its own, worked out once per spelling and lexicon and once per article for
 * all of them: an article's words were mostly seen in earlier articles, and a capitalised word is asked about by
 * every rule that might start at it.
 */
export interface WordFacts {
  /** Punctuation, or a lower-case word that begins nothing the entity scanner looks for: most words are such words. */
  inert: boolean;
  capitalized: boolean;
  allCaps: boolean;
  /** A common English word ("Hit", "Road"), in lower case. */
  common: boolean;
  /** Capitalised: may be part of a name, unless it is a short common word in a line written in capitals. */
  nameWord: boolean;
  nameWordShouted: boolean;
  /** Never begins or makes up a name: "The", "Monday". */
  notName: boolean;
  /** A transliterated article ("al", "ez") or "the". */
  article: boolean;
  /** A lower-case name particle ("al", "bin", "de"). */
  lowerParticle: boolean;
  /** The trie node this word leads to from the root, and the one its possessive stem leads to ("Assads"). */
  trieChild: TrieNode | undefined;
  trieStemChild: TrieNode | undefined;
  /** Begins a place name, as written or as a possessive that lost its apostrophe ("Aleppos"). */
  placeHead: boolean;
  /** What a capitalised word names as a place on its own. */
  placeWord: PlaceWord;
  /** A capitalised nationality ("Iraqi"), or a modifier that makes a state force on its own ("government"). */
  demonym: boolean;
  bareForceModifier: boolean;
  /** An abbreviation in capitals that may name an organisation nobody listed ("SRTF"). */
  acronym: boolean;
  /** Begins a figure without digits: "two", "hundreds", "a few", "days". */
  figureWord: boolean;
  /** A verb of saying, or "according": where the attributor looks for who said something. */
  speech: boolean;
}

/** "Assads" -> "Assad": a capitalised word ending in an "s" that may be a possessive without its apostrophe. */
export function possessiveStem(t: Token): string | undefined {
  return t.kind === 'word' && t.text.length > 3 && t.text.endsWith('s') && isCapitalized(t.text) ? t.text.slice(0, -1) : undefined;
}

const FACTS_LIMIT = 200_000;

/** Punctuation, or a lower-case word no scanner asks about (no starter, particle, number or speech word): most tokens. */
const INERT: WordFacts = {
  inert: true, capitalized: false, allCaps: false, common: false, nameWord: false, nameWordShouted: false, notName: false,
  article: false, lowerParticle: false, trieChild: undefined, trieStemChild: undefined, placeHead: false, placeWord: NO_PLACE_WORD, demonym: false, bareForceModifier: false, acronym: false,
  figureWord: false, speech: false,
};

/** Lower-case words the figure scanner and the attributor start from. */
const FIGURE_AND_SPEECH_WORDS = [...NUMBER_WORDS, ...DURATION_UNITS.keys(), ...SPEECH_VERBS, 'according'];

/** A word's length (up to 15) and its first, second and last letters, folded into 19 bits. */
const signature = (w: string) => (Math.min(w.length, 15) << 15) | ((w.charCodeAt(0) & 31) << 10) | ((w.charCodeAt(1) & 31) << 5) | (w.charCodeAt(w.length - 1) & 31);

/**
 * The signatures of a set of words: a word whose signature is not among them is not in the set. Three lower-case
 * words in four are ruled out so, without the hash-table lookup that costs as much as the rest of their facts.
 */
class SignatureScreen {
  private readonly bits = new Uint32Array(1 << 14);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const k = signature(w);
      this.bits[k >>> 5] |= 1 << (k & 31);
    }
  }

  mayHold(w: string): boolean {
    const k = signature(w);
    return (this.bits[k >>> 5] & (1 << (k & 31))) !== 0;
  }
}

/** Facts per word for one lexicon, kept across articles. */
export class WordFactsTable {
  private readonly byText = new Map<string, WordFacts>();
  /** Lower-case words that may begin something; null when a name may begin with any lower-case word. */
  private readonly starters: Set<string> | null;
  /** Lower-case words with facts of their own: starters, name particles, number and speech words. */
  private readonly notPlain: Set<string> | null;
  private readonly notPlainScreen: SignatureScreen | null;

  constructor(private readonly lex: Lexicon) {
    // a name whose first word is any lower-case word ("* coalition") would make every word a starter
    this.starters = lex.trie.root.next.has('*') ? null : new Set([...lex.trie.root.next.keys(), ...BARE_FORCE_MODIFIERS, ...ARTICLES, 'government']);
    this.notPlain = this.starters && new Set([...this.starters, ...NAME_PARTICLES, ...FIGURE_AND_SPEECH_WORDS]);
    this.notPlainScreen = this.notPlain && new SignatureScreen(this.notPlain);
  }

  /**
   * The facts of each token of an article, by token index: one loop, without a call per token (the command line
   * runs V8 without inlining).
   */
  forTokens(tokens: Token[]): WordFacts[] {
    const out = new Array<WordFacts>(tokens.length);
    const screen = this.notPlainScreen;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.kind === 'punct') { out[i] = INERT; continue; }
      if (screen !== null && t.kind === 'word' && !screen.mayHold(t.lower) && !isCapitalized(t.text)) { out[i] = INERT; continue; }
      // one lookup for the rest: lower-case words that passed the screen are remembered as plain or not
      let facts = this.byText.get(t.text);
      if (facts === undefined) {
        if (this.byText.size >= FACTS_LIMIT) this.byText.clear();
        facts = this.learn(t);
        this.byText.set(t.text, facts);
      }
      out[i] = facts;
    }
    return out;
  }

  private learn(t: Token): WordFacts {
    const { text, lower } = t;
    const lex = this.lex;
    const word = t.kind === 'word';
    const capitalized = isCapitalized(text);
    if (word && !capitalized && this.notPlain !== null && !this.notPlain.has(lower)) return INERT;
    const common = lex.english.common.has(lower);
    const nameWord = word && capitalized;
    const root = lex.trie.root;
    const trieChild = root.next.get(lower) ?? (word && text.charCodeAt(0) === lower.charCodeAt(0) ? root.next.get('*') : undefined);
    const stem = capitalized ? possessiveStem(t) : undefined;
    return {
      inert: t.kind === 'punct' || (this.starters !== null && word && !this.starters.has(lower) && !capitalized),
      capitalized,
      allCaps: isAllCaps(text),
      common,
      nameWord,
      nameWordShouted: nameWord && (!common || text.length > 3),
      notName: NOT_NAMES.has(lower) || WEEKDAYS_AND_MONTHS.test(text),
      article: isArticle(lower),
      lowerParticle: NAME_PARTICLES.has(lower) && /^\p{Ll}/u.test(text),
      trieChild,
      trieStemChild: stem ? root.next.get(stem.toLowerCase()) : undefined,
      placeHead: lex.placeFirstWords.has(placeKey(text)) || (stem !== undefined && lex.placeFirstWords.has(placeKey(stem))),
      placeWord: nameWord ? placeWordOf(lex, text, lower, stem) : NO_PLACE_WORD,
      demonym: capitalized && lex.english.demonyms.has(lower),
      bareForceModifier: BARE_FORCE_MODIFIERS.has(lower),
      acronym: /^[A-Z]{3,7}$/.test(text) && !NOT_ORG_ACRONYMS.has(text) && !common,
      figureWord: NUMBER_WORDS.has(lower) || DURATION_UNITS.has(lower),
      speech: SPEECH_VERBS.has(lower) || lower === 'according',
    };
  }
}

const tables = new WeakMap<Lexicon, WordFactsTable>();

export function wordFactsOf(lex: Lexicon): WordFactsTable {
  let table = tables.get(lex);
  if (!table) tables.set(lex, (table = new WordFactsTable(lex)));
  return table;
}
