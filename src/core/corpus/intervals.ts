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

/** The unit two claims are compared in: areas in km² whichever unit they were written in. */
export const comparableUnit = (f: Figure) => (f.unit === 'sq-mile' ? 'km2' : f.unit);
