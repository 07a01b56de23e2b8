import type { Figure } from '../model';

const SQ_MILE_IN_KM2 = 2.589988;
/** How far either way of its number an approximate count reaches, at least and at most, as a share of it. */
const ABOUT_LEAST = 0.05;
const ABOUT_MOST = 0.1;

/**
 * "some 80" is 80 rounded to its tens, so 75 to 85; "about 1,400", 1,400 rounded to its hundreds, reaches at least a
 * twentieth either way (1,330 to 1,470); "about 20" no more than a tenth (18 to 22).
 */
function approximateReach(n: number): number {
  let place = 1;
  while (Number.isInteger(n / (place * 10)) && n >= place * 10) place *= 10;
  return Math.min(Math.max(place / 2, ABOUT_LEAST * n), ABOUT_MOST * n);
}

/**
 * The interval a claim asserts. A stated number keeps low = high; the hedge widens it here, for comparison only:
 * "about" by the rounding its number shows, a twentieth to a tenth either way ("some 80" meets "83" but not "at
 * least 87"), "at least"/"more than" open above, "up to"/"fewer than" open below. Areas are compared in km².
 */
export function claimInterval(f: Figure): [number, number] {
  const scale = f.unit === 'sq-mile' ? SQ_MILE_IN_KM2 : 1;
  const low = f.low * scale;
  const high = f.high * scale;
  switch (f.qualifier) {
    case 'about': return low === high ? [low - approximateReach(low), high + approximateReach(high)] : [low, high];
    case 'at-least':
    case 'more-than': return [low, Infinity];
    case 'up-to':
    case 'fewer-than': return [0, high];
    default: return [low, high];
  }
}

/** The unit two claims are compared in: areas in km² whichever unit they were written in. */
export const comparableUnit = (f: Figure) => (f.unit === 'sq-mile' ? 'km2' : f.unit);
