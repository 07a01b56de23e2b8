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
