import type { EntityType, NameRef } from '../lexicon/names';

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

/** Where the context says a place nobody listed lies. */
export interface PlaceContext { country?: string; admin1?: string; lat?: number; lon?: number }

/**
 * What a place nobody listed refers to ("the village of X"), with what its context gives; every such reference has
 * the same fields, so the code reading references keeps one shape of them.
 */
export function unlistedPlace(canonical: string, kind: string, where: PlaceContext = {}): NameRef {
  return { canonical, type: 'place', kind, country: where.country, admin1: where.admin1, lat: where.lat, lon: where.lon, unlisted: true };
}
