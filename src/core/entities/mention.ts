import type { EntityType, NameRef } from '../lexicon/names';
import { isAllCaps, type Token } from '../text/tokens';

/** One mention of a place, actor or person, with end-exclusive offsets and token range. */
export interface Mention {
  text: string;
  start: number;
  end: number;
  type: EntityType;
  canonical: string;
  kind: string;
  /** For places: the country the place is in. */
  country?: string;
  /** What the name refers to, with a place's province and position. */
  ref: NameRef;
  first: number;
  last: number;
}

/** The kinds of place a toll may happen in, below a province: what a town-level place is. */
export const TOWN_KINDS: ReadonlySet<string> = new Set(['village', 'town', 'city', 'neighbourhood']);

/** Where the context says a place nobody listed lies. */
export interface PlaceContext { country?: string; admin1?: string; lat?: number; lon?: number }

/**
 * What a place nobody listed refers to ("the village of X"), with what its context gives; every such reference has
 * the same fields, so the code reading references keeps one shape of them.
 */
export function unlistedPlace(canonical: string, kind: string, where: PlaceContext = {}): NameRef {
  // a province nobody listed is its own first-level division, which holds the places named as in it
  return { canonical, type: 'place', kind, country: where.country, admin1: where.admin1 ?? (kind === 'province' ? canonical : undefined), lat: where.lat, lon: where.lon, unlisted: true };
}

/** "WASHINGTON (AP) -", "BEIRUT Thirteen civilians…": a town in capitals before a story is where it was filed from. */
export function writtenAsDateline(tokens: readonly Token[], m: Mention): boolean {
  if (m.kind === 'country' || m.kind === 'province') return false;
  for (let k = m.first; k < m.last; k++) if (tokens[k].kind === 'word' && !isAllCaps(tokens[k].text)) return false;
  return true;
}
