import type { Lexicon, NameRef } from '../lexicon/names';
import { placeKey, spelling } from '../text/placeKey';
import { TOPOGRAPHIC_WORDS } from './vocabulary';

/**
 * Whether a one-word place name (the word as `text` and `lower`, written `span` with any article before it) is
 * really something else, by what the words alone say; a given name is also not the town when another name follows
 * ("Hama Ali"), which only the text can tell (`givenName`).
 */
export function notAPlace(lex: Lexicon, text: string, lower: string, span: string, ref: NameRef): boolean {
  // a demonym spelled like a town is not the town
  if (ref.kind !== 'country' && lex.english.demonyms.has(lower)) return true;
  // an English word that only folds like a place name ("Hit" ~ Heet) is the word, unless spelled as the place is
  if (lex.english.common.has(lower) && !lex.aliasesOf.get(ref.canonical)?.has(text)) return true;
  // a gazetteer name alone must be spelled as the gazetteer spells it ("Road" only folds like Rouad), and a
  // bare topographic word ("Tal", "Wadi") names no particular place
  const written = spelling(span);
  return !lex.curatedKeys.has(placeKey(span)) && (!lex.placeSpellings.has(written) || TOPOGRAPHIC_WORDS.has(written));
}

/** Whether a one-word place name may be a person's given name, and so not the place when a name follows it. */
export const givenName = (lex: Lexicon, lower: string, ref: NameRef): boolean => ref.kind !== 'country' && lex.english.firstNames.has(lower);

/** What a capitalised word names as a place on its own: worked out once per spelling, not at every mention. */
export interface PlaceWord {
  /** The place, unless the words alone say the word is something else. */
  place: NameRef | undefined;
  /** The place is not meant when another capitalised name follows the word. */
  unlessNameFollows: boolean;
  /** "Aleppos": the place of a possessive whose apostrophe was lost. */
  possessive: NameRef | undefined;
}

/** A word that names no place on its own (most words): one object for all of them. */
export const NO_PLACE_WORD: PlaceWord = { place: undefined, unlessNameFollows: false, possessive: undefined };

/**
 * "Aleppos outskirts": the place a name ending in a possessive whose apostrophe was lost stands for (`span` is the
 * whole name, `stem` its last word without the "s"). A one-word name must be spelled as some place is spelled.
 */
export function possessivePlace(lex: Lexicon, span: string, stem: string, oneWord: boolean): NameRef | undefined {
  const bare = lex.placesByKey.get(placeKey(span.slice(0, -1)));
  return bare && (!oneWord || lex.placeSpellings.has(spelling(stem))) ? bare : undefined;
}

export function placeWordOf(lex: Lexicon, text: string, lower: string, stem: string | undefined): PlaceWord {
  const ref = lex.placesByKey.get(placeKey(text));
  const place = ref && !notAPlace(lex, text, lower, text, ref) ? ref : undefined;
  const possessive = stem === undefined ? undefined : possessivePlace(lex, text, stem, true);
  if (place === undefined && possessive === undefined) return NO_PLACE_WORD;
  // a town of the world's gazetteer followed by a name is part of that name ("Liwa al-Fateh", "Hudson Institute")
  return { place, unlessNameFollows: place !== undefined && (givenName(lex, lower, place) || place.exact === true), possessive };
}
