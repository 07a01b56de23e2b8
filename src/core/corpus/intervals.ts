import type { Figure } from '../model';

const SQ_MILE_IN_KM2 = 2.589988;

/**
 * The interval a claim asserts. A stated number keeps low = high; the hedge widens it here, for comparison only:
 * "about" ±10 %, "at least"/"more than" open above, "up to"/"fewer than" open below. Areas are compared in km².
 */
export function claimInterval(f: Figure): [number, number] {
  const scale = f.unit === 'sq-mile' ? SQ_MILE_IN_KM2 : 1;
  const low = f.low * scale;
  const high = f.high * scale;
  switch (f.qualifier) {
    case 'about': return low === high ? [low * 0.9, high * 1.1] : [low, high];
    case 'at-least':
    case 'more-than': return [low, Infinity];
    case 'up-to':
    case 'fewer-than': return [0, high];
    default: return [low, high];
  }
}

const comparableUnit = (f: Figure) => (f.unit === 'sq-mile' ? 'km2' : f.unit);

/** Counts tied to one event (a toll, an exodus) rather than to a standing state of affairs. */
const EVENT_BOUND = new Set(['casualties', 'displaced']);
const SAME_EVENT_DAYS = 1;

/** A figure with where it was said: the article and the article's day (days since 1970), when known. */
export interface Claim { figure: Figure; day?: number | null; file: string }

/** What a claim is compared on, worked out once however many claims it meets. */
export interface ComparableClaim {
  source: string;
  place: string | null;
  unit: string;
  low: number;
  high: number;
  eventBound: boolean;
  day: number | null;
  file: string;
}

export function comparable(c: Claim): ComparableClaim {
  const [low, high] = claimInterval(c.figure);
  return { source: c.figure.source ?? '', place: c.figure.place, unit: comparableUnit(c.figure), low, high, eventBound: EVENT_BOUND.has(c.figure.category), day: c.day ?? null, file: c.file };
}

/**
 * Two claims disagree when they come from different sources, are about one place, and cannot both be true.
 * Tolls and flights are events: two articles' tolls for one place are compared only when the articles are dated
 * within a day of each other, or they would compare different attacks.
 */
export function conflicting(a: ComparableClaim, b: ComparableClaim): boolean {
  if (a.source === b.source) return false;
  if (a.place !== b.place || a.place === null) return false;
  if (a.file !== b.file && a.eventBound && !(a.day !== null && b.day !== null && Math.abs(a.day - b.day) <= SAME_EVENT_DAYS)) return false;
  if (a.unit !== b.unit) return false;
  return a.high < b.low || b.high < a.low;
}

export const disagree = (x: Claim, y: Claim): boolean => conflicting(comparable(x), comparable(y));
