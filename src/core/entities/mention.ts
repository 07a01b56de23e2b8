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

/**
 * What a place nobody listed refers to ("the village of X"), with the province and country its context gives, if
 * any; every such reference has the same fields, so the code reading references keeps one shape of them.
 */
export function unlistedPlace(canonical: string, kind: string, country?: string, admin1?: string): NameRef {
  return { canonical, type: 'place', kind, country, admin1, unlisted: true };
}
