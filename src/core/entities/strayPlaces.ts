import type { Tokenized } from '../text/tokens';
import { placeKey } from '../text/placeKey';
import { type Mention, TOWN_KINDS, unlistedPlace } from './mention';
import { countryWeights, heaviest } from './placeContext';

/** Words that say a name is a part of a city: "al-Hamadaniyeh neighborhood", "the district of Hamdaniyeh". */
const PART_OF_CITY = new Set(['neighbourhood', 'neighborhood', 'neighbourhoods', 'neighborhoods', 'district', 'districts', 'quarter', 'quarters', 'area']);
/** How far from the name the word that makes it a part may stand: over a list ("al-Hamadaniyeh and al-Midan neighborhoods"). */
const PART_REACH = 4;

/**
 * "rocket shells on al-Hamadaniyeh and al-Midan neighborhoods in Aleppo": a listed town of another country than the one
 * the article is about, found by one of its other names ("Al-Hamdaniya", a district of Iraq) and written as a part of a
 * city, is a neighbourhood no list holds; it lies where the city beside it does (see locateByContext). A town of another
 * country named by its own name ("fighters fled to Mosul") stays where the list puts it.
 */
export function unlistStrayNeighbourhoods(doc: Tokenized, mentions: Mention[]): void {
  let main: string | undefined;
  // the listed name, and the spelling the article first gives the neighbourhood
  const stray = new Map<string, string>();
  for (const m of mentions) {
    if (!otherName(m) || !writtenAsPart(doc, m)) continue;
    main ??= heaviest(countryWeights(doc.tokens, mentions)) ?? '';
    if (m.country !== main && !stray.has(m.canonical)) stray.set(m.canonical, m.text);
  }
  if (stray.size === 0) return;
  // in place, as locateByContext does: every use of that other name in the article, "southern Hamdaniya" too
  for (const m of mentions) {
    const name = otherName(m) ? stray.get(m.canonical) : undefined;
    if (name === undefined) continue;
    m.canonical = name;
    m.kind = 'neighbourhood';
    m.ref = unlistedPlace(name, 'neighbourhood');
    m.country = undefined;
  }
}

/** A listed town named by another of its names than its own (not a spelling of it: "Raqa" is Raqqa's). */
const otherName = (m: Mention) => m.type === 'place' && TOWN_KINDS.has(m.kind) && !m.ref.unlisted && m.country !== undefined && placeKey(m.text) !== placeKey(m.canonical);

function writtenAsPart(doc: Tokenized, m: Mention): boolean {
  const tokens = doc.tokens;
  const sentence = tokens[m.first].sentence;
  for (let k = m.last; k < m.last + PART_REACH && k < tokens.length && tokens[k].sentence === sentence; k++) if (PART_OF_CITY.has(tokens[k].lower)) return true;
  const before = tokens[m.first - 1]?.lower === 'of' ? tokens[m.first - 2] : tokens[m.first - 1]?.lower === 'the' && tokens[m.first - 2]?.lower === 'of' ? tokens[m.first - 3] : undefined;
  return before !== undefined && PART_OF_CITY.has(before.lower);
}
