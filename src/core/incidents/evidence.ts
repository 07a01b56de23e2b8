import type { EventType, PlaceInfo, Side } from '../model';
import { placeKey } from '../text/placeKey';
import { holds, kmApart, sameSkeleton, unlocated } from './places';

// Whether two claims are about one event is weighed, not keyed: time, place and kind of attack each add evidence or
// take it away, and only a contradiction that no report would contain (two days a week apart, two towns of different
// provinces) rules a pair out. A pair is linked when its evidence reaches LINK_SCORE.

/** What links a claim to an incident's claims: the sum of the parts below must reach this. */
export const LINK_SCORE = 4;

/** How two claims' places relate: one place, one spelling of one place, one inside the other, two near each other. */
export type PlaceRelation = 'same' | 'spelling' | 'within' | 'near' | 'unknown' | 'apart';
/** How two claims' times relate: their windows overlap, or touch (a report printed the next day). */
export type TimeRelation = 'overlap' | 'inside' | 'touch' | 'apart';
/** How two kinds of attack relate: the same, told apart by few witnesses (air strikes, shelling, gas), unknown, or not. */
export type TypeRelation = 'same' | 'akin' | 'unknown' | 'different';

/**
 * The weights: one place and overlapping days link two claims; so do a place and the next day, or a town and its
 * province (or two towns a few kilometres apart) on one day. A place near another on the next day does not, nor does
 * one place on one day when the kinds of attack differ and nothing else agrees.
 */
export const PLACE_SCORE: Record<PlaceRelation, number> = { same: 4, spelling: 4, near: 2, within: 2, unknown: 0, apart: -Infinity };
export const TIME_SCORE: Record<TimeRelation, number> = { overlap: 2, inside: 0, touch: 0, apart: -Infinity };
export const TYPE_SCORE: Record<TypeRelation, number> = { same: 1, akin: 0, unknown: 0, different: -3 };
/**
 * Rebel rockets on a city's government-held districts and air strikes on its rebel-held ones, the same day: two attacks
 * told apart by who struck. Another side counts against a link as another kind of attack does, never vetoes it (sources
 * blame different sides for one attack); the same side adds nothing, since most tolls of a place and day share it.
 */
export const SIDE_SCORE = { same: 0, unknown: 0, different: -3 } as const;

/** How a claim's side stands to the sides an incident's claims blame (`most`: the most claims that blamed one side). */
export function sideRelation(side: Side | null, blamed: Readonly<Record<Side, number>>, most: number): keyof typeof SIDE_SCORE {
  if (side === null || most === 0) return 'unknown';
  return blamed[side] === most ? 'same' : 'different';
}
/** Two reports giving the same count, stated exactly. */
export const SAME_COUNT_SCORE = 1;

/** Two towns this close are one scene: reports name a suburb or the city it belongs to for the same attack. */
const NEAR_KM = 25;
/** A name this long may be misspelled by one letter and still be the same name ("Khan Skeikhoun"). */
const TYPO_MIN_LENGTH = 7;

/**
 * Air strikes and shelling are told apart by few witnesses: reports of one bombardment use either word, and a
 * chemical attack is delivered by one or the other ("an air strike that released toxic gas").
 */
const BOMBARDMENT = new Set<EventType>(['air-strike', 'shelling', 'chemical']);

export function typeRelation(a: EventType | null, b: EventType | null): TypeRelation {
  if (a === null || b === null) return 'unknown';
  if (a === b) return 'same';
  return BOMBARDMENT.has(a) && BOMBARDMENT.has(b) ? 'akin' : 'different';
}

/**
 * Days [aFrom, aTo] and [bFrom, bTo]: overlapping, a day apart (a report printed the next day, a toll dated by its
 * report and another by the attack), or further apart.
 */
export function timeRelation(aFrom: number, aTo: number, bFrom: number, bTo: number): TimeRelation {
  const gap = Math.max(aFrom - bTo, bFrom - aTo);
  // "in September" holds any day of September: a day inside weeks says little that they are one event
  if (gap <= 0) return (aTo - aFrom > NEXT_DAY_SPAN) !== (bTo - bFrom > NEXT_DAY_SPAN) ? 'inside' : 'overlap';
  // "in January" beside "in February" is two months, not a report of the next day
  return gap === 1 && aTo - aFrom <= NEXT_DAY_SPAN && bTo - bFrom <= NEXT_DAY_SPAN ? 'touch' : 'apart';
}
/** The longest window (in days past its first) that a report of the next day may follow. */
const NEXT_DAY_SPAN = 6;

const keys = new Map<string, string>();
function keyOf(name: string): string {
  let k = keys.get(name);
  if (k === undefined) keys.set(name, (k = placeKey(name)));
  return k;
}

/** Whether two spellings differ by at most one letter added, dropped, changed or swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  const rest = Math.max(a.length, b.length) - i - j;
  if (rest <= 1) return true;
  // a swap of two letters ("Skeikhoun" and "Shiekhoun")
  return a.length === b.length && rest === 2 && a[i] === b[i + 1] && a[i + 1] === b[i];
}

/** One place written two ways: the same consonants, or one slip of a letter in a long name. */
function spelledAlike(a: PlaceInfo, b: PlaceInfo): boolean {
  const ka = keyOf(a.canonical);
  const kb = keyOf(b.canonical);
  return sameSkeleton(a.canonical, b.canonical) || (Math.min(ka.length, kb.length) >= TYPO_MIN_LENGTH && oneEditApart(ka, kb));
}


/**
 * How two places relate as scenes of one event. Two neighbourhoods of a city are two scenes (the dead of two
 * neighbourhoods shelled the same day are two incidents), though each lies within its city.
 */
export function placeRelation(a: PlaceInfo, b: PlaceInfo): PlaceRelation {
  if (a.canonical === b.canonical) return 'same';
  if (a.country !== null && b.country !== null && a.country !== b.country) return 'apart';
  const sameProvince = a.admin1 === null || b.admin1 === null || a.admin1 === b.admin1;
  if (sameProvince && a.kind !== 'country' && b.kind !== 'country' && spelledAlike(a, b)) return 'spelling';
  if (holds(a, b) || holds(b, a)) return 'within';
  if (unlocated(a) || unlocated(b)) return 'unknown';
  if (a.kind === 'neighbourhood' && b.kind === 'neighbourhood') return 'apart';
  if (a.kind !== 'country' && b.kind !== 'country' && a.lat !== null && b.lat !== null && kmApart(a, b) <= NEAR_KM) {
    // a neighbourhood lies within the city it is placed beside
    return a.kind === 'neighbourhood' || b.kind === 'neighbourhood' ? 'within' : 'near';
  }
  return 'apart';
}
