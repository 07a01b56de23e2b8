import type { PlaceInfo } from '../model';
import { placeSkeleton } from '../text/placeKey';

const EARTH_RADIUS_KM = 6371;
const RADIANS = Math.PI / 180;

/** How precisely a place locates an event: a country, a province or region, or a town. */
export function precision(p: PlaceInfo | undefined): number {
  return p ? PRECISION[p.kind] ?? 3 : 0;
}
const PRECISION: Record<string, number> = { country: 1, province: 2, region: 2, valley: 2, river: 2 };

/** A place no list holds and no neighbour located: it may be anywhere in its country. */
export const unlocated = (p: PlaceInfo) => p.lat === null && p.admin1 === null && p.kind !== 'country';

const skeletons = new Map<string, string>();
/** A name's consonant skeleton, worked out once per name. */
function skeleton(name: string): string {
  let s = skeletons.get(name);
  if (s === undefined) skeletons.set(name, (s = placeSkeleton(name)));
  return s;
}

/** "Milis" and "Meles": whether two names share their consonant skeleton. */
export const sameSkeleton = (a: string, b: string) => skeleton(a) === skeleton(b);

/** Whether place `a` holds place `b`: a country its provinces and towns, a province its towns. */
export function holds(a: PlaceInfo, b: PlaceInfo): boolean {
  if (a.kind === 'country') return b.country === a.canonical;
  if (a.kind === 'province') return b.admin1 !== null && b.admin1 === (a.admin1 ?? a.canonical);
  return false;
}

/** The great-circle distance between two located places. */
export function kmApart(a: PlaceInfo, b: PlaceInfo): number {
  const dLat = (b.lat! - a.lat!) * RADIANS;
  const dLon = (b.lon! - a.lon!) * RADIANS;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat! * RADIANS) * Math.cos(b.lat! * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}
